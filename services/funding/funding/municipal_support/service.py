"""Municipal support use cases (`五(二)`): apply, review, award against the budget, pay tranches.

Services flush, never commit: the route owns the transaction. Money moves on the same budget
ledger as support cases (``funding.budgets.ledger``, category ``municipal_support``): an award
commits, a tranche disburses, closing with an unpaid remainder releases it.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from funding.budgets import ledger
from funding.investments import access
from funding.municipal_support import repository
from funding.municipal_support.models import (
    MunicipalSupportApplication,
    MunicipalSupportDisbursement,
    MunicipalSupportTransition,
)
from funding.municipal_support.schemas import Action, ActionRequest, ApplicationCreate, Status
from shared.auth import Principal, Role, acts_for
from shared.contracts import funding_programmes as contract
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable

BUDGET_CATEGORY = "municipal_support"
ZERO = Decimal("0.00")
# 建设情况: a center under construction (筹建) or operating; not a draft, not revoked.
BUILDING_STATUSES = frozenset({"approved", "operating"})


class ApplicationNotFound(NotFound):
    code = "municipal-support-not-found"


class InvalidTransition(Conflict):
    code = "invalid-transition"


class NotAMunicipalCenter(Conflict):
    code = "not-a-municipal-center"


class AmountTooHigh(Conflict):
    code = "amount-above-award"


class VoucherUsed(Conflict):
    code = "voucher-used"


@dataclass(frozen=True)
class Rule:
    sources: frozenset[Status]
    roles: tuple[Role, ...] | None  # None: whoever acts for the center (acts_for)


RULES: dict[Action, Rule] = {
    Action.REVIEW: Rule(frozenset({Status.SUBMITTED}), (Role.MUNICIPAL_ADMIN,)),
    Action.AWARD: Rule(frozenset({Status.APPROVED}), (Role.MUNICIPAL_ADMIN,)),
    Action.DISBURSE: Rule(frozenset({Status.AWARDED}), (Role.FINANCE_OFFICER,)),
    Action.CLOSE: Rule(
        frozenset({Status.APPROVED, Status.AWARDED, Status.DISBURSED}), (Role.MUNICIPAL_ADMIN,)
    ),
    Action.WITHDRAW: Rule(frozenset({Status.SUBMITTED, Status.APPROVED}), None),
}


def outstanding(application: MunicipalSupportApplication) -> Decimal:
    """What is awarded but neither paid nor given back."""
    if application.awarded_amount is None:
        return ZERO
    return application.awarded_amount - application.disbursed_amount - application.released_amount


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
    now = utcnow()
    application = MunicipalSupportApplication(
        id=uuid.uuid4(),
        center_id=center.id,
        support_type=data.support_type.value,
        title=data.title,
        description=data.description,
        requested_amount=data.requested_amount,
        status=Status.SUBMITTED.value,
        disbursed_amount=ZERO,
        released_amount=ZERO,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(application)
    await session.flush()
    await _transition(
        session, principal, application, action="apply", from_status=None, amount=None, comment=None
    )
    return application


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


async def disbursements(
    session: AsyncSession, applications: Sequence[MunicipalSupportApplication]
) -> dict[uuid.UUID, list[MunicipalSupportDisbursement]]:
    grouped: dict[uuid.UUID, list[MunicipalSupportDisbursement]] = {a.id: [] for a in applications}
    for row in await repository.disbursements_of(session, [a.id for a in applications]):
        grouped[row.application_id].append(row)
    return grouped


async def history(
    session: AsyncSession, principal: Principal, application_id: uuid.UUID
) -> Sequence[MunicipalSupportTransition]:
    application = await get(session, principal, application_id)
    return await repository.history(session, application.id)


async def take_action(
    session: AsyncSession,
    principal: Principal,
    application_id: uuid.UUID,
    action: Action,
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
    from_status = application.status
    amount: Decimal | None = None
    if action is Action.REVIEW:
        application.status = _review(data)
    elif action is Action.AWARD:
        amount = await _award(session, principal, application, data)
    elif action is Action.DISBURSE:
        amount = await _disburse(session, principal, application, data)
    elif action is Action.CLOSE:
        amount = await _close(session, principal, application)
    else:
        application.status = Status.WITHDRAWN.value
    application.updated_at = utcnow()
    await session.flush()
    await _transition(
        session,
        principal,
        application,
        action=action.value,
        from_status=from_status,
        amount=amount,
        comment=data.comment,
    )
    return application


async def _check_actor(
    session: AsyncSession,
    principal: Principal,
    application: MunicipalSupportApplication,
    action: Action,
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


def _missing(*fields: str) -> Unprocessable:
    return Unprocessable(
        "the action lacks required fields",
        detail_zh="操作缺少必填字段",
        errors=[FieldError(f, "required for this action") for f in fields],
    )


def _review(data: ActionRequest) -> str:
    if data.decision not in {"approve", "reject"}:
        raise Unprocessable(
            "a review decides approve or reject",
            detail_zh="审核结论须为 approve 或 reject",
            errors=[FieldError("decision", "approve or reject")],
        )
    return Status.APPROVED.value if data.decision == "approve" else Status.REJECTED.value


async def _award(
    session: AsyncSession, principal: Principal, application: MunicipalSupportApplication, data: ActionRequest
) -> Decimal:
    missing = [f for f in ("amount", "budget_year") if getattr(data, f) is None]
    if missing:
        raise _missing(*missing)
    assert data.amount is not None
    assert data.budget_year is not None
    if data.amount <= 0:
        raise Unprocessable(
            "an award is above zero (close a non-monetary support instead)",
            detail_zh="核定金额须大于零（非资金支持请直接办结）",
            errors=[FieldError("amount", "above zero")],
        )
    await ledger.commit(
        session,
        year=data.budget_year,
        category=BUDGET_CATEGORY,
        amount=data.amount,
        reference=f"municipal_support:{application.id}",
        actor=principal.sub,
    )
    application.awarded_amount, application.budget_year = data.amount, data.budget_year
    application.status = Status.AWARDED.value
    return data.amount


async def _disburse(
    session: AsyncSession, principal: Principal, application: MunicipalSupportApplication, data: ActionRequest
) -> Decimal:
    missing = [f for f in ("voucher_no", "amount", "paid_on") if getattr(data, f) is None]
    if missing:
        raise _missing(*missing)
    assert data.voucher_no is not None
    assert data.amount is not None
    assert data.paid_on is not None
    assert application.budget_year is not None
    if data.amount <= 0:
        raise Unprocessable(
            "a tranche is above zero",
            detail_zh="拨付金额须大于零",
            errors=[FieldError("amount", "above zero")],
        )
    left = outstanding(application)
    if data.amount > left:
        raise AmountTooHigh(
            f"{data.amount:.2f} is more than the {left:.2f} still to pay of the award",
            detail_zh=f"拨付金额 {data.amount:.2f} 超过尚未拨付的核定金额 {left:.2f}",
            extra={"outstanding": f"{left:.2f}"},
        )
    if await repository.voucher_used(session, data.voucher_no):
        raise _voucher_used(data.voucher_no)
    session.add(
        MunicipalSupportDisbursement(
            id=uuid.uuid4(),
            application_id=application.id,
            voucher_no=data.voucher_no,
            amount=data.amount,
            paid_on=data.paid_on,
            actor=principal.sub,
            created_at=utcnow(),
        )
    )
    try:
        await session.flush()
    except IntegrityError as exc:
        raise _voucher_used(data.voucher_no) from exc
    await ledger.disburse(
        session,
        year=application.budget_year,
        category=BUDGET_CATEGORY,
        amount=data.amount,
        reference=f"municipal_support:{application.id}:{data.voucher_no}",
        actor=principal.sub,
    )
    application.disbursed_amount += data.amount
    if outstanding(application) == ZERO:
        application.status = Status.DISBURSED.value
    return data.amount


def _voucher_used(voucher_no: str) -> VoucherUsed:
    return VoucherUsed(
        f"voucher {voucher_no} was already used: nothing is paid twice",
        detail_zh=f"凭证号 {voucher_no} 已使用，不能重复拨付",
        errors=[FieldError("voucher_no", "already used")],
    )


async def _close(
    session: AsyncSession, principal: Principal, application: MunicipalSupportApplication
) -> Decimal | None:
    """Close; an unpaid remainder of the award goes back to the budget."""
    left = outstanding(application)
    if left > 0:
        assert application.budget_year is not None
        await ledger.release(
            session,
            year=application.budget_year,
            category=BUDGET_CATEGORY,
            amount=left,
            reference=f"municipal_support:{application.id}:close",
            actor=principal.sub,
        )
        application.released_amount += left
    application.status = Status.CLOSED.value
    return left if left > 0 else None


async def _transition(
    session: AsyncSession,
    principal: Principal,
    application: MunicipalSupportApplication,
    *,
    action: str,
    from_status: str | None,
    amount: Decimal | None,
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
            amount=amount,
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
        amount=amount,
        actor=principal.sub,
        at=now,
    )
    await access.publish(
        session,
        topic=contract.MUNICIPAL_SUPPORT_TOPIC,
        type_=contract.MUNICIPAL_SUPPORT_CHANGED,
        key=application.id,
        body=body,
    )
