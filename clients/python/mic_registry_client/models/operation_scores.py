from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OperationScores")


@_attrs_define
class OperationScores:
    """运行 (operation) items.

    Attributes:
        rd_strength (int): 研发实力
        common_tech_breakthroughs (int): 共性技术突破
        collaboration (int): 协同创新
        market_orientation (int): 市场化运作
        commercialization (int): 成果转化
        sustainability (int): 可持续发展
    """

    rd_strength: int
    common_tech_breakthroughs: int
    collaboration: int
    market_orientation: int
    commercialization: int
    sustainability: int

    def to_dict(self) -> dict[str, Any]:
        rd_strength = self.rd_strength

        common_tech_breakthroughs = self.common_tech_breakthroughs

        collaboration = self.collaboration

        market_orientation = self.market_orientation

        commercialization = self.commercialization

        sustainability = self.sustainability

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rd_strength": rd_strength,
                "common_tech_breakthroughs": common_tech_breakthroughs,
                "collaboration": collaboration,
                "market_orientation": market_orientation,
                "commercialization": commercialization,
                "sustainability": sustainability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rd_strength = d.pop("rd_strength")

        common_tech_breakthroughs = d.pop("common_tech_breakthroughs")

        collaboration = d.pop("collaboration")

        market_orientation = d.pop("market_orientation")

        commercialization = d.pop("commercialization")

        sustainability = d.pop("sustainability")

        operation_scores = cls(
            rd_strength=rd_strength,
            common_tech_breakthroughs=common_tech_breakthroughs,
            collaboration=collaboration,
            market_orientation=market_orientation,
            commercialization=commercialization,
            sustainability=sustainability,
        )

        return operation_scores
