"""A matchmaking event and a registration as responses show them."""

from __future__ import annotations

import uuid

from scenarios.matchmaking.models import MatchmakingEvent, MatchmakingRegistration
from scenarios.matchmaking.places import ParticipantKind, RegistrationStatus
from scenarios.matchmaking.repository import Counts
from scenarios.matchmaking.schemas import EventCounts, EventOut, RegistrationOut
from scenarios.matchmaking.workflow import EventStatus, OrganizerKind, allowed_actions
from shared.china_time import china_date_of


def event_out(event: MatchmakingEvent, counts: Counts) -> EventOut:
    """Needs the scenarios on show loaded."""
    status = EventStatus(event.status)
    return EventOut(
        id=event.id,
        title=event.title,
        description=event.description,
        organizer_name=event.organizer_name,
        organizer_kind=OrganizerKind(event.organizer_kind),
        venue=event.venue,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        date_in_china=china_date_of(event.starts_at),
        capacity=event.capacity,
        registration_deadline=event.registration_deadline,
        scenario_ids=event.scenario_ids,
        status=status,
        allowed_actions=allowed_actions(status),
        counts=EventCounts(
            registered=counts.registered,
            confirmed=counts.confirmed,
            waitlisted=counts.waitlisted,
            attendees=counts.attendees,
            intentions_signed=counts.intentions_signed,
        ),
        version=event.version,
        created_by=event.created_by,
        created_at=event.created_at,
        updated_at=event.updated_at,
    )


def registration_out(registration: MatchmakingRegistration, places: dict[uuid.UUID, int]) -> RegistrationOut:
    """``places``: the waitlist's places by registration id (``repository.waitlist_places``)."""
    return RegistrationOut(
        id=registration.id,
        event_id=registration.event_id,
        number=registration.number,
        participant_kind=ParticipantKind(registration.participant_kind),
        center_id=registration.center_id,
        company_name=registration.company_name,
        company_uscc=registration.company_uscc,
        contact_name=registration.contact_name,
        attendees=registration.attendees,
        status=RegistrationStatus(registration.status),
        waitlist_place=places.get(registration.id),
        version=registration.version,
        registered_by=registration.registered_by,
        registered_at=registration.registered_at,
        confirmed_at=registration.confirmed_at,
        cancelled_by=registration.cancelled_by,
        cancelled_at=registration.cancelled_at,
    )
