from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExpertAssign")


@_attrs_define
class ExpertAssign:
    """Who to assign; their affiliations and declared conflicts come from the expert registry.

    Attributes:
        expert_sub (str): the expert's token subject, registered and declared in /api/v1/experts
    """

    expert_sub: str

    def to_dict(self) -> dict[str, Any]:
        expert_sub = self.expert_sub

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expert_sub": expert_sub,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expert_sub = d.pop("expert_sub")

        expert_assign = cls(
            expert_sub=expert_sub,
        )

        return expert_assign
