from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.organizer_kind import OrganizerKind

T = TypeVar("T", bound="EventCreate")


@_attrs_define
class EventCreate:
    """
    Attributes:
        title (str):
        description (str):
        organizer_name (str): who leads it, as it signs: the bureau, a center, an alliance or an association
        organizer_kind (OrganizerKind): Who leads the event (`五(六)`: 制造业创新中心、产业联盟、行业协会牵头, or the bureau itself).
        venue (str):
        starts_at (datetime.datetime): RFC 3339; stored in UTC, in the future
        ends_at (datetime.datetime): after starts_at
        capacity (int): attendees the venue takes
        registration_deadline (datetime.datetime): in the future, at the latest starts_at
        scenario_ids (list[UUID]): published scenarios on show, each once
    """

    title: str
    description: str
    organizer_name: str
    organizer_kind: OrganizerKind
    venue: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    capacity: int
    registration_deadline: datetime.datetime
    scenario_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        organizer_name = self.organizer_name

        organizer_kind = self.organizer_kind.value

        venue = self.venue

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        capacity = self.capacity

        registration_deadline = self.registration_deadline.isoformat()

        scenario_ids = []
        for scenario_ids_item_data in self.scenario_ids:
            scenario_ids_item = str(scenario_ids_item_data)
            scenario_ids.append(scenario_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "description": description,
                "organizer_name": organizer_name,
                "organizer_kind": organizer_kind,
                "venue": venue,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "capacity": capacity,
                "registration_deadline": registration_deadline,
                "scenario_ids": scenario_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title")

        description = d.pop("description")

        organizer_name = d.pop("organizer_name")

        organizer_kind = OrganizerKind(d.pop("organizer_kind"))

        venue = d.pop("venue")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        capacity = d.pop("capacity")

        registration_deadline = datetime.datetime.fromisoformat(
            d.pop("registration_deadline")
        )

        scenario_ids = []
        _scenario_ids = d.pop("scenario_ids")
        for scenario_ids_item_data in _scenario_ids:
            scenario_ids_item = UUID(scenario_ids_item_data)

            scenario_ids.append(scenario_ids_item)

        event_create = cls(
            title=title,
            description=description,
            organizer_name=organizer_name,
            organizer_kind=organizer_kind,
            venue=venue,
            starts_at=starts_at,
            ends_at=ends_at,
            capacity=capacity,
            registration_deadline=registration_deadline,
            scenario_ids=scenario_ids,
        )

        return event_create
