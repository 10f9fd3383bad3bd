from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="PilotCreate")


@_attrs_define
class PilotCreate:
    """
    Attributes:
        match_id (UUID):
        plan (str):
    """

    match_id: UUID
    plan: str

    def to_dict(self) -> dict[str, Any]:
        match_id = str(self.match_id)

        plan = self.plan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "match_id": match_id,
                "plan": plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        match_id = UUID(d.pop("match_id"))

        plan = d.pop("plan")

        pilot_create = cls(
            match_id=match_id,
            plan=plan,
        )

        return pilot_create
