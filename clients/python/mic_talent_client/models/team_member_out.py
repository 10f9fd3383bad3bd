from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level

T = TypeVar("T", bound="TeamMemberOut")


@_attrs_define
class TeamMemberOut:
    """
    Attributes:
        talent_id (UUID):
        name (str):
        level (Level): The tiers of `三(六)` and `五(七)`: 领军人才, 高层次人才, 学术带头人, 研发骨干, 高技能人才.
        is_leader (bool):
    """

    talent_id: UUID
    name: str
    level: Level
    is_leader: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        talent_id = str(self.talent_id)

        name = self.name

        level = self.level.value

        is_leader = self.is_leader

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "talent_id": talent_id,
                "name": name,
                "level": level,
                "is_leader": is_leader,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        talent_id = UUID(d.pop("talent_id"))

        name = d.pop("name")

        level = Level(d.pop("level"))

        is_leader = d.pop("is_leader")

        team_member_out = cls(
            talent_id=talent_id,
            name=name,
            level=level,
            is_leader=is_leader,
        )

        team_member_out.additional_properties = d
        return team_member_out

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
