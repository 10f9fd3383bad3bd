from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.explanation_out import ExplanationOut


T = TypeVar("T", bound="ScenarioSuggestion")


@_attrs_define
class ScenarioSuggestion:
    """
    Attributes:
        scenario_id (UUID):
        score (float):
        explanation (ExplanationOut):
    """

    scenario_id: UUID
    score: float
    explanation: ExplanationOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_id = str(self.scenario_id)

        score = self.score

        explanation = self.explanation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario_id": scenario_id,
                "score": score,
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_out import ExplanationOut

        d = dict(src_dict)
        scenario_id = UUID(d.pop("scenario_id"))

        score = d.pop("score")

        explanation = ExplanationOut.from_dict(d.pop("explanation"))

        scenario_suggestion = cls(
            scenario_id=scenario_id,
            score=score,
            explanation=explanation,
        )

        scenario_suggestion.additional_properties = d
        return scenario_suggestion

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
