from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.indicators import Indicators


T = TypeVar("T", bound="EvaluationCreate")


@_attrs_define
class EvaluationCreate:
    """
    Attributes:
        year (int): the year the indicators cover
        indicators (Indicators): The yearly indicators a center reports (DESIGN 2).
    """

    year: int
    indicators: Indicators

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        indicators = self.indicators.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "indicators": indicators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.indicators import Indicators

        d = dict(src_dict)
        year = d.pop("year")

        indicators = Indicators.from_dict(d.pop("indicators"))

        evaluation_create = cls(
            year=year,
            indicators=indicators,
        )

        return evaluation_create
