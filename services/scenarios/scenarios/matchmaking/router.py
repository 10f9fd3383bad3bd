"""HTTP routes of matchmaking events (产业场景应用对接, `五(六)`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.idempotency import IdempotencyKey, claim
from scenarios.matchmaking import outcomes, registrations, repository, service
from scenarios.matchmaking.models import MatchmakingEvent, MatchmakingRegistration
from scenarios.matchmaking.repository import Counts
from scenarios.matchmaking.schemas import (
    EventActionIn,
    EventCreate,
    EventOut,
    OutcomeCreate,
    OutcomeOut,
    RegistrationAction,
    RegistrationCreate,
    RegistrationOut,
)
from scenarios.matchmaking.views import event_out, registration_out
from scenarios.matchmaking.workflow import EventAction, EventStatus, OrganizerKind
from scenarios.steps import StepOut
from scenarios.suggestions.router import MatchmakerDep
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/matchmaking-events", tags=["matchmaking-events"])


class EventQuery(BaseModel):
    """The list's filters (a query-parameter model, as every list's)."""

    status: EventStatus | None = None
    organizer_kind: OrganizerKind | None = None


async def _event_out(session: AsyncSession, event: MatchmakingEvent) -> EventOut:
    found = await repository.counts(session, [event.id])
    return event_out(event, found.get(event.id, Counts()))


async def _registration_out(session: AsyncSession, registration: MatchmakingRegistration) -> RegistrationOut:
    return registration_out(registration, await repository.waitlist_places(session, registration.event_id))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=EventOut,
    responses=problem_responses(401, 403, 422),
    summary="Organize a matchmaking event as a draft (a scenario_publisher, or a municipal_admin), "
    "for the bureau or on behalf of a center, alliance or association",
)
async def create_event(
    body: EventCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            response = claimed.replay
        else:
            event = await service.create_event(session, principal, body)
            response = await claimed.respond(status.HTTP_201_CREATED, await _event_out(session, event))
    return tag_with_body_version(response)


@router.get(
    "",
    response_model=Page[EventOut],
    responses=problem_responses(401, 422),
    summary="Events the caller sees: every one past draft, and their own drafts (the city: all)",
)
async def list_events(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[EventQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[EventOut]:
    async with session.begin():
        rows = await service.list_events(
            session,
            principal,
            status=query.status,
            organizer_kind=query.organizer_kind,
            limit=limit,
            cursor=cursor,
        )
        page, next_cursor = keyset_page(list(rows), limit)
        found = await repository.counts(session, [e.id for e in page])
    return Page(items=[event_out(e, found.get(e.id, Counts())) for e in page], next_cursor=next_cursor)


@router.get(
    "/{event_id}",
    response_model=EventOut,
    responses=problem_responses(401, 404),
    summary="One event with its counts (registered, confirmed, waitlisted, attendees, intentions "
    "signed) and its ETag for an action",
)
async def get_event(
    event_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> EventOut:
    async with session.begin():
        event = await service.visible(session, principal, event_id)
        out = await _event_out(session, event)
    response.headers["ETag"] = etag_of(event.version)
    return out


@router.get(
    "/{event_id}/history",
    response_model=list[StepOut],
    responses=problem_responses(401, 404),
    summary="Every lifecycle step of an event: who, in which role, when, from and to which status, and why",
)
async def event_history(
    event_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> list[StepOut]:
    async with session.begin():
        steps = await service.history(session, principal, event_id)
    return [StepOut.model_validate(s) for s in steps]


@router.post(
    "/{event_id}/actions/{action}",
    response_model=EventOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Take a lifecycle step; needs If-Match",
    description=(
        "`open` (draft → open: registrations taken until the deadline), `close` (open → closed), "
        "`hold` (closed → held, once it has begun: outcomes may be recorded), `cancel` (from "
        "draft, open or closed → cancelled; needs a `comment` saying why). Taken by the event's "
        "own scenario_publisher or a municipal_admin."
    ),
)
async def take_action(
    event_id: uuid.UUID,
    action: EventAction,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    body: EventActionIn | None = None,
    if_match: Annotated[str | None, Header()] = None,
) -> EventOut:
    async with session.begin():
        event = await service.take_action(
            session, principal, event_id, action, comment=body.comment if body else None, if_match=if_match
        )
        out = await _event_out(session, event)
    response.headers["ETag"] = etag_of(event.version)
    return out


@router.post(
    "/{event_id}/registrations",
    status_code=status.HTTP_201_CREATED,
    response_model=RegistrationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Register a center or a company while the event is open and before its deadline",
    description=(
        "A center_user registers its own center; the organizer or a municipal_admin registers any "
        "center or company (a company's USCC is checked per GB 32100-2015). Capacity counts "
        "attendees: a registration that fits is `confirmed`, else `waitlisted` with its "
        "`waitlist_place`. The same center or company twice is 409 `already-registered`; a closed "
        "event or a passed deadline is 409 `registration-closed`."
    ),
)
async def register(
    event_id: uuid.UUID,
    body: RegistrationCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            response = claimed.replay
        else:
            registration = await registrations.register(session, principal, event_id, body)
            out = await _registration_out(session, registration)
            response = await claimed.respond(status.HTTP_201_CREATED, out)
    return tag_with_body_version(response)


@router.get(
    "/{event_id}/registrations",
    response_model=Page[RegistrationOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="Registrations in the order they came (the organizer and the city: all; a center_user: "
    "its own center's)",
)
async def list_registrations(
    event_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[RegistrationOut]:
    async with session.begin():
        rows = await registrations.list_registrations(
            session, principal, event_id, limit=limit, cursor=cursor
        )
        places = await repository.waitlist_places(session, event_id)
    page, next_cursor = keyset_page(list(rows), limit, value_of=lambda r: r.registered_at)
    return Page(items=[registration_out(r, places) for r in page], next_cursor=next_cursor)


@router.post(
    "/{event_id}/registrations/{registration_id}/actions/{action}",
    response_model=RegistrationOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="cancel a registration before the event is held; needs If-Match",
    description=(
        "By the registered center's center_user, the organizer or a municipal_admin. A confirmed "
        "registration's places go to the first waitlisted ones that fit, in the order they came."
    ),
)
async def act_on_registration(
    event_id: uuid.UUID,
    registration_id: uuid.UUID,
    action: RegistrationAction,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> RegistrationOut:
    async with session.begin():
        registration = await registrations.cancel(
            session, principal, event_id, registration_id, if_match=if_match
        )
        out = await _registration_out(session, registration)
    response.headers["ETag"] = etag_of(registration.version)
    return out


@router.post(
    "/{event_id}/outcomes",
    status_code=status.HTTP_201_CREATED,
    response_model=OutcomeOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Record an outcome of a held event (its organizer, or a municipal_admin)",
    description=(
        "For a scenario on show, with a center's offering (`offering_id`) or a company "
        "(`company_name`). An `intention_signed` with an offering announces "
        "`gz.mic.scenarios.matchmaking.intention_signed.v1` on `scenarios.matchmaking`, from which "
        "the matches side opens a match. Before the event is held: 409 `event-not-held`."
    ),
)
async def record_outcome(
    event_id: uuid.UUID,
    body: OutcomeCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    held: MatchmakerDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        outcome = await outcomes.record(session, principal, event_id, body, matchmaker=held)
        return await claimed.respond(status.HTTP_201_CREATED, OutcomeOut.model_validate(outcome))


@router.get(
    "/{event_id}/outcomes",
    response_model=Page[OutcomeOut],
    responses=problem_responses(401, 404, 422),
    summary="An event's outcomes, oldest first (every caller who sees the event)",
)
async def list_outcomes(
    event_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[OutcomeOut]:
    async with session.begin():
        rows = await outcomes.list_outcomes(session, principal, event_id, limit=limit, cursor=cursor)
    page, next_cursor = keyset_page(list(rows), limit, value_of=lambda o: o.recorded_at)
    return Page(items=[OutcomeOut.model_validate(o) for o in page], next_cursor=next_cursor)
