from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DataResourceOut")


@_attrs_define
class DataResourceOut:
    """
    Attributes:
        id (UUID):
        name (str):
        owner_department (str):
        format_ (str):
        access_terms (str):
    """

    id: UUID
    name: str
    owner_department: str
    format_: str
    access_terms: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        owner_department = self.owner_department

        format_ = self.format_

        access_terms = self.access_terms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "owner_department": owner_department,
                "format": format_,
                "access_terms": access_terms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        owner_department = d.pop("owner_department")

        format_ = d.pop("format")

        access_terms = d.pop("access_terms")

        data_resource_out = cls(
            id=id,
            name=name,
            owner_department=owner_department,
            format_=format_,
            access_terms=access_terms,
        )

        data_resource_out.additional_properties = d
        return data_resource_out

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
