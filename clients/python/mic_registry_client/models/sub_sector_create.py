from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SubSectorCreate")


@_attrs_define
class SubSectorCreate:
    """
    Attributes:
        code (str): snake_case, 2-80 characters, unique across clusters; never changes
        cluster_code (str): the cluster or future industry; never changes
        name_zh (str):
        name_en (str):
    """

    code: str
    cluster_code: str
    name_zh: str
    name_en: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        cluster_code = self.cluster_code

        name_zh = self.name_zh

        name_en = self.name_en

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "cluster_code": cluster_code,
                "name_zh": name_zh,
                "name_en": name_en,
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

        sub_sector_create = cls(
            code=code,
            cluster_code=cluster_code,
            name_zh=name_zh,
            name_en=name_en,
        )

        return sub_sector_create
