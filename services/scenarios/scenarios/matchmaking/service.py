"""Use cases on matchmaking events: organizing one with the scenarios it shows, reading and listing
them, and the lifecycle's steps. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.matchmaking import repository
from scenarios.matchmaking.models import MatchmakingEvent, MatchmakingEventScenario, MatchmakingEventStep
from scenarios.matchmaking.schemas import EventCreate
from scenarios.matchmaking.workflow import (
    NEEDS_COMMENT,
    EventAction,
    EventStatus,
    OrganizerKind,
    actor_kinds,
    may_take,
    next_status,
    not_allowed,
    roles_for,
)
from scenarios.scenarios.models import Scenario
from scenarios.scenarios.workflow import ScenarioStatus
from shared.auth import Principal, Role, require_role
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from shared.etag import require_match

ORGANIZERS = (Role.SCENARIO_PUBLISHER, Role.MUNICIPAL_ADMIN)
# A scenario on show is one still looking for offerings: published and not yet piloted or ended.
SHOWABLE = frozenset({ScenarioStatus.PUBLISHED.value, ScenarioStatus.MATCHING.value})


class EventNotStarted(Conflict):
    code = "event-not-started"


class EventNotFound(NotFound):
    code = "matchmaking-event-not-found"


def not_found(event_id: uuid.UUID) -> EventNotFound:
    return EventNotFound(f"no matchmaking event {event_id}", detail_zh=f"未找到对接活动 {event_id}")


def _require_times(data: EventCreate) -> None:
    """422 naming each time that does not hold: the event and its deadline lie ahead, in order."""
    now = utcnow()
    errors = []
    if data.starts_at <= now:
        errors.append(FieldError("starts_at", "in the future", "应为将来的时间"))
    if data.ends_at <= data.starts_at:
        errors.append(FieldError("ends_at", "after starts_at", "应晚于 starts_at"))
    if data.registration_deadline <= now:
        errors.append(FieldError("registration_deadline", "in the future", "应为将来的时间"))
    elif data.registration_deadline > data.starts_at:
        errors.append(FieldError("registration_deadline", "at the latest starts_at", "最晚为 starts_at"))
    if errors:
        raise Unprocessable(
            "the event's times do not hold: " + "; ".join(f"{e.field} {e.message}" for e in errors),
            detail_zh="活动时间不合理：开始时间与报名截止时间须在未来，结束晚于开始，报名截止不晚于开始",
            errors=errors,
        )


async def _require_showable(session: AsyncSession, scenario_ids: Sequence[uuid.UUID]) -> None:
    """422 naming each scenario that is not published and open for offerings (or does not exist)."""
    query = select(Scenario.id).where(Scenario.id.in_(scenario_ids), Scenario.status.in_(SHOWABLE))
    showable = set((await session.scalars(query)).all())
    errors = [
        FieldError(
            f"scenario_ids.{n}",
            f"scenario {scenario_id} is not a published scenario",
            f"场景 {scenario_id} 不是已发布的场景",
        )
        for n, scenario_id in enumerate(scenario_ids)
        if scenario_id not in showable
    ]
    if errors:
        missing = ", ".join(str(s) for s in scenario_ids if s not in showable)
        raise Unprocessable(
            f"only published scenarios (published or matching) are shown at an event: {missing}",
            detail_zh=f"只能展示已发布的应用场景：{missing}",
            errors=errors,
        )


async def create_event(session: AsyncSession, principal: Principal, data: EventCreate) -> MatchmakingEvent:
    """A draft event organized by the caller (for the bureau, a center, an alliance or an association)."""
    require_role(principal, *ORGANIZERS, what="organize matchmaking events", what_zh="组织对接活动")
    _require_times(data)
    await _require_showable(session, data.scenario_ids)
    now = utcnow()
    event = MatchmakingEvent(
        id=uuid.uuid4(),
        title=data.title,
        description=data.description,
        organizer_name=data.organizer_name,
        organizer_kind=OrganizerKind(data.organizer_kind).value,
        venue=data.venue,
        starts_at=data.starts_at.astimezone(dt.UTC),
        ends_at=data.ends_at.astimezone(dt.UTC),
        capacity=data.capacity,
        registration_deadline=data.registration_deadline.astimezone(dt.UTC),
        status=EventStatus.DRAFT.value,
        confirmed_attendees=0,
        registrations_made=0,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
        scenario_rows=[
            MatchmakingEventScenario(scenario_id=s, position=n) for n, s in enumerate(data.scenario_ids)
        ],
    )
    session.add(event)
    await session.flush()
    return event


def sees(principal: Principal, event: MatchmakingEvent) -> bool:
    """A draft is its organizer's and the city's; from open on every authenticated caller's."""
    return (
        event.status != EventStatus.DRAFT
        or principal.has(Role.MUNICIPAL_ADMIN)
        or event.created_by == principal.sub
    )


