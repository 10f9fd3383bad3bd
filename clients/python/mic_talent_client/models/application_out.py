from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_status import ApplicationStatus
from ..models.programme_level import ProgrammeLevel

if TYPE_CHECKING:
    from ..models.step_out import StepOut


T = TypeVar("T", bound="ApplicationOut")


@_attrs_define
class ApplicationOut:
    """
    Attributes:
        id (UUID):
        talent_id (UUID):
        center_id (UUID):
        round_id (UUID):
        programme_id (UUID):
        programme_code (str):
        programme_level (ProgrammeLevel): Who runs the programme (`五(七)`: 国家、省、市人才工程项目).
        round_year (int):
        deadline (datetime.date): the round's last day (China) to apply, recommend and submit
        status (ApplicationStatus):
        recommendation (str):
        awarded_on (datetime.date | None):
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        history (list[StepOut]): every action taken, oldest first
    """

    id: UUID
    talent_id: UUID
    center_id: UUID
    round_id: UUID
    programme_id: UUID
    programme_code: str
    programme_level: ProgrammeLevel
    round_year: int
    deadline: datetime.date
    status: ApplicationStatus
    recommendation: str
    awarded_on: datetime.date | None
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    history: list[StepOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        talent_id = str(self.talent_id)

        center_id = str(self.center_id)

        round_id = str(self.round_id)

        programme_id = str(self.programme_id)

        programme_code = self.programme_code

        programme_level = self.programme_level.value

        round_year = self.round_year

        deadline = self.deadline.isoformat()

        status = self.status.value

        recommendation = self.recommendation

        awarded_on: None | str
        if isinstance(self.awarded_on, datetime.date):
            awarded_on = self.awarded_on.isoformat()
        else:
            awarded_on = self.awarded_on

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "talent_id": talent_id,
                "center_id": center_id,
                "round_id": round_id,
                "programme_id": programme_id,
                "programme_code": programme_code,
                "programme_level": programme_level,
                "round_year": round_year,
                "deadline": deadline,
                "status": status,
                "recommendation": recommendation,
                "awarded_on": awarded_on,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
                "history": history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.step_out import StepOut

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        talent_id = UUID(d.pop("talent_id"))

        center_id = UUID(d.pop("center_id"))

        round_id = UUID(d.pop("round_id"))

        programme_id = UUID(d.pop("programme_id"))

        programme_code = d.pop("programme_code")

        programme_level = ProgrammeLevel(d.pop("programme_level"))

        round_year = d.pop("round_year")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        status = ApplicationStatus(d.pop("status"))

        recommendation = d.pop("recommendation")

        def _parse_awarded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                awarded_on_type_0 = datetime.date.fromisoformat(data)

                return awarded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        awarded_on = _parse_awarded_on(d.pop("awarded_on"))

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = StepOut.from_dict(history_item_data)

            history.append(history_item)

        application_out = cls(
            id=id,
            talent_id=talent_id,
            center_id=center_id,
            round_id=round_id,
            programme_id=programme_id,
            programme_code=programme_code,
            programme_level=programme_level,
            round_year=round_year,
            deadline=deadline,
            status=status,
            recommendation=recommendation,
            awarded_on=awarded_on,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            history=history,
        )

        application_out.additional_properties = d
        return application_out

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
