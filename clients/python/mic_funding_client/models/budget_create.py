from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BudgetCreate")


@_attrs_define
class BudgetCreate:
    """
    Attributes:
        year (int):
        category (str): budget category = the code of the policy paid from it, e.g. upgrade_support
        allocated (str):
    """

    year: int
    category: str
    allocated: str

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        category = self.category

        allocated = self.allocated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "category": category,
                "allocated": allocated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        year = d.pop("year")

        category = d.pop("category")

        allocated = d.pop("allocated")

        budget_create = cls(
            year=year,
            category=category,
            allocated=allocated,
        )

        return budget_create
