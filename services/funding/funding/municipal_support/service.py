"""Municipal support use cases (`五(二)`): apply, and for support without money review and close.

Services flush, never commit: the route owns the transaction. A monetary application opens a
support case (kind ``municipal_support``) in ``needs_review``: the plan sets no amount
(视建设情况), so the bureau decides it — at most the requested amount unless a second reviewer
agrees — and then the case's own workflow pays it (two finance officers, the budget, tranches).
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers.models import CenterView
from funding.investments import access
from funding.municipal_support import repository
from funding.municipal_support.models import MunicipalSupportApplication, MunicipalSupportTransition
from funding.municipal_support.schemas import (
    ActionRequest,
    ApplicationCreate,
    MunicipalSupportAction,
    MunicipalSupportStatus,
)
from funding.support_cases import actions as cases
from funding.support_cases.models import SupportCase
from funding.support_cases.opening import case_row, line_row, open_case
from funding.support_cases.programmes import Kind, application_subject
from shared.auth import Principal, Role, acts_for
from shared.contracts import funding_programmes as contract
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable

BUDGET_CATEGORY = POLICY_CODE = "municipal_support"
CLAUSE = "五(二)"
ZERO = Decimal("0.00")
# 建设情况: a center under construction (筹建) or operating; not a draft, not revoked.
BUILDING_STATUSES = frozenset({"approved", "operating"})


class ApplicationNotFound(NotFound):
    code = "municipal-support-not-found"


class InvalidTransition(Conflict):
    code = "invalid-transition"


class NotAMunicipalCenter(Conflict):
    code = "not-a-municipal-center"


class PaidThroughCase(Conflict):
    """A monetary application is decided and paid by its support case, not by its own actions."""

    code = "paid-through-support-case"


@dataclass(frozen=True)
class Rule:
    sources: frozenset[MunicipalSupportStatus]
    roles: tuple[Role, ...] | None  # None: whoever acts for the center (acts_for)


RULES: dict[MunicipalSupportAction, Rule] = {
    MunicipalSupportAction.REVIEW: Rule(
        frozenset({MunicipalSupportStatus.SUBMITTED}), (Role.MUNICIPAL_ADMIN,)
    ),
    MunicipalSupportAction.CLOSE: Rule(frozenset({MunicipalSupportStatus.APPROVED}), (Role.MUNICIPAL_ADMIN,)),
    MunicipalSupportAction.WITHDRAW: Rule(
        frozenset({MunicipalSupportStatus.SUBMITTED, MunicipalSupportStatus.APPROVED}), None
    ),
}
# What a monetary application may do itself: everything else goes through its case.
WITH_MONEY = frozenset({MunicipalSupportAction.WITHDRAW})


async def apply(
    session: AsyncSession, principal: Principal, data: ApplicationCreate
) -> MunicipalSupportApplication:
    """A municipal center (or its district, or the city for it) applies for support."""
    center = await access.known_center(session, data.center_id)
    if not acts_for(principal, district=center.district, center_id=center.id):
        raise Forbidden(
            "only the center itself, its district admin or a municipal admin applies for it",
            detail_zh="只有该创新中心、所在区管理员或市级管理员可以为其申请",
        )
    if center.tier != "municipal":
        raise NotAMunicipalCenter(
            f"the center is {center.tier}: municipal support (五(二)) is for municipal centers",
            detail_zh="该创新中心已非市级，市级支持仅面向市级制造业创新中心",
        )
    if center.status not in BUILDING_STATUSES:
        raise NotAMunicipalCenter(
            f"the center is {center.status}: only a center under construction or operating applies",
            detail_zh="仅筹建中或运行中的市级创新中心可以申请",
        )
    if data.requested_amount is not None and data.requested_amount <= 0:
        raise Unprocessable(
            "a requested amount is above zero (leave it out for support without money)",
            detail_zh="申请金额须大于零（非资金支持请不填）",
            errors=[FieldError("requested_amount", "above zero", "应大于零")],
        )
    now = utcnow()
    application = MunicipalSupportApplication(
        id=uuid.uuid4(),
        center_id=center.id,
        support_type=data.support_type.value,
        title=data.title,
        description=data.description,
        requested_amount=data.requested_amount,
        status=MunicipalSupportStatus.SUBMITTED.value,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(application)
    await session.flush()
    if data.requested_amount is not None:
        case = await _open_case(session, center, application, data.requested_amount)
        application.case_id = case.id
        await session.flush()
    await _transition(session, principal, application, action="apply", from_status=None, comment=None)
    return application


async def _open_case(
    session: AsyncSession, center: CenterView, application: MunicipalSupportApplication, requested: Decimal
) -> SupportCase:
    """The case that decides and pays the application: the plan sets no amount, so a person does."""
    reason = (
        f"{CLAUSE} 视建设情况给予支持 sets no amount: the bureau decides it, at most the "
        f"{requested:.2f} requested unless a second reviewer agrees"
    )
    line = line_row(
        position=0,
        policy_code=POLICY_CODE,
        policy_version=None,
        clause=CLAUSE,
        category=BUDGET_CATEGORY,
        status="needs_review",
        options=[],
        reason=reason,
        trace=[
            {"step": "application", "detail": f"{application.support_type}: {application.title}"},
            {"step": "amount", "detail": reason, "value": f"{requested:.2f}"},
        ],
    )
    case = case_row(
        kind=Kind.MUNICIPAL_SUPPORT,
        center_id=center.id,
        tier=center.tier,
        subject_key=application_subject(application.id),
        inputs={
            "application_id": str(application.id),
            "support_type": application.support_type,
            "title": application.title,
            "requested_amount": f"{requested:.2f}",
            "center_status": center.status,
        },
        requested_amount=requested,
    )
    return await open_case(session, case, [line])


async def get(
    session: AsyncSession, principal: Principal, application_id: uuid.UUID
) -> MunicipalSupportApplication:
    found = await repository.get(session, scope=access.read_scope(principal), application_id=application_id)
    if found is None:
        raise _not_found(application_id)
    return found


def _not_found(application_id: uuid.UUID) -> ApplicationNotFound:
    return ApplicationNotFound(
        f"no municipal support application {application_id} in your scope",
        detail_zh=f"您的范围内没有市级支持申请 {application_id}",
    )


async def list_applications(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    filters: dict[str, object | None],
) -> Sequence[MunicipalSupportApplication]:
    return await repository.list_page(
        session, scope=access.read_scope(principal), limit=limit, cursor=cursor, filters=filters
    )


async def history(
    session: AsyncSession, principal: Principal, application_id: uuid.UUID
) -> Sequence[MunicipalSupportTransition]:
    application = await get(session, principal, application_id)
    return await repository.history(session, application.id)


async def take_action(
    session: AsyncSession,
    principal: Principal,
    application_id: uuid.UUID,
    action: MunicipalSupportAction,
    data: ActionRequest,
) -> MunicipalSupportApplication:
    """One step of the workflow, on the locked application row."""
    application = await repository.get(
        session, scope=access.read_scope(principal), application_id=application_id, for_update=True
    )
    if application is None:
        raise _not_found(application_id)
    rule = RULES[action]
    await _check_actor(session, principal, application, action, rule)
    if application.status not in rule.sources:
        allowed = ", ".join(sorted(rule.sources))
        raise InvalidTransition(
            f"cannot {action.value} an application that is {application.status} (only from {allowed})",
            detail_zh=f"申请当前状态为 {application.status}，不能执行 {action.value}",
            extra={"current_status": application.status},
        )
    if application.case_id is not None and action not in WITH_MONEY:
        raise PaidThroughCase(
            f"this application is decided and paid by support case {application.case_id}: "
            f"POST /api/v1/support-cases/{application.case_id}/actions/resolve, then approve (two "
            "finance officers), disburse, close",
            detail_zh=f"该申请由支持案件 {application.case_id} 审核、审批和拨付，请在支持案件上操作",
            extra={"support_case_id": str(application.case_id)},
        )
    from_status = application.status
    if action is MunicipalSupportAction.REVIEW:
        application.status = _review(data)
    elif action is MunicipalSupportAction.CLOSE:
        application.status = MunicipalSupportStatus.CLOSED.value
    else:
        application.status = MunicipalSupportStatus.WITHDRAWN.value
        if application.case_id is not None:
            await cases.withdraw(session, principal, application.case_id, data.comment)
    application.updated_at = utcnow()
    await session.flush()
    await _transition(
        session, principal, application, action=action.value, from_status=from_status, comment=data.comment
    )
    return application


async def _check_actor(
    session: AsyncSession,
    principal: Principal,
    application: MunicipalSupportApplication,
    action: MunicipalSupportAction,
    rule: Rule,
) -> None:
    if rule.roles is not None:
        allowed = principal.has(*rule.roles)
    else:
        center = await access.known_center(session, application.center_id)
        allowed = acts_for(principal, district=center.district, center_id=center.id)
    if not allowed:
        who = ", ".join(r.value for r in rule.roles) if rule.roles else "the center, its district or the city"
        raise Forbidden(
            f"only {who} may {action.value} an application", detail_zh=f"只有 {who} 可以执行该操作"
        )


def _review(data: ActionRequest) -> str:
    if data.decision not in {"approve", "reject"}:
        raise Unprocessable(
            "a review decides approve or reject",
            detail_zh="审核结论须为 approve 或 reject",
            errors=[FieldError("decision", "approve or reject", "应为 approve 或 reject")],
        )
    return (
        MunicipalSupportStatus.APPROVED.value
        if data.decision == "approve"
        else MunicipalSupportStatus.REJECTED.value
    )


async def _transition(
    session: AsyncSession,
    principal: Principal,
    application: MunicipalSupportApplication,
    *,
    action: str,
    from_status: str | None,
    comment: str | None,
) -> None:
    """Keep the transition and publish it, in the caller's transaction."""
    now = utcnow()
    session.add(
        MunicipalSupportTransition(
            id=uuid.uuid4(),
            application_id=application.id,
            action=action,
            from_status=from_status,
            to_status=application.status,
            amount=None,
            comment=comment,
            actor=principal.sub,
            actor_role=principal.primary_role,
            created_at=now,
        )
    )
    await session.flush()
    body = contract.MunicipalSupportChanged(
        application_id=application.id,
        center_id=application.center_id,
        support_type=application.support_type,
        action=action,
        from_status=from_status,
        to_status=application.status,
        amount=application.requested_amount if action == "apply" else None,
        actor=principal.sub,
        at=now,
        support_case_id=application.case_id,
    )
    await access.publish(
        session,
        topic=contract.MUNICIPAL_SUPPORT_TOPIC,
        type_=contract.MUNICIPAL_SUPPORT_CHANGED,
        key=application.id,
        body=body,
    )
