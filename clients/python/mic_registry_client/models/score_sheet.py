from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.construction_scores import ConstructionScores
    from ..models.operation_scores import OperationScores


T = TypeVar("T", bound="ScoreSheet")


@_attrs_define
class ScoreSheet:
    """One expert's scores; what ``PUT /evaluations/{id}/scores/{expert_sub}`` replaces.

    Attributes:
        construction (ConstructionScores): 建设 (construction) items.
        operation (OperationScores): 运行 (operation) items.
    """

    construction: ConstructionScores
    operation: OperationScores

    def to_dict(self) -> dict[str, Any]:
        construction = self.construction.to_dict()

        operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "construction": construction,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.construction_scores import ConstructionScores
        from ..models.operation_scores import OperationScores

        d = dict(src_dict)
        construction = ConstructionScores.from_dict(d.pop("construction"))

        operation = OperationScores.from_dict(d.pop("operation"))

        score_sheet = cls(
            construction=construction,
            operation=operation,
        )

        return score_sheet
