from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.policy_version_out import PolicyVersionOut


T = TypeVar("T", bound="PolicyOut")


@_attrs_define
class PolicyOut:
    """
    Attributes:
        code (str):
        title (str):
        clause (str):
        source (str):
        jurisdiction (str):
        created_by (str):
        created_at (datetime.datetime):
        versions (list[PolicyVersionOut]):
    """

    code: str
    title: str
    clause: str
    source: str
    jurisdiction: str
    created_by: str
    created_at: datetime.datetime
    versions: list[PolicyVersionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        clause = self.clause

        source = self.source

        jurisdiction = self.jurisdiction

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "title": title,
                "clause": clause,
                "source": source,
                "jurisdiction": jurisdiction,
                "created_by": created_by,
                "created_at": created_at,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.policy_version_out import PolicyVersionOut

        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        clause = d.pop("clause")

        source = d.pop("source")

        jurisdiction = d.pop("jurisdiction")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = PolicyVersionOut.from_dict(versions_item_data)

            versions.append(versions_item)

        policy_out = cls(
            code=code,
            title=title,
            clause=clause,
            source=source,
            jurisdiction=jurisdiction,
            created_by=created_by,
            created_at=created_at,
            versions=versions,
        )

        policy_out.additional_properties = d
        return policy_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
