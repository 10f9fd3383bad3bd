from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_sheet import ScoreSheet


T = TypeVar("T", bound="ScoreSheetOut")


@_attrs_define
class ScoreSheetOut:
    """
    Attributes:
        evaluation_id (UUID):
        expert_sub (str):
        scores (ScoreSheet): One expert's scores; what ``PUT /evaluations/{id}/scores/{expert_sub}`` replaces.
        scored_at (datetime.datetime):
        version (int):
    """

    evaluation_id: UUID
    expert_sub: str
    scores: ScoreSheet
    scored_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_id = str(self.evaluation_id)

        expert_sub = self.expert_sub

        scores = self.scores.to_dict()

        scored_at = self.scored_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluation_id": evaluation_id,
                "expert_sub": expert_sub,
                "scores": scores,
                "scored_at": scored_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.score_sheet import ScoreSheet

        d = dict(src_dict)
        evaluation_id = UUID(d.pop("evaluation_id"))

        expert_sub = d.pop("expert_sub")

        scores = ScoreSheet.from_dict(d.pop("scores"))

        scored_at = datetime.datetime.fromisoformat(d.pop("scored_at"))

        version = d.pop("version")

        score_sheet_out = cls(
            evaluation_id=evaluation_id,
            expert_sub=expert_sub,
            scores=scores,
            scored_at=scored_at,
            version=version,
        )

        score_sheet_out.additional_properties = d
        return score_sheet_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
