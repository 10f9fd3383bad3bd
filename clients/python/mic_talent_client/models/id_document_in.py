from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.document_type import DocumentType

T = TypeVar("T", bound="IdDocumentIn")


@_attrs_define
class IdDocumentIn:
    """
    Attributes:
        type_ (DocumentType):
        number (str): checked by GB 11643 or the document's format
    """

    type_: DocumentType
    number: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = DocumentType(d.pop("type"))

        number = d.pop("number")

        id_document_in = cls(
            type_=type_,
            number=number,
        )

        return id_document_in
