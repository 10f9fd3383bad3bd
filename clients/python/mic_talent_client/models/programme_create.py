from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.level import Level
from ..models.programme_level import ProgrammeLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeCreate")


@_attrs_define
class ProgrammeCreate:
    """
    Attributes:
        code (str): snake_case, unique, e.g. gd_pearl_river
        name_zh (str):
        name_en (str):
        level (ProgrammeLevel): Who runs the programme (`五(七)`: 国家、省、市人才工程项目).
        eligible_levels (list[Level]): talent levels that may apply
        active (bool | Unset): an inactive programme takes no new rounds or applications Default: True.
    """

    code: str
    name_zh: str
    name_en: str
    level: ProgrammeLevel
    eligible_levels: list[Level]
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_zh = self.name_zh

        name_en = self.name_en

        level = self.level.value

        eligible_levels = []
        for eligible_levels_item_data in self.eligible_levels:
            eligible_levels_item = eligible_levels_item_data.value
            eligible_levels.append(eligible_levels_item)

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name_zh": name_zh,
                "name_en": name_en,
                "level": level,
                "eligible_levels": eligible_levels,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        level = ProgrammeLevel(d.pop("level"))

        eligible_levels = []
        _eligible_levels = d.pop("eligible_levels")
        for eligible_levels_item_data in _eligible_levels:
            eligible_levels_item = Level(eligible_levels_item_data)

            eligible_levels.append(eligible_levels_item)

        active = d.pop("active", UNSET)

        programme_create = cls(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            level=level,
            eligible_levels=eligible_levels,
            active=active,
        )

        return programme_create
