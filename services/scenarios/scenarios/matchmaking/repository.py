"""All SQL about matchmaking events, their registrations and outcomes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from scenarios.matchmaking.models import (
    MatchmakingEvent,
    MatchmakingEventStep,
    MatchmakingOutcome,
    MatchmakingRegistration,
)
from scenarios.matchmaking.places import RegistrationStatus
from shared.pagination import apply_keyset

_R = MatchmakingRegistration
_CONFIRMED = RegistrationStatus.CONFIRMED.value
_WAITLISTED = RegistrationStatus.WAITLISTED.value
INTENTION_SIGNED = "intention_signed"


@dataclass(frozen=True)
class Counts:
    registered: int = 0
    confirmed: int = 0
    waitlisted: int = 0
    attendees: int = 0
    intentions_signed: int = 0


def whole() -> Select[MatchmakingEvent]:
    return select(MatchmakingEvent).options(selectinload(MatchmakingEvent.scenario_rows))


async def get(
    session: AsyncSession, event_id: uuid.UUID, *, for_update: bool = False
) -> MatchmakingEvent | None:
    query = whole().where(MatchmakingEvent.id == event_id)
    if for_update:
        # Re-read under the lock: the counters are what the lock protects.
        query = query.with_for_update(of=MatchmakingEvent).execution_options(populate_existing=True)
    return await session.scalar(query)


async def list_page(
    session: AsyncSession, query: Select[MatchmakingEvent], *, limit: int, cursor: str | None
) -> Sequence[MatchmakingEvent]:
    """Oldest first; ``limit + 1`` rows, for the next cursor."""
    query = apply_keyset(query, MatchmakingEvent.created_at, MatchmakingEvent.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def history(session: AsyncSession, event_id: uuid.UUID) -> Sequence[MatchmakingEventStep]:
    query = select(MatchmakingEventStep).where(MatchmakingEventStep.event_id == event_id)
    return (await session.scalars(query.order_by(MatchmakingEventStep.id))).all()


async def counts(session: AsyncSession, event_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Counts]:
    """Each event's registrations and signed intentions, counted (events without any are absent)."""
    if not event_ids:
        return {}
    confirmed = _R.status == _CONFIRMED
    registrations = (
        select(
            _R.event_id,
            func.count().filter(_R.status != RegistrationStatus.CANCELLED.value),
            func.count().filter(confirmed),
            func.count().filter(_R.status == _WAITLISTED),
            func.coalesce(func.sum(case((confirmed, _R.attendees), else_=0)), 0),
        )
        .where(_R.event_id.in_(event_ids))
        .group_by(_R.event_id)
    )
    intentions = (
        select(MatchmakingOutcome.event_id, func.count())
        .where(MatchmakingOutcome.event_id.in_(event_ids), MatchmakingOutcome.kind == INTENTION_SIGNED)
        .group_by(MatchmakingOutcome.event_id)
    )
    signed = {event_id: n for event_id, n in (await session.execute(intentions)).all()}
    found = {
        event_id: Counts(registered, confirmed_n, waitlisted, attendees, signed.get(event_id, 0))
        for event_id, registered, confirmed_n, waitlisted, attendees in (
            await session.execute(registrations)
        ).all()
    }
    for event_id, n in signed.items():
        found.setdefault(event_id, Counts(intentions_signed=n))
    return found


async def live_registration_of(
    session: AsyncSession, event_id: uuid.UUID, *, center_id: uuid.UUID | None, uscc: str | None
) -> MatchmakingRegistration | None:
    """The center's or company's registration for the event that is not cancelled, if any."""
    query = select(_R).where(_R.event_id == event_id, _R.status != RegistrationStatus.CANCELLED.value)
    query = query.where(_R.center_id == center_id) if center_id else query.where(_R.company_uscc == uscc)
    return await session.scalar(query)


async def get_registration(
    session: AsyncSession, event_id: uuid.UUID, registration_id: uuid.UUID, *, for_update: bool = False
) -> MatchmakingRegistration | None:
    query = select(_R).where(_R.event_id == event_id, _R.id == registration_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    return await session.scalar(query)


async def waitlist(session: AsyncSession, event_id: uuid.UUID) -> Sequence[MatchmakingRegistration]:
    """The event's waitlisted registrations in the order they came."""
    query = select(_R).where(_R.event_id == event_id, _R.status == _WAITLISTED).order_by(_R.number)
    return (await session.scalars(query)).all()


async def waitlist_places(session: AsyncSession, event_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Each waitlisted registration's place in the queue (1 = the next to be offered a place)."""
    return {r.id: place for place, r in enumerate(await waitlist(session, event_id), start=1)}


async def registrations_page(
    session: AsyncSession,
    event_id: uuid.UUID,
    *,
    center_id: uuid.UUID | None,
    limit: int,
    cursor: str | None,
) -> Sequence[MatchmakingRegistration]:
    """In the order they came; only the center's with ``center_id``; ``limit + 1`` rows."""
    query = select(_R).where(_R.event_id == event_id)
    if center_id is not None:
        query = query.where(_R.center_id == center_id)
    query = apply_keyset(query, _R.registered_at, _R.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def outcomes_page(
    session: AsyncSession, event_id: uuid.UUID, *, limit: int, cursor: str | None
) -> Sequence[MatchmakingOutcome]:
    query = select(MatchmakingOutcome).where(MatchmakingOutcome.event_id == event_id)
    query = apply_keyset(query, MatchmakingOutcome.recorded_at, MatchmakingOutcome.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()
