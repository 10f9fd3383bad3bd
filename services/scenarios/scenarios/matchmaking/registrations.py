"""Registrations for a matchmaking event, within its capacity counted in attendees.

Every registration and cancellation holds the event's row ``FOR UPDATE`` while it reads and moves
``confirmed_attendees``: concurrent registrations take turns on it, so none sees a place another is
taking (and the row's check constraint refuses any overbooking that slipped past). A center's
registration holds its ``center_view`` row ``FOR SHARE`` first, as offerings do, so registry's
revocation waits for it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.centers.revocation import open_center
from scenarios.matchmaking import repository
from scenarios.matchmaking.models import MatchmakingEvent, MatchmakingRegistration
from scenarios.matchmaking.places import ParticipantKind, RegistrationStatus, fits, to_promote
from scenarios.matchmaking.schemas import RegistrationCreate
from scenarios.matchmaking.service import organizes, require_organizer, visible
from scenarios.matchmaking.workflow import EventStatus
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from shared.etag import require_match
from shared.uscc import normalize_uscc, uscc_problem, uscc_problem_zh

# Registrations are cancelled (and waitlisted ones promoted) until the event is held.
_CANCELLABLE_WHILE = frozenset({EventStatus.OPEN.value, EventStatus.CLOSED.value})


class RegistrationClosed(Conflict):
    code = "registration-closed"


class AlreadyRegistered(Conflict):
    code = "already-registered"


class RegistrationNotFound(NotFound):
    code = "registration-not-found"


class RegistrationCancelled(Conflict):
    code = "registration-cancelled"


def _participant(data: RegistrationCreate) -> str | None:
    """The company's normalized USCC (None for a center); 422 naming each field that does not fit
    the kind of participant."""
    errors: list[FieldError] = []
    uscc = None
    if data.participant_kind is ParticipantKind.CENTER:
        if data.center_id is None:
            errors.append(FieldError("center_id", "required for a center", "中心必填"))
        errors += [
            FieldError(name, "only for a company", "仅企业填写")
            for name in ("company_name", "company_uscc")
            if getattr(data, name) is not None
        ]
    else:
        if data.center_id is not None:
            errors.append(FieldError("center_id", "only for a center", "仅中心填写"))
        if data.company_name is None:
            errors.append(FieldError("company_name", "required for a company", "企业必填"))
        if data.company_uscc is None:
            errors.append(FieldError("company_uscc", "required for a company", "企业必填"))
        else:
            uscc = normalize_uscc(data.company_uscc)
            if (problem := uscc_problem(uscc)) is not None:
                errors.append(FieldError("company_uscc", problem, uscc_problem_zh(uscc)))
    if errors:
        raise Unprocessable(
            f"a {data.participant_kind.value} registers with: "
            + "; ".join(f"{e.field} {e.message}" for e in errors),
            detail_zh="报名信息与参会方类型不符，或统一社会信用代码无效",
            errors=errors,
        )
    return uscc


def _require_registrar(principal: Principal, event: MatchmakingEvent, data: RegistrationCreate) -> None:
    """A center registers itself (its center_user) or is registered by the organizer or the city;
    a company, which has no account here, by the organizer or the city."""
    if organizes(principal, event):
        return
    own_center = (
        data.participant_kind is ParticipantKind.CENTER
        and principal.has(Role.CENTER_USER)
        and principal.center_id == data.center_id
    )
    if not own_center:
        raise Forbidden(
            "a center_user registers its own center; the event's organizer or a municipal_admin "
            "registers any center or company",
            detail_zh="创新中心用户只能为本中心报名；企业与其他中心由活动组织者或市级管理员代为报名",
        )


def _require_open(event: MatchmakingEvent) -> None:
    """409 unless the event takes registrations now: open, and its deadline not passed."""
    if event.status != EventStatus.OPEN:
        raise RegistrationClosed(
            f"the event takes no registrations while it is {event.status}",
            detail_zh=f"活动当前状态为 {event.status}，不接受报名",
            extra={"event_status": event.status},
        )
    if utcnow() > event.registration_deadline:
        raise RegistrationClosed(
            f"registration closed at {event.registration_deadline.isoformat()}",
            detail_zh=f"报名已于 {event.registration_deadline.isoformat()} 截止",
            extra={"registration_deadline": event.registration_deadline.isoformat()},
        )


async def register(
    session: AsyncSession, principal: Principal, event_id: uuid.UUID, data: RegistrationCreate
) -> MatchmakingRegistration:
    """Confirmed if its attendees fit what is left of the capacity, else waitlisted behind the
    others; a center or company registers once (409 ``already-registered``)."""
    uscc = _participant(data)
    event = await visible(session, principal, event_id)
    _require_registrar(principal, event, data)
    if data.center_id is not None:
        await open_center(session, data.center_id, so="it registers for no events", so_zh="不能报名对接活动")
    event = await visible(session, principal, event_id, for_update=True)
    _require_open(event)
    if await repository.live_registration_of(session, event.id, center_id=data.center_id, uscc=uscc):
        who = f"center {data.center_id}" if data.center_id else f"company {uscc}"
        raise AlreadyRegistered(
            f"{who} is already registered for this event", detail_zh="该参会方已报名本活动"
        )
    now = utcnow()
    confirmed = fits(
        capacity=event.capacity, confirmed_attendees=event.confirmed_attendees, attendees=data.attendees
    )
    event.registrations_made += 1
    registration = MatchmakingRegistration(
        id=uuid.uuid4(),
        event_id=event.id,
        number=event.registrations_made,
        participant_kind=data.participant_kind.value,
        center_id=data.center_id,
        company_name=data.company_name,
        company_uscc=uscc,
        contact_name=data.contact_name,
        attendees=data.attendees,
        status=(RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITLISTED).value,
        version=1,
        registered_by=principal.sub,
        registered_at=now,
        confirmed_at=now if confirmed else None,
    )
    if confirmed:
        event.confirmed_attendees += data.attendees
    session.add(registration)
    await session.flush()
    return registration


def _require_canceller(
    principal: Principal, event: MatchmakingEvent, registration: MatchmakingRegistration
) -> None:
    if organizes(principal, event):
        return
    own = registration.center_id is not None and registration.center_id == principal.center_id
    if not (principal.has(Role.CENTER_USER) and own):
        raise Forbidden(
            "a registration is cancelled by its own center, the event's organizer or a municipal_admin",
            detail_zh="只有报名的创新中心本身、活动组织者或市级管理员可以取消报名",
        )


async def cancel(
    session: AsyncSession,
    principal: Principal,
    event_id: uuid.UUID,
    registration_id: uuid.UUID,
    *,
    if_match: str | None,
) -> MatchmakingRegistration:
    """Cancel a registration before the event is held; a confirmed one's places go to the first
    waitlisted registrations that fit, in the order they came."""
    event = await visible(session, principal, event_id, for_update=True)
    registration = await repository.get_registration(session, event.id, registration_id, for_update=True)
    if registration is None:
        raise RegistrationNotFound(
            f"no registration {registration_id} for this event", detail_zh=f"未找到报名 {registration_id}"
        )
    _require_canceller(principal, event, registration)
    require_match(if_match, registration.version)
    if registration.status == RegistrationStatus.CANCELLED:
        raise RegistrationCancelled("the registration is already cancelled", detail_zh="该报名已取消")
    if event.status not in _CANCELLABLE_WHILE:
        raise RegistrationClosed(
            f"registrations are not cancelled once the event is {event.status}",
            detail_zh=f"活动当前状态为 {event.status}，不能取消报名",
            extra={"event_status": event.status},
        )
    now = utcnow()
    was_confirmed = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED.value
    registration.cancelled_by = principal.sub
    registration.cancelled_at = now
    registration.version += 1
    if was_confirmed:
        event.confirmed_attendees -= registration.attendees
        await _promote(session, event, now=now)
    await session.flush()
    return registration


async def _promote(session: AsyncSession, event: MatchmakingEvent, *, now: dt.datetime) -> None:
    queue = await repository.waitlist(session, event.id)
    for waiting in to_promote(queue, free=event.capacity - event.confirmed_attendees):
        waiting.status = RegistrationStatus.CONFIRMED.value
        waiting.confirmed_at = now
        waiting.version += 1
        event.confirmed_attendees += waiting.attendees


async def list_registrations(
    session: AsyncSession, principal: Principal, event_id: uuid.UUID, *, limit: int, cursor: str | None
) -> Sequence[MatchmakingRegistration]:
    """The organizer and the city see every registration; a center user its own center's."""
    event = await visible(session, principal, event_id)
    center_id: uuid.UUID | None = None
    if not organizes(principal, event):
        if not (principal.has(Role.CENTER_USER) and principal.center_id is not None):
            require_organizer(principal, event, what="see every registration", what_zh="查看全部报名")
        center_id = principal.center_id
    return await repository.registrations_page(
        session, event.id, center_id=center_id, limit=limit, cursor=cursor
    )
