from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..models.event_status import EventStatus
from ..models.organizer_kind import OrganizerKind

if TYPE_CHECKING:
    from ..models.event_counts import EventCounts


T = TypeVar("T", bound="EventOut")


@_attrs_define
class EventOut:
    """
    Attributes:
        id (UUID):
        title (str):
        description (str):
        organizer_name (str):
        organizer_kind (OrganizerKind): Who leads the event (`五(六)`: 制造业创新中心、产业联盟、行业协会牵头, or the bureau itself).
        venue (str):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        date_in_china (datetime.date): the day it starts, in China
        capacity (int):
        registration_deadline (datetime.datetime):
        scenario_ids (list[UUID]):
        status (EventStatus):
        allowed_actions (list[EventAction]):
        counts (EventCounts):
        version (int):
        created_by (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    description: str
    organizer_name: str
    organizer_kind: OrganizerKind
    venue: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    date_in_china: datetime.date
    capacity: int
    registration_deadline: datetime.datetime
    scenario_ids: list[UUID]
    status: EventStatus
    allowed_actions: list[EventAction]
    counts: EventCounts
    version: int
    created_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        description = self.description

        organizer_name = self.organizer_name

        organizer_kind = self.organizer_kind.value

        venue = self.venue

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        date_in_china = self.date_in_china.isoformat()

        capacity = self.capacity

        registration_deadline = self.registration_deadline.isoformat()

        scenario_ids = []
        for scenario_ids_item_data in self.scenario_ids:
            scenario_ids_item = str(scenario_ids_item_data)
            scenario_ids.append(scenario_ids_item)

        status = self.status.value

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        counts = self.counts.to_dict()

        version = self.version

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "description": description,
                "organizer_name": organizer_name,
                "organizer_kind": organizer_kind,
                "venue": venue,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "date_in_china": date_in_china,
                "capacity": capacity,
                "registration_deadline": registration_deadline,
                "scenario_ids": scenario_ids,
                "status": status,
                "allowed_actions": allowed_actions,
                "counts": counts,
                "version": version,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_counts import EventCounts

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        description = d.pop("description")

        organizer_name = d.pop("organizer_name")

        organizer_kind = OrganizerKind(d.pop("organizer_kind"))

        venue = d.pop("venue")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        date_in_china = datetime.date.fromisoformat(d.pop("date_in_china"))

        capacity = d.pop("capacity")

        registration_deadline = datetime.datetime.fromisoformat(
            d.pop("registration_deadline")
        )

        scenario_ids = []
        _scenario_ids = d.pop("scenario_ids")
        for scenario_ids_item_data in _scenario_ids:
            scenario_ids_item = UUID(scenario_ids_item_data)

            scenario_ids.append(scenario_ids_item)

        status = EventStatus(d.pop("status"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = EventAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        counts = EventCounts.from_dict(d.pop("counts"))

        version = d.pop("version")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        event_out = cls(
            id=id,
            title=title,
            description=description,
            organizer_name=organizer_name,
            organizer_kind=organizer_kind,
            venue=venue,
            starts_at=starts_at,
            ends_at=ends_at,
            date_in_china=date_in_china,
            capacity=capacity,
            registration_deadline=registration_deadline,
            scenario_ids=scenario_ids,
            status=status,
            allowed_actions=allowed_actions,
            counts=counts,
            version=version,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        event_out.additional_properties = d
        return event_out

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
