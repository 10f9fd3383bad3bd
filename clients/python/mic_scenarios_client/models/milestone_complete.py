from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evidence_in import EvidenceIn


T = TypeVar("T", bound="MilestoneComplete")


@_attrs_define
class MilestoneComplete:
    """
    Attributes:
        summary (str):
        evidence (list[EvidenceIn] | Unset):
    """

    summary: str
    evidence: list[EvidenceIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "summary": summary,
            }
        )
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evidence_in import EvidenceIn

        d = dict(src_dict)
        summary = d.pop("summary")

        _evidence = d.pop("evidence", UNSET)
        evidence: list[EvidenceIn] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = EvidenceIn.from_dict(evidence_item_data)

                evidence.append(evidence_item)

        milestone_complete = cls(
            summary=summary,
            evidence=evidence,
        )

        return milestone_complete
