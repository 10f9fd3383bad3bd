from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EventCounts")


@_attrs_define
class EventCounts:
    """
    Attributes:
        registered (int): registrations not cancelled
        confirmed (int):
        waitlisted (int):
        attendees (int): attendees of confirmed registrations
        intentions_signed (int):
    """

    registered: int
    confirmed: int
    waitlisted: int
    attendees: int
    intentions_signed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registered = self.registered

        confirmed = self.confirmed

        waitlisted = self.waitlisted

        attendees = self.attendees

        intentions_signed = self.intentions_signed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registered": registered,
                "confirmed": confirmed,
                "waitlisted": waitlisted,
                "attendees": attendees,
                "intentions_signed": intentions_signed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        registered = d.pop("registered")

        confirmed = d.pop("confirmed")

        waitlisted = d.pop("waitlisted")

        attendees = d.pop("attendees")

        intentions_signed = d.pop("intentions_signed")

        event_counts = cls(
            registered=registered,
            confirmed=confirmed,
            waitlisted=waitlisted,
            attendees=attendees,
            intentions_signed=intentions_signed,
        )

        event_counts.additional_properties = d
        return event_counts

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
