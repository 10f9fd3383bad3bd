from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_unit import MemberUnit


T = TypeVar("T", bound="Alliance")


@_attrs_define
class Alliance:
    """The industry alliance (产业联盟, `四(一)3`) and its member units.

    Attributes:
        name (str):
        member_units (list[MemberUnit] | Unset):
    """

    name: str
    member_units: list[MemberUnit] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        member_units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.member_units, Unset):
            member_units = []
            for member_units_item_data in self.member_units:
                member_units_item = member_units_item_data.to_dict()
                member_units.append(member_units_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if member_units is not UNSET:
            field_dict["member_units"] = member_units

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member_unit import MemberUnit

        d = dict(src_dict)
        name = d.pop("name")

        _member_units = d.pop("member_units", UNSET)
        member_units: list[MemberUnit] | Unset = UNSET
        if _member_units is not UNSET:
            member_units = []
            for member_units_item_data in _member_units:
                member_units_item = MemberUnit.from_dict(member_units_item_data)

                member_units.append(member_units_item)

        alliance = cls(
            name=name,
            member_units=member_units,
        )

        return alliance
