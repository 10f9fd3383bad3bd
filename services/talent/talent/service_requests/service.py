"""Use cases on service requests (`五(七)`). Services flush, never commit: the route owns the transaction.

A request is judged at once by the entitlements in force on its (China) day and records which
version judged it: ``entitled`` and ``review`` are submitted (``review`` waits for a talent
officer's written confirmation at acceptance), ``not_entitled`` is stored refused with its reason.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal, Role
from shared.china_time import china_today
from shared.contracts import talent as contract
from shared.db import utcnow
from shared.errors import Conflict, FieldError, NotFound, Unprocessable
from shared.etag import require_match
from talent import access
from talent.entitlements import repository as entitlements
from talent.entitlements.schemas import Entitlement
from talent.events import publish
from talent.figures import service as figures
from talent.service_requests import repository
from talent.service_requests.models import ServiceRequest, ServiceRequestStep
from talent.service_requests.schemas import ServiceRequestActionIn, ServiceRequestCreate
from talent.service_requests.workflow import (
    SUBMIT,
    TRANSITIONS,
    RefusalReason,
    ServiceRequestAction,
    ServiceRequestStatus,
    allowed_actions,
)
from talent.talents import repository as talents
from talent.talents.schemas import Level

REVOKED = "revoked"


class ServiceRequestNotFound(NotFound):
    code = "service-request-not-found"


class ServiceRequestOpen(Conflict):
    code = "service-request-open"


class TalentLeft(Conflict):
    code = "talent-left"


class CenterRevoked(Conflict):
    code = "center-revoked"


class InvalidTransition(Conflict):
    code = "invalid-transition"


class NoEntitlementsInForce(Conflict):
    code = "no-entitlements-in-force"


async def submit(session: AsyncSession, principal: Principal, data: ServiceRequestCreate) -> ServiceRequest:
    """A talent's request, judged by the entitlements in force today; the talent's row is locked, so
    two requests for one talent take turns and the one-open-request rule holds."""
    access.require_role(
        principal,
        Role.TALENT_OFFICER,
        Role.CENTER_USER,
        what="request support services",
        what_zh="申请人才服务保障",
    )
    talent = await talents.get(
        session, scope=access.read_scope(principal), talent_id=data.talent_id, for_update=True
    )
    if talent is None:
        raise Unprocessable(
            f"no talent {data.talent_id} in your scope",
            detail_zh=f"您的范围内没有人才 {data.talent_id}",
            errors=[FieldError("talent_id", "unknown talent", "未知的人才")],
        )
    access.require_writer_for(principal, talent.center_id)
    today = china_today()
    if talent.left_on is not None and talent.left_on < today:
        raise TalentLeft(
            f"the talent left the center on {talent.left_on}: services are for the center's talents",
            detail_zh=f"该人才已于 {talent.left_on} 离开创新中心，不能申请服务保障",
        )
    await _refuse_if_revoked(session, talent.center_id)
    await _refuse_if_open(session, talent.id, data.kind.value)
    in_force = await entitlements.in_force(session, today)
    if in_force is None:
        raise NoEntitlementsInForce(
            f"no service entitlements are in force on {today}", detail_zh=f"{today} 没有生效的服务保障版本"
        )
    judgement = in_force.judge(Level(talent.level), data.kind)
    refused = judgement.entitlement is Entitlement.NOT_ENTITLED
    now = utcnow()
    request = ServiceRequest(
        id=uuid.uuid4(),
        talent_id=talent.id,
        center_id=talent.center_id,
        kind=data.kind.value,
        details=data.details,
        status=(ServiceRequestStatus.REFUSED if refused else ServiceRequestStatus.SUBMITTED).value,
        entitlement=judgement.entitlement.value,
        entitlement_version=judgement.version,
        requested_on=today,
        refusal_reason=RefusalReason.NOT_ENTITLED.value if refused else None,
        refusal_detail_en=judgement.refusal_en,
        refusal_detail_zh=judgement.refusal_zh,
        fulfilled_on=None,
        version=1,
        requested_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(request)
    try:
        await session.flush()
    except IntegrityError as exc:  # the talent's lock makes this a last line of defence
        raise _open_conflict(None) from exc
    await _step(session, principal, request, action=SUBMIT, from_status=None, note=judgement.refusal_en)
    return request


async def _refuse_if_revoked(
    session: AsyncSession, center_id: uuid.UUID, *, so: str = "", so_zh: str = ""
) -> None:
    """409 when registry revoked the center (as talent's read model knows from its events)."""
    center = await access.known_center(session, center_id)
    if center.status == REVOKED:
        raise CenterRevoked(
            f"the center was revoked in registry: its talents get no new services{so}",
            detail_zh=f"该创新中心已被撤销，其人才不再获得新的服务保障{so_zh}",
        )


async def _refuse_if_open(session: AsyncSession, talent_id: uuid.UUID, kind: str) -> None:
    open_id = await repository.open_request_id(session, talent_id=talent_id, kind=kind)
    if open_id is not None:
        raise _open_conflict(open_id)


def _open_conflict(open_id: uuid.UUID | None) -> ServiceRequestOpen:
    return ServiceRequestOpen(
        "the talent already has an open (submitted or accepted) request for this service",
        detail_zh="该人才已有同类服务的在办申请（已提交或已受理）",
        extra={"open_request_id": str(open_id)} if open_id else None,
    )


def _not_found(request_id: uuid.UUID) -> ServiceRequestNotFound:
    return ServiceRequestNotFound(
        f"no service request {request_id} in your scope", detail_zh=f"您的范围内没有服务保障申请 {request_id}"
    )


async def get_request(session: AsyncSession, principal: Principal, request_id: uuid.UUID) -> ServiceRequest:
    found = await repository.get(session, scope=access.read_scope(principal), request_id=request_id)
    if found is None:
        raise _not_found(request_id)
    return found


async def list_requests(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    status: str | None,
    kind: str | None,
    talent_id: uuid.UUID | None,
    center_id: uuid.UUID | None,
) -> Sequence[ServiceRequest]:
    return await repository.list_page(
        session,
        scope=access.read_scope(principal),
        limit=limit,
        cursor=cursor,
        status=status,
        kind=kind,
        talent_id=talent_id,
        center_id=center_id,
    )


async def history(
    session: AsyncSession, principal: Principal, request_id: uuid.UUID
) -> Sequence[ServiceRequestStep]:
    request = await get_request(session, principal, request_id)
    return await repository.history(session, request.id)


async def take_action(
    session: AsyncSession,
    principal: Principal,
    request_id: uuid.UUID,
    action: ServiceRequestAction,
    data: ServiceRequestActionIn,
    if_match: str | None,
) -> ServiceRequest:
    """One step of the workflow, on the locked request, by a talent officer.

    Revocation: a revoked center's talents get no new services, so accepting a request still
    submitted is refused (409 ``center-revoked``); a request accepted before the revocation was a
    promise already made, and fulfilling it stays allowed; refusing always is.
    """
    request = await repository.get(
        session, scope=access.read_scope(principal), request_id=request_id, for_update=True
    )
    if request is None:
        raise _not_found(request_id)
    access.require_role(
        principal, Role.TALENT_OFFICER, what=f"{action.value} a service request", what_zh="办理服务保障申请"
    )
    require_match(if_match, request.version)
    current = ServiceRequestStatus(request.status)
    transition = TRANSITIONS[action]
    if current not in transition.sources:
        allowed = allowed_actions(current)
        named = ", ".join(allowed) or "none, it is final"
        raise InvalidTransition(
            f"cannot {action.value} a request that is {current.value}; allowed now: {named}",
            detail_zh=f"申请当前状态为 {current.value}，不能执行 {action.value}；可执行：{named}",
            extra={"current_status": current.value, "allowed_actions": [a.value for a in allowed]},
        )
    if action is ServiceRequestAction.ACCEPT:
        await _refuse_if_revoked(
            session,
            request.center_id,
            so=", so a submitted request is not accepted (one accepted before may still be fulfilled)",
            so_zh="，已提交的申请不能受理（此前已受理的仍可落实）",
        )
    _require_note(action, request, data)
    request.status = transition.target.value
    if action is ServiceRequestAction.REFUSE:
        request.refusal_reason = RefusalReason.REFUSED_BY_OFFICER.value
        request.refusal_detail_en = f"refused by talent officer {principal.sub}: {data.note}"
        request.refusal_detail_zh = f"人才工作专员 {principal.sub} 决定不予支持：{data.note}"
    if action is ServiceRequestAction.FULFIL:
        await _fulfil(session, request)
    request.version += 1
    request.updated_at = utcnow()
    await session.flush()
    await _step(session, principal, request, action=action.value, from_status=current.value, note=data.note)
    return request


def _require_note(
    action: ServiceRequestAction, request: ServiceRequest, data: ServiceRequestActionIn
) -> None:
    """A refusal gives its reason; accepting an entitlement under review confirms it in writing."""
    if data.note is not None:
        return
    if action is ServiceRequestAction.REFUSE:
        message = "a refusal gives its reason"
        message_zh = "拒绝时须在 note 中说明理由"
    elif action is ServiceRequestAction.ACCEPT and request.entitlement == Entitlement.REVIEW:
        message = (
            f"the entitlement of v{request.entitlement_version} is under review: confirm in writing "
            "that the talent is entitled"
        )
        message_zh = f"v{request.entitlement_version} 版的待遇仍在复核中：请在 note 中书面确认该人才享有待遇"
    else:
        return
    raise Unprocessable(
        message, detail_zh="请在 note 中填写理由或确认意见", errors=[FieldError("note", message, message_zh)]
    )


async def _fulfil(session: AsyncSession, request: ServiceRequest) -> None:
    """Record the day, count it into the center's figures and announce it, in this transaction;
    the event names the request, talent, center and service only, never the details."""
    request.fulfilled_on = china_today()
    await figures.count(session, request.center_id, request.fulfilled_on.year, "services_fulfilled")
    body = contract.ServiceRequestFulfilled(
        request_id=request.id,
        talent_id=request.talent_id,
        center_id=request.center_id,
        kind=request.kind,
        fulfilled_on=request.fulfilled_on,
    )
    await publish(
        session,
        topic=contract.SERVICE_REQUEST_TOPIC,
        type_=contract.SERVICE_REQUEST_FULFILLED,
        key=request.id,
        body=body,
    )


async def _step(
    session: AsyncSession,
    principal: Principal,
    request: ServiceRequest,
    *,
    action: str,
    from_status: str | None,
    note: str | None,
) -> None:
    session.add(
        ServiceRequestStep(
            request_id=request.id,
            action=action,
            from_status=from_status,
            to_status=request.status,
            note=note,
            acted_by=principal.sub,
            acted_as=principal.primary_role,
            acted_at=request.updated_at,
        )
    )
    await session.flush()
