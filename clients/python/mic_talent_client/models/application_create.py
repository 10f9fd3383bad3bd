from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApplicationCreate")


@_attrs_define
class ApplicationCreate:
    """
    Attributes:
        talent_id (UUID):
        round_id (UUID):
        recommendation (str): the center's recommendation (推荐意见)
    """

    talent_id: UUID
    round_id: UUID
    recommendation: str

    def to_dict(self) -> dict[str, Any]:
        talent_id = str(self.talent_id)

        round_id = str(self.round_id)

        recommendation = self.recommendation

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "talent_id": talent_id,
                "round_id": round_id,
                "recommendation": recommendation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        talent_id = UUID(d.pop("talent_id"))

        round_id = UUID(d.pop("round_id"))

        recommendation = d.pop("recommendation")

        application_create = cls(
            talent_id=talent_id,
            round_id=round_id,
            recommendation=recommendation,
        )

        return application_create
