from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.evidence_kind import EvidenceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvidenceIn")


@_attrs_define
class EvidenceIn:
    """
    Attributes:
        title (str):
        kind (EvidenceKind):
        url (None | str | Unset):
        document_ref (None | str | Unset):
    """

    title: str
    kind: EvidenceKind
    url: None | str | Unset = UNSET
    document_ref: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind = self.kind.value

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        document_ref: None | str | Unset
        if isinstance(self.document_ref, Unset):
            document_ref = UNSET
        else:
            document_ref = self.document_ref

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "kind": kind,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if document_ref is not UNSET:
            field_dict["document_ref"] = document_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        kind = EvidenceKind(d.pop("kind"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_document_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_ref = _parse_document_ref(d.pop("document_ref", UNSET))

        evidence_in = cls(
            title=title,
            kind=kind,
            url=url,
            document_ref=document_ref,
        )

        return evidence_in
