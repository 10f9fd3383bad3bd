from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_sheet import ScoreSheet


T = TypeVar("T", bound="ExpertOut")


@_attrs_define
class ExpertOut:
    """
    Attributes:
        expert_sub (str):
        expert_version (int | None): the version of the expert's registry record the conflict check read (GET
            /api/v1/experts/{expert_sub}/history); null for assignments made before the registry
        assigned_by (str):
        assigned_at (datetime.datetime):
        scored (bool):
        scored_at (datetime.datetime | None):
        scores (None | ScoreSheet): shown to municipal admins and to the expert themself; null for everyone else
    """

    expert_sub: str
    expert_version: int | None
    assigned_by: str
    assigned_at: datetime.datetime
    scored: bool
    scored_at: datetime.datetime | None
    scores: None | ScoreSheet
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.score_sheet import ScoreSheet

        expert_sub = self.expert_sub

        expert_version: int | None
        expert_version = self.expert_version

        assigned_by = self.assigned_by

        assigned_at = self.assigned_at.isoformat()

        scored = self.scored

        scored_at: None | str
        if isinstance(self.scored_at, datetime.datetime):
            scored_at = self.scored_at.isoformat()
        else:
            scored_at = self.scored_at

        scores: dict[str, Any] | None
        if isinstance(self.scores, ScoreSheet):
            scores = self.scores.to_dict()
        else:
            scores = self.scores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expert_sub": expert_sub,
                "expert_version": expert_version,
                "assigned_by": assigned_by,
                "assigned_at": assigned_at,
                "scored": scored,
                "scored_at": scored_at,
                "scores": scores,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.score_sheet import ScoreSheet

        d = dict(src_dict)
        expert_sub = d.pop("expert_sub")

        def _parse_expert_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expert_version = _parse_expert_version(d.pop("expert_version"))

        assigned_by = d.pop("assigned_by")

        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))

        scored = d.pop("scored")

        def _parse_scored_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scored_at_type_0 = datetime.datetime.fromisoformat(data)

                return scored_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scored_at = _parse_scored_at(d.pop("scored_at"))

        def _parse_scores(data: object) -> None | ScoreSheet:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scores_type_0 = ScoreSheet.from_dict(data)

                return scores_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScoreSheet, data)

        scores = _parse_scores(d.pop("scores"))

        expert_out = cls(
            expert_sub=expert_sub,
            expert_version=expert_version,
            assigned_by=assigned_by,
            assigned_at=assigned_at,
            scored=scored,
            scored_at=scored_at,
            scores=scores,
        )

        expert_out.additional_properties = d
        return expert_out

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
