from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubSectorOut")


@_attrs_define
class SubSectorOut:
    """
    Attributes:
        code (str):
        cluster_code (str):
        name_zh (str):
        name_en (str):
        version (int):
    """

    code: str
    cluster_code: str
    name_zh: str
    name_en: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        cluster_code = self.cluster_code

        name_zh = self.name_zh

        name_en = self.name_en

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "cluster_code": cluster_code,
                "name_zh": name_zh,
                "name_en": name_en,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        cluster_code = d.pop("cluster_code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        version = d.pop("version")

        sub_sector_out = cls(
            code=code,
            cluster_code=cluster_code,
            name_zh=name_zh,
            name_en=name_en,
            version=version,
        )

        sub_sector_out.additional_properties = d
        return sub_sector_out

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
