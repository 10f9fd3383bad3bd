from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.milestone import Milestone
from ..models.pilot_outcome import PilotOutcome
from ..models.pilot_status import PilotStatus

if TYPE_CHECKING:
    from ..models.milestone_out import MilestoneOut


T = TypeVar("T", bound="PilotOut")


@_attrs_define
class PilotOut:
    """
    Attributes:
        id (UUID):
        match_id (UUID):
        scenario_id (UUID):
        offering_id (UUID):
        center_id (UUID):
        plan (str):
        status (PilotStatus):
        next_milestone (Milestone | None): the milestone that may be completed now
        milestones (list[MilestoneOut]): the completed milestones, in order
        outcome (None | PilotOutcome):
        summary (None | str):
        completed_by (None | str):
        completed_at (datetime.datetime | None):
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    match_id: UUID
    scenario_id: UUID
    offering_id: UUID
    center_id: UUID
    plan: str
    status: PilotStatus
    next_milestone: Milestone | None
    milestones: list[MilestoneOut]
    outcome: None | PilotOutcome
    summary: None | str
    completed_by: None | str
    completed_at: datetime.datetime | None
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        match_id = str(self.match_id)

        scenario_id = str(self.scenario_id)

        offering_id = str(self.offering_id)

        center_id = str(self.center_id)

        plan = self.plan

        status = self.status.value

        next_milestone: None | str
        if isinstance(self.next_milestone, Milestone):
            next_milestone = self.next_milestone.value
        else:
            next_milestone = self.next_milestone

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        outcome: None | str
        if isinstance(self.outcome, PilotOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        summary: None | str
        summary = self.summary

        completed_by: None | str
        completed_by = self.completed_by

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "match_id": match_id,
                "scenario_id": scenario_id,
                "offering_id": offering_id,
                "center_id": center_id,
                "plan": plan,
                "status": status,
                "next_milestone": next_milestone,
                "milestones": milestones,
                "outcome": outcome,
                "summary": summary,
                "completed_by": completed_by,
                "completed_at": completed_at,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.milestone_out import MilestoneOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        match_id = UUID(d.pop("match_id"))

        scenario_id = UUID(d.pop("scenario_id"))

        offering_id = UUID(d.pop("offering_id"))

        center_id = UUID(d.pop("center_id"))

        plan = d.pop("plan")

        status = PilotStatus(d.pop("status"))

        def _parse_next_milestone(data: object) -> Milestone | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_milestone_type_0 = Milestone(data)

                return next_milestone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Milestone | None, data)

        next_milestone = _parse_next_milestone(d.pop("next_milestone"))

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = MilestoneOut.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        def _parse_outcome(data: object) -> None | PilotOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = PilotOutcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PilotOutcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        def _parse_completed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed_by = _parse_completed_by(d.pop("completed_by"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        pilot_out = cls(
            id=id,
            match_id=match_id,
            scenario_id=scenario_id,
            offering_id=offering_id,
            center_id=center_id,
            plan=plan,
            status=status,
            next_milestone=next_milestone,
            milestones=milestones,
            outcome=outcome,
            summary=summary,
            completed_by=completed_by,
            completed_at=completed_at,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        pilot_out.additional_properties = d
        return pilot_out

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
