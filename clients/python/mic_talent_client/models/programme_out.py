from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.level import Level
from ..models.programme_level import ProgrammeLevel

T = TypeVar("T", bound="ProgrammeOut")


@_attrs_define
class ProgrammeOut:
    """
    Attributes:
        id (UUID):
        code (str):
        name_zh (str):
        name_en (str):
        level (ProgrammeLevel): Who runs the programme (`五(七)`: 国家、省、市人才工程项目).
        eligible_levels (list[Level]):
        active (bool):
        created_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    code: str
    name_zh: str
    name_en: str
    level: ProgrammeLevel
    eligible_levels: list[Level]
    active: bool
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name_zh = self.name_zh

        name_en = self.name_en

        level = self.level.value

        eligible_levels = []
        for eligible_levels_item_data in self.eligible_levels:
            eligible_levels_item = eligible_levels_item_data.value
            eligible_levels.append(eligible_levels_item)

        active = self.active

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name_zh": name_zh,
                "name_en": name_en,
                "level": level,
                "eligible_levels": eligible_levels,
                "active": active,
                "created_by": created_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        level = ProgrammeLevel(d.pop("level"))

        eligible_levels = []
        _eligible_levels = d.pop("eligible_levels")
        for eligible_levels_item_data in _eligible_levels:
            eligible_levels_item = Level(eligible_levels_item_data)

            eligible_levels.append(eligible_levels_item)

        active = d.pop("active")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        programme_out = cls(
            id=id,
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            level=level,
            eligible_levels=eligible_levels,
            active=active,
            created_by=created_by,
            created_at=created_at,
        )

        programme_out.additional_properties = d
        return programme_out

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
