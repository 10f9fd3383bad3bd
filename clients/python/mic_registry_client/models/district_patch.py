from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DistrictPatch")


@_attrs_define
class DistrictPatch:
    """
    Attributes:
        name_zh (None | str | Unset):
        name_en (None | str | Unset):
    """

    name_zh: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_zh: None | str | Unset
        if isinstance(self.name_zh, Unset):
            name_zh = UNSET
        else:
            name_zh = self.name_zh

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name_zh is not UNSET:
            field_dict["name_zh"] = name_zh
        if name_en is not UNSET:
            field_dict["name_en"] = name_en

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_zh = _parse_name_zh(d.pop("name_zh", UNSET))

        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))

        district_patch = cls(
            name_zh=name_zh,
            name_en=name_en,
        )

        return district_patch
