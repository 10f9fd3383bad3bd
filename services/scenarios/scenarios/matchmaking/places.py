"""Registrations within an event's capacity, counted in attendees: what fits is confirmed, the rest
waits in the order it came; a freed place goes to the first waiting ones that fit. Pure logic."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Protocol, TypeVar


class RegistrationStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class ParticipantKind(enum.StrEnum):
    CENTER = "center"
    COMPANY = "company"


class Waiting(Protocol):
    @property
    def attendees(self) -> int: ...


W = TypeVar("W", bound=Waiting)


def fits(*, capacity: int, confirmed_attendees: int, attendees: int) -> bool:
    return confirmed_attendees + attendees <= capacity


def to_promote(queue: Sequence[W], *, free: int) -> list[W]:
    """The waiting registrations (``queue`` in its order) that the ``free`` places take, first fit:
    each in turn that fits what is left is promoted, one too large keeps its place for later."""
    promoted: list[W] = []
    for waiting in queue:
        if waiting.attendees <= free:
            promoted.append(waiting)
            free -= waiting.attendees
    return promoted