def organizes(principal: Principal, event: MatchmakingEvent) -> bool:
    """The event's own organizer or the city."""
    return bool(actor_kinds(principal.roles, own=event.created_by == principal.sub))


def require_organizer(principal: Principal, event: MatchmakingEvent, *, what: str, what_zh: str) -> None:
    if not organizes(principal, event):
        raise Forbidden(
            f"only the event's own organizer or a municipal_admin may {what}",
            detail_zh=f"只有该活动的组织者或市级管理员可以{what_zh}",
        )


async def visible(
    session: AsyncSession, principal: Principal, event_id: uuid.UUID, *, for_update: bool = False
) -> MatchmakingEvent:
    """The event if the caller may see it; 404 otherwise."""
    event = await repository.get(session, event_id, for_update=for_update)
    if event is None or not sees(principal, event):
        raise not_found(event_id)
    return event


async def list_events(
    session: AsyncSession,
    principal: Principal,
    *,
    status: EventStatus | None,
    organizer_kind: OrganizerKind | None,
    limit: int,
    cursor: str | None,
) -> Sequence[MatchmakingEvent]:
    query = repository.whole()
    if status is not None:
        query = query.where(MatchmakingEvent.status == status.value)
    if organizer_kind is not None:
        query = query.where(MatchmakingEvent.organizer_kind == organizer_kind.value)
    if not principal.has(Role.MUNICIPAL_ADMIN):
        query = query.where(
            or_(
                MatchmakingEvent.status != EventStatus.DRAFT.value,
                MatchmakingEvent.created_by == principal.sub,
            )
        )
    return await repository.list_page(session, query, limit=limit, cursor=cursor)


async def take_action(
    session: AsyncSession,
    principal: Principal,
    event_id: uuid.UUID,
    action: EventAction,
    *,
    comment: str | None,
    if_match: str | None,
) -> MatchmakingEvent:
    """One lifecycle step on the event (locked for it), kept in its history."""
    require_role(
        principal,
        *sorted(roles_for(action)),
        what=f"{action.value} events",
        what_zh=f"对活动执行 {action.value}",
    )
    event = await visible(session, principal, event_id, for_update=True)
    if not may_take(action, actor_kinds(principal.roles, own=event.created_by == principal.sub)):
        raise Forbidden(
            f"only the event's own organizer or a municipal_admin may {action.value} it",
            detail_zh=f"只有该活动的组织者或市级管理员可以执行 {action.value}",
        )
    require_match(if_match, event.version)
    current = EventStatus(event.status)
    target = next_status(action, current)
    if target is None:
        raise not_allowed(action, current)
    if action in NEEDS_COMMENT and comment is None:
        raise Unprocessable(
            f"say why in comment: '{action.value}' lets down everyone registered",
            detail_zh="请在 comment 中说明取消原因",
            errors=[FieldError("comment", f"required to {action.value}", f"执行 {action.value} 时必填")],
        )
    now = utcnow()
    if action is EventAction.HOLD and now < event.starts_at:
        raise EventNotStarted(
            f"an event is recorded as held once it has begun ({event.starts_at.isoformat()})",
            detail_zh=f"活动开始（{event.starts_at.isoformat()}）后才能确认已举办",
        )
    session.add(
        MatchmakingEventStep(
            event_id=event.id,
            action=action.value,
            from_status=current.value,
            to_status=target.value,
            note=comment,
            acted_by=principal.sub,
            acted_as=principal.primary_role,
            acted_at=now,
        )
    )
    event.status = target.value
    event.version += 1
    event.updated_at = now
    await session.flush()
    return event


async def history(
    session: AsyncSession, principal: Principal, event_id: uuid.UUID
) -> Sequence[MatchmakingEventStep]:
    event = await visible(session, principal, event_id)
    return await repository.history(session, event.id)
