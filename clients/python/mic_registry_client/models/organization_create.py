from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organization_type import OrganizationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationCreate")


@_attrs_define
class OrganizationCreate:
    """
    Attributes:
        name (str):
        uscc (str): 统一社会信用代码, 18 characters (GB 32100-2015)
        type_ (OrganizationType):
        district (None | str | Unset): district code; a district admin's organizations default to its own district
    """

    name: str
    uscc: str
    type_: OrganizationType
    district: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uscc = self.uscc

        type_ = self.type_.value

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "uscc": uscc,
                "type": type_,
            }
        )
        if district is not UNSET:
            field_dict["district"] = district

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        uscc = d.pop("uscc")

        type_ = OrganizationType(d.pop("type"))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        organization_create = cls(
            name=name,
            uscc=uscc,
            type_=type_,
            district=district,
        )

        return organization_create
