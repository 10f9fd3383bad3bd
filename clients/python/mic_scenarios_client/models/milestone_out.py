from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.milestone import Milestone

if TYPE_CHECKING:
    from ..models.evidence_out import EvidenceOut


T = TypeVar("T", bound="MilestoneOut")


@_attrs_define
class MilestoneOut:
    """
    Attributes:
        milestone (Milestone):
        position (int):
        summary (str):
        completed_by (str):
        completed_at (datetime.datetime):
        evidence (list[EvidenceOut]):
    """

    milestone: Milestone
    position: int
    summary: str
    completed_by: str
    completed_at: datetime.datetime
    evidence: list[EvidenceOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        milestone = self.milestone.value

        position = self.position

        summary = self.summary

        completed_by = self.completed_by

        completed_at = self.completed_at.isoformat()

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "milestone": milestone,
                "position": position,
                "summary": summary,
                "completed_by": completed_by,
                "completed_at": completed_at,
                "evidence": evidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence_out import EvidenceOut

        d = dict(src_dict)
        milestone = Milestone(d.pop("milestone"))

        position = d.pop("position")

        summary = d.pop("summary")

        completed_by = d.pop("completed_by")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in _evidence:
            evidence_item = EvidenceOut.from_dict(evidence_item_data)

            evidence.append(evidence_item)

        milestone_out = cls(
            milestone=milestone,
            position=position,
            summary=summary,
            completed_by=completed_by,
            completed_at=completed_at,
            evidence=evidence,
        )

        milestone_out.additional_properties = d
        return milestone_out

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
