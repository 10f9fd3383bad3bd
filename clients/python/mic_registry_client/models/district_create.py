from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DistrictCreate")


@_attrs_define
class DistrictCreate:
    """
    Attributes:
        code (str): snake_case, 2-40 characters; never changes
        name_zh (str):
        name_en (str):
    """

    code: str
    name_zh: str
    name_en: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_zh = self.name_zh

        name_en = self.name_en

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name_zh": name_zh,
                "name_en": name_en,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        district_create = cls(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
        )

        return district_create
