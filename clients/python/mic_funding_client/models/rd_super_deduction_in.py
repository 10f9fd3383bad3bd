from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.rd_super_deduction_in_category import RdSuperDeductionInCategory

T = TypeVar("T", bound="RdSuperDeductionIn")


@_attrs_define
class RdSuperDeductionIn:
    """
    Attributes:
        year (int): the tax year
        expensed (str): R&D cost expensed in the year (未形成无形资产)
        capitalized (str): R&D cost capitalized as an intangible asset (形成无形资产)
        category (RdSuperDeductionInCategory):
    """

    year: int
    expensed: str
    capitalized: str
    category: RdSuperDeductionInCategory

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        expensed = self.expensed

        capitalized = self.capitalized

        category = self.category.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "expensed": expensed,
                "capitalized": capitalized,
                "category": category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        expensed = d.pop("expensed")

        capitalized = d.pop("capitalized")

        category = RdSuperDeductionInCategory(d.pop("category"))

        rd_super_deduction_in = cls(
            year=year,
            expensed=expensed,
            capitalized=capitalized,
            category=category,
        )

        return rd_super_deduction_in
