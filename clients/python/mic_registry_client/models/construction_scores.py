from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConstructionScores")


@_attrs_define
class ConstructionScores:
    """建设 (construction) items.

    Attributes:
        pilot_incubation (int): 中试孵化
        testing (int): 检验检测
        industry_services (int): 行业服务
    """

    pilot_incubation: int
    testing: int
    industry_services: int

    def to_dict(self) -> dict[str, Any]:
        pilot_incubation = self.pilot_incubation

        testing = self.testing

        industry_services = self.industry_services

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pilot_incubation": pilot_incubation,
                "testing": testing,
                "industry_services": industry_services,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pilot_incubation = d.pop("pilot_incubation")

        testing = d.pop("testing")

        industry_services = d.pop("industry_services")

        construction_scores = cls(
            pilot_incubation=pilot_incubation,
            testing=testing,
            industry_services=industry_services,
        )

        return construction_scores
