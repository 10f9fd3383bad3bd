from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.decision_category import DecisionCategory

T = TypeVar("T", bound="DecisionBodyMember")


@_attrs_define
class DecisionBodyMember:
    """
    Attributes:
        name (str):
        category (DecisionCategory): Who sits on the decision body (决策机构, `四(一)1`).
        affiliation (str):
    """

    name: str
    category: DecisionCategory
    affiliation: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        category = self.category.value

        affiliation = self.affiliation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "category": category,
                "affiliation": affiliation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        category = DecisionCategory(d.pop("category"))

        affiliation = d.pop("affiliation")

        decision_body_member = cls(
            name=name,
            category=category,
            affiliation=affiliation,
        )

        return decision_body_member
