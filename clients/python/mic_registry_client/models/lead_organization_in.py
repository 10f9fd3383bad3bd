from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_type import OrganizationType

T = TypeVar("T", bound="LeadOrganizationIn")


@_attrs_define
class LeadOrganizationIn:
    """
    Attributes:
        name (str):
        uscc (str): 统一社会信用代码, 18 characters (GB 32100-2015)
        type_ (OrganizationType):
    """

    name: str
    uscc: str
    type_: OrganizationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uscc = self.uscc

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "uscc": uscc,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        uscc = d.pop("uscc")

        type_ = OrganizationType(d.pop("type"))

        lead_organization_in = cls(
            name=name,
            uscc=uscc,
            type_=type_,
        )

        lead_organization_in.additional_properties = d
        return lead_organization_in

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
