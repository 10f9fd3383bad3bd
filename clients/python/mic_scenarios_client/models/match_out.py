from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_action import MatchAction
from ..models.match_status import MatchStatus
from ..models.side import Side

if TYPE_CHECKING:
    from ..models.explanation_out import ExplanationOut


T = TypeVar("T", bound="MatchOut")


@_attrs_define
class MatchOut:
    """
    Attributes:
        id (UUID):
        scenario_id (UUID):
        offering_id (UUID):
        center_id (UUID):
        status (MatchStatus):
        allowed_actions (list[MatchAction]):
        note (None | str):
        score (float): the ranking's score when the match was proposed
        explanation (ExplanationOut):
        proposed_by (str):
        proposed_side (Side):
        scenario_accepted_by (None | str):
        scenario_accepted_at (datetime.datetime | None):
        center_accepted_by (None | str):
        center_accepted_at (datetime.datetime | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    scenario_id: UUID
    offering_id: UUID
    center_id: UUID
    status: MatchStatus
    allowed_actions: list[MatchAction]
    note: None | str
    score: float
    explanation: ExplanationOut
    proposed_by: str
    proposed_side: Side
    scenario_accepted_by: None | str
    scenario_accepted_at: datetime.datetime | None
    center_accepted_by: None | str
    center_accepted_at: datetime.datetime | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        scenario_id = str(self.scenario_id)

        offering_id = str(self.offering_id)

        center_id = str(self.center_id)

        status = self.status.value

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        note: None | str
        note = self.note

        score = self.score

        explanation = self.explanation.to_dict()

        proposed_by = self.proposed_by

        proposed_side = self.proposed_side.value

        scenario_accepted_by: None | str
        scenario_accepted_by = self.scenario_accepted_by

        scenario_accepted_at: None | str
        if isinstance(self.scenario_accepted_at, datetime.datetime):
            scenario_accepted_at = self.scenario_accepted_at.isoformat()
        else:
            scenario_accepted_at = self.scenario_accepted_at

        center_accepted_by: None | str
        center_accepted_by = self.center_accepted_by

        center_accepted_at: None | str
        if isinstance(self.center_accepted_at, datetime.datetime):
            center_accepted_at = self.center_accepted_at.isoformat()
        else:
            center_accepted_at = self.center_accepted_at

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scenario_id": scenario_id,
                "offering_id": offering_id,
                "center_id": center_id,
                "status": status,
                "allowed_actions": allowed_actions,
                "note": note,
                "score": score,
                "explanation": explanation,
                "proposed_by": proposed_by,
                "proposed_side": proposed_side,
                "scenario_accepted_by": scenario_accepted_by,
                "scenario_accepted_at": scenario_accepted_at,
                "center_accepted_by": center_accepted_by,
                "center_accepted_at": center_accepted_at,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_out import ExplanationOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        scenario_id = UUID(d.pop("scenario_id"))

        offering_id = UUID(d.pop("offering_id"))

        center_id = UUID(d.pop("center_id"))

        status = MatchStatus(d.pop("status"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = MatchAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        score = d.pop("score")

        explanation = ExplanationOut.from_dict(d.pop("explanation"))

        proposed_by = d.pop("proposed_by")

        proposed_side = Side(d.pop("proposed_side"))

        def _parse_scenario_accepted_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        scenario_accepted_by = _parse_scenario_accepted_by(
            d.pop("scenario_accepted_by")
        )

        def _parse_scenario_accepted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scenario_accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return scenario_accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scenario_accepted_at = _parse_scenario_accepted_at(
            d.pop("scenario_accepted_at")
        )

        def _parse_center_accepted_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        center_accepted_by = _parse_center_accepted_by(d.pop("center_accepted_by"))

        def _parse_center_accepted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                center_accepted_at_type_0 = datetime.datetime.fromisoformat(data)

                return center_accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        center_accepted_at = _parse_center_accepted_at(d.pop("center_accepted_at"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        match_out = cls(
            id=id,
            scenario_id=scenario_id,
            offering_id=offering_id,
            center_id=center_id,
            status=status,
            allowed_actions=allowed_actions,
            note=note,
            score=score,
            explanation=explanation,
            proposed_by=proposed_by,
            proposed_side=proposed_side,
            scenario_accepted_by=scenario_accepted_by,
            scenario_accepted_at=scenario_accepted_at,
            center_accepted_by=center_accepted_by,
            center_accepted_at=center_accepted_at,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        match_out.additional_properties = d
        return match_out

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
