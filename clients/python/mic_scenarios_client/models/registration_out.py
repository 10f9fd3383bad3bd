from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_kind import ParticipantKind
from ..models.registration_status import RegistrationStatus

T = TypeVar("T", bound="RegistrationOut")


@_attrs_define
class RegistrationOut:
    """
    Attributes:
        id (UUID):
        event_id (UUID):
        number (int): the order it came in (1, 2, …)
        participant_kind (ParticipantKind):
        center_id (None | UUID):
        company_name (None | str):
        company_uscc (None | str):
        contact_name (str):
        attendees (int):
        status (RegistrationStatus):
        waitlist_place (int | None): for a waitlisted one: its place in the queue (1 = next)
        version (int):
        registered_by (str):
        registered_at (datetime.datetime):
        confirmed_at (datetime.datetime | None):
        cancelled_by (None | str):
        cancelled_at (datetime.datetime | None):
    """

    id: UUID
    event_id: UUID
    number: int
    participant_kind: ParticipantKind
    center_id: None | UUID
    company_name: None | str
    company_uscc: None | str
    contact_name: str
    attendees: int
    status: RegistrationStatus
    waitlist_place: int | None
    version: int
    registered_by: str
    registered_at: datetime.datetime
    confirmed_at: datetime.datetime | None
    cancelled_by: None | str
    cancelled_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        event_id = str(self.event_id)

        number = self.number

        participant_kind = self.participant_kind.value

        center_id: None | str
        if isinstance(self.center_id, UUID):
            center_id = str(self.center_id)
        else:
            center_id = self.center_id

        company_name: None | str
        company_name = self.company_name

        company_uscc: None | str
        company_uscc = self.company_uscc

        contact_name = self.contact_name

        attendees = self.attendees

        status = self.status.value

        waitlist_place: int | None
        waitlist_place = self.waitlist_place

        version = self.version

        registered_by = self.registered_by

        registered_at = self.registered_at.isoformat()

        confirmed_at: None | str
        if isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        cancelled_by: None | str
        cancelled_by = self.cancelled_by

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_id": event_id,
                "number": number,
                "participant_kind": participant_kind,
                "center_id": center_id,
                "company_name": company_name,
                "company_uscc": company_uscc,
                "contact_name": contact_name,
                "attendees": attendees,
                "status": status,
                "waitlist_place": waitlist_place,
                "version": version,
                "registered_by": registered_by,
                "registered_at": registered_at,
                "confirmed_at": confirmed_at,
                "cancelled_by": cancelled_by,
                "cancelled_at": cancelled_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        event_id = UUID(d.pop("event_id"))

        number = d.pop("number")

        participant_kind = ParticipantKind(d.pop("participant_kind"))

        def _parse_center_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                center_id_type_0 = UUID(data)

                return center_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        center_id = _parse_center_id(d.pop("center_id"))

        def _parse_company_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_name = _parse_company_name(d.pop("company_name"))

        def _parse_company_uscc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_uscc = _parse_company_uscc(d.pop("company_uscc"))

        contact_name = d.pop("contact_name")

        attendees = d.pop("attendees")

        status = RegistrationStatus(d.pop("status"))

        def _parse_waitlist_place(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        waitlist_place = _parse_waitlist_place(d.pop("waitlist_place"))

        version = d.pop("version")

        registered_by = d.pop("registered_by")

        registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))

        def _parse_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_at_type_0 = datetime.datetime.fromisoformat(data)

                return confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        confirmed_at = _parse_confirmed_at(d.pop("confirmed_at"))

        def _parse_cancelled_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancelled_by = _parse_cancelled_by(d.pop("cancelled_by"))

        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        registration_out = cls(
            id=id,
            event_id=event_id,
            number=number,
            participant_kind=participant_kind,
            center_id=center_id,
            company_name=company_name,
            company_uscc=company_uscc,
            contact_name=contact_name,
            attendees=attendees,
            status=status,
            waitlist_place=waitlist_place,
            version=version,
            registered_by=registered_by,
            registered_at=registered_at,
            confirmed_at=confirmed_at,
            cancelled_by=cancelled_by,
            cancelled_at=cancelled_at,
        )

        registration_out.additional_properties = d
        return registration_out

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
