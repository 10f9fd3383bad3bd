"""The support-case workflow's use cases (issue 4): every action checks who, from which status,
writes its history row and an event in the route's (or handler's) transaction; money moves
through the budget ledger in the same transaction."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from funding.budgets import ledger
from funding.policies.models import Policy
from funding.support_cases import events, repository, service
from funding.support_cases.exceptions import (
    ActionNotAllowed,
    DisbursementExceedsApproved,
    ReviewerCannotApprove,
    SameOfficer,
    SameReviewer,
    SupportCaseNotFound,
    VoucherUsed,
)
from funding.support_cases.models import (
    ZERO,
    Disbursement,
    SupportCase,
    SupportCaseLine,
    SupportCaseTransition,
)
from funding.support_cases.programmes import GRANT, PROGRAMMES
from funding.support_cases.schemas import ActionIn
from funding.support_cases.workflow import (
    SUSPENDABLE,
    SupportCaseAction,
    SupportCaseStatus,
    actor_kinds,
    allowed_from,
    may_take,
    roles_for,
)
from shared.auth import Principal
from shared.china_time import CHINA, china_today
from shared.db import utcnow
from shared.errors import FieldError, Forbidden, Unprocessable
from shared.etag import require_match

SYSTEM_ACTOR, SYSTEM_ROLE = "system:registry", "system"


@dataclass
class Outcome:
    """Where an action leaves the case, and what the history should say about it."""

    to_status: SupportCaseStatus
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Who:
    sub: str
    role: str


Step = Callable[[AsyncSession, Who, SupportCase, ActionIn], Awaitable[Outcome]]


def _require(body: ActionIn, *names: str) -> None:
    missing = [
        FieldError(n, "required for this action", "此操作必填") for n in names if getattr(body, n) is None
    ]
    if missing:
        raise Unprocessable(
            "the action is missing fields: " + ", ".join(e.field for e in missing),
            detail_zh="操作缺少字段：" + "、".join(e.field for e in missing),
            errors=missing,
        )


def _reference(case: SupportCase) -> str:
    return f"support-case:{case.id}"


def _amount(line: SupportCaseLine, option: str) -> Decimal | None:
    for o in line.options:
        if o["type"] == option:
            return Decimal(o["amount"])
    return None


async def _select_option(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    """The center (or the bureau) chooses grant or equity; each paying line takes that option
    unless ``line_options`` names another for it. A re-selection voids a first approval."""
    _require(body, "option")
    assert body.option is not None
    chosen = body.line_options or {}
    paying = [line for line in case.lines if line.status == "evaluated" and line.options]
    errors = [
        FieldError(f"line_options.{code}", "no such paying line on this case", "本案件没有该支付条目")
        for code in chosen
        if code not in {line.policy_code for line in paying}
    ]
    picks: dict[str, dict[str, str]] = {}
    for line in paying:
        option = chosen.get(line.policy_code, body.option)
        amount = _amount(line, option)
        if amount is None:
            offered = ", ".join(o["type"] for o in line.options)
            errors.append(
                FieldError(
                    f"line_options.{line.policy_code}",
                    f"this line offers only: {offered}; choose one",
                    f"该条目只提供：{offered}；请选择其一",
                )
            )
            continue
        picks[line.policy_code] = {"option": option, "amount": f"{amount:.2f}"}
    if errors:
        raise Unprocessable(
            "the option cannot be applied to every line",
            detail_zh="所选方案不适用于全部支持事项",
            errors=errors,
        )
    if not picks or sum(Decimal(p["amount"]) for p in picks.values()) <= 0:
        raise Unprocessable(
            "the selected option pays nothing",
            detail_zh="所选方案金额为零",
            errors=[FieldError("option", "pays nothing on this case", "在本案件中不支付任何金额")],
        )
    for line in case.lines:
        line.selected_option = picks[line.policy_code]["option"] if line.policy_code in picks else None
    details: dict[str, Any] = {"option": body.option, "lines": picks}
    if case.first_approved_by is not None:
        details["voided_first_approval_by"] = case.first_approved_by
    case.selected_option = body.option
    case.first_approved_by, case.first_approved_at = None, None
    return Outcome(SupportCaseStatus.OPTION_SELECTED, details)


async def _approve(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    """Maker-checker: the first officer's approval is recorded; a different officer's second one
    approves and commits each line's amount against its category's budget of this year."""
    reviewers = {case.resolved_by, case.resolution_proposed_by} - {None}
    if who.sub in reviewers:
        raise ReviewerCannotApprove(
            f"{who.sub} reviewed this case (decided its amounts): its approvals come from others",
            detail_zh=f"{who.sub} 审核决定了该案件的金额，不能再审批该案件",
        )
    now = utcnow()
    if case.first_approved_by is None:
        case.first_approved_by, case.first_approved_at = who.sub, now
        return Outcome(SupportCaseStatus.OPTION_SELECTED, {"approval": 1})
    if case.first_approved_by == who.sub:
        raise SameOfficer(
            f"{who.sub} already gave the first approval; the second must come from another finance officer",
            detail_zh=f"{who.sub} 已作出第一次审批，第二次审批须由另一名财务人员作出",
        )
    year = now.astimezone(CHINA).year
    commitments: list[dict[str, str]] = []
    total = ZERO
    for line in case.lines:
        if line.selected_option is None:
            continue
        amount = _amount(line, line.selected_option)
        assert amount is not None
        await ledger.commit(
            session,
            year=year,
            category=line.category,
            amount=amount,
            reference=_reference(case),
            actor=who.sub,
        )
        line.approved_amount = amount
        total += amount
        commitments.append({"category": line.category, "amount": f"{amount:.2f}"})
    case.approved_amount, case.budget_year = total, year
    case.approved_by, case.approved_at = who.sub, now
    details = {"approval": 2, "first_approved_by": case.first_approved_by, "budget_year": year}
    return Outcome(SupportCaseStatus.APPROVED, {**details, "commitments": commitments})


async def _release_commitments(session: AsyncSession, who: Who, case: SupportCase) -> list[dict[str, str]]:
    """Give back what an approval committed and was not paid (a reject or cancel after approval)."""
    released: list[dict[str, str]] = []
    if case.budget_year is None:
        return released
    for line in case.lines:
        if line.approved_amount is None:
            continue
        remaining = line.approved_amount - line.disbursed_amount
        if remaining > 0:
            await ledger.release(
                session,
                year=case.budget_year,
                category=line.category,
                amount=remaining,
                reference=_reference(case),
                actor=who.sub,
            )
            released.append({"category": line.category, "amount": f"{remaining:.2f}"})
    return released


async def _reject(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    _require(body, "comment")
    return Outcome(SupportCaseStatus.REJECTED, {"released": await _release_commitments(session, who, case)})


async def _cancel(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    _require(body, "comment")
    return Outcome(SupportCaseStatus.CANCELLED, {"released": await _release_commitments(session, who, case)})


async def _disburse(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    """A payment tranche: never above what is approved and unpaid; a voucher pays once, ever."""
    _require(body, "voucher_no", "amount", "paid_on")
    assert body.voucher_no is not None
    assert body.amount is not None
    assert body.paid_on is not None
    if body.amount <= 0:
        raise Unprocessable(
            "a tranche pays more than zero",
            detail_zh="拨付金额必须大于零",
            errors=[FieldError("amount", "must be greater than 0", "应大于 0")],
        )
    if body.paid_on > china_today():
        raise Unprocessable(
            "the payment date is in the future",
            detail_zh="拨付日期不能晚于今天",
            errors=[FieldError("paid_on", "must not be in the future", "不能是将来的日期")],
        )
    assert case.approved_amount is not None
    assert case.budget_year is not None
    remaining = case.approved_amount - case.disbursed_amount
    if body.amount > remaining:
        raise DisbursementExceedsApproved(
            f"{body.amount:.2f} is more than the {remaining:.2f} approved and not yet paid",
            detail_zh=f"拨付金额 {body.amount:.2f} 超过已批准未拨付的 {remaining:.2f}",
            extra={"approved": f"{case.approved_amount:.2f}", "disbursed": f"{case.disbursed_amount:.2f}"},
        )
    if await repository.voucher(session, body.voucher_no) is not None:
        raise _voucher_used(body.voucher_no)
    reference = f"{_reference(case)}:voucher:{body.voucher_no}"
    left, allocations = body.amount, []
    for line in case.lines:  # the city line first, then each district supplement
        if left == 0 or line.approved_amount is None:
            continue
        part = min(left, line.approved_amount - line.disbursed_amount)
        if part <= 0:
            continue
        await ledger.disburse(
            session,
            year=case.budget_year,
            category=line.category,
            amount=part,
            reference=reference,
            actor=who.sub,
        )
        line.disbursed_amount += part
        left -= part
        allocations.append({"category": line.category, "year": case.budget_year, "amount": f"{part:.2f}"})
    payment = Disbursement(
        id=uuid.uuid4(),
        case_id=case.id,
        voucher_no=body.voucher_no,
        amount=body.amount,
        paid_on=body.paid_on,
        allocations=allocations,
        recorded_by=who.sub,
        created_at=utcnow(),
    )
    try:
        async with session.begin_nested():
            session.add(payment)
            await session.flush()
    except IntegrityError as exc:  # the same voucher recorded concurrently on another case
        raise _voucher_used(body.voucher_no) from exc
    case.disbursed_amount += body.amount
    fully_paid = case.disbursed_amount == case.approved_amount
    details = {
        "voucher_no": body.voucher_no,
        "amount": f"{body.amount:.2f}",
        "paid_on": body.paid_on.isoformat(),
        "allocations": allocations,
        "disbursed_total": f"{case.disbursed_amount:.2f}",
    }
    return Outcome(SupportCaseStatus.DISBURSED if fully_paid else SupportCaseStatus.APPROVED, details)


def _voucher_used(voucher_no: str) -> VoucherUsed:
    return VoucherUsed(
        f"voucher {voucher_no} is already recorded: a voucher pays once",
        detail_zh=f"凭证号 {voucher_no} 已登记，同一凭证不能重复拨付",
    )


async def _close(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    return Outcome(SupportCaseStatus.CLOSED)


async def _resolve(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    """The bureau decides a needs_review case (the human decides, the system records): the amounts
    to pay per line (→ evaluated) or ineligible, with a justification kept in every trace."""
    _require(body, "decision", "justification")
    note = {"step": "resolution", "detail": f"decided by {who.sub}: {body.justification}"}
    if body.decision == "ineligible":
        for line in case.lines:
            line.status, line.trace = "ineligible", [*line.trace, note]
        case.reason, case.trace = body.justification, [*case.trace, note]
        case.resolved_by, case.proposed_resolution = who.sub, None
        return Outcome(
            SupportCaseStatus.INELIGIBLE, {"decision": "ineligible", "justification": body.justification}
        )
    _require(body, "lines")
    assert body.lines is not None
    codes = [r.policy_code for r in body.lines]
    errors = [
        FieldError("lines", f"policy {c} is listed twice", f"政策 {c} 重复列出")
        for c in set(codes)
        if codes.count(c) > 1
    ]
    by_code = {line.policy_code: line for line in case.lines}
    unknown = [c for c in codes if c not in by_code]
    policies = {
        p.code: p for p in (await session.scalars(select(Policy).where(Policy.code.in_(unknown)))).all()
    }
    errors += [
        FieldError(f"lines.{i}.policy_code", "unknown policy", "未知的政策")
        for i, c in enumerate(codes)
        if c in unknown and c not in policies
    ]
    for i, resolved in enumerate(body.lines):
        types = [o.type for o in resolved.options]
        if len(set(types)) != len(types):
            errors.append(
                FieldError(f"lines.{i}.options", "each option type at most once", "每种选项类型最多一次")
            )
        if all(o.amount <= 0 for o in resolved.options):
            errors.append(
                FieldError(
                    f"lines.{i}.options",
                    "a line to pay needs an amount above zero",
                    "待支付条目的金额应大于零",
                )
            )
    if errors:
        raise Unprocessable("the resolution is not valid", detail_zh="处理决定数据有误", errors=errors)
    above = _above_caps(case, body)
    if above:
        proposal = body.model_dump(mode="json", include={"decision", "lines", "justification"})
        held = case.proposed_resolution or {}
        same_terms = {k: held.get(k) for k in ("decision", "lines")} == {
            k: proposal[k] for k in ("decision", "lines")
        }
        if not same_terms or case.resolution_proposed_by is None:
            # Above the request or the rule's cap: recorded, and applied only by a second reviewer.
            case.proposed_resolution, case.resolution_proposed_by = proposal, who.sub
            return Outcome(SupportCaseStatus.NEEDS_REVIEW, {"proposed": proposal, "above_caps": above})
        if case.resolution_proposed_by == who.sub:
            raise SameReviewer(
                f"{who.sub} proposed these amounts; above the request or the rule's cap a second "
                "reviewer applies them",
                detail_zh=f"{who.sub} 提出了该金额；超出申请金额或规则上限的，须由另一名审核人确认",
                extra={"above_caps": above},
            )
    for code in unknown:
        policy = policies[code]
        line = SupportCaseLine(
            id=uuid.uuid4(),
            case_id=case.id,
            position=len(case.lines),
            policy_code=code,
            policy_version=None,
            clause=policy.clause,
            jurisdiction=policy.jurisdiction,
            category=code,
            status="needs_review",
            options=[],
            reason=None,
            trace=[{"step": "policy", "detail": f"{code} ({policy.clause}): amounts set by a person"}],
            disbursed_amount=ZERO,
        )
        case.lines.append(line)
        by_code[code] = line
    paid = {r.policy_code: r for r in body.lines}
    for line in case.lines:
        decided = paid.get(line.policy_code)
        if decided is None:
            line.status, line.options = "ineligible", []
            line.reason = f"not paid by the resolution of {who.sub}"
            line.trace = [*line.trace, note, {"step": "resolution", "detail": line.reason}]
            continue
        line.status, line.reason = "evaluated", None
        line.options = [{"type": o.type, "amount": f"{o.amount:.2f}"} for o in decided.options]
        line.trace = [
            *line.trace,
            note,
            {"step": "resolution", "detail": "options set", "options": line.options},
        ]
    city = case.lines[0] if case.lines else None
    if city is not None and city.jurisdiction == "city":
        case.options = city.options
        case.policy_code, case.clause = city.policy_code, city.clause
    case.reason, case.trace = body.justification, [*case.trace, note]
    details: dict[str, Any] = {
        "decision": "pay",
        "justification": body.justification,
        "lines": {c: r.model_dump(mode="json")["options"] for c, r in paid.items()},
    }
    if above:
        details.update(above_caps=above, proposed_by=case.resolution_proposed_by)
    else:  # an earlier proposal not applied: its author reviewed nothing that stands
        case.resolution_proposed_by = None
    case.resolved_by, case.proposed_resolution = who.sub, None
    if PROGRAMMES[case.kind].center_chooses:
        return Outcome(SupportCaseStatus.EVALUATED, details)
    # A programme that pays one grant: it is selected with the amounts (nothing to choose).
    case.selected_option = GRANT
    for line in case.lines:
        line.selected_option = GRANT if line.status == "evaluated" and _amount(line, GRANT) else None
    return Outcome(SupportCaseStatus.OPTION_SELECTED, details)


def _above_caps(case: SupportCase, body: ActionIn) -> list[dict[str, str]]:
    """Where a resolution pays more than the rule priced a line at, or in all more than the center
    asked for: each such amount, its cap and what sets it."""
    assert body.lines is not None
    above: list[dict[str, str]] = []
    priced = {line.policy_code: line for line in case.lines}
    totals: dict[str, Decimal] = {}
    for resolved in body.lines:
        line = priced.get(resolved.policy_code)
        for option in resolved.options:
            totals[option.type] = totals.get(option.type, ZERO) + option.amount
            cap = _amount(line, option.type) if line is not None else None
            if cap is not None and option.amount > cap:
                above.append(
                    {
                        "line": resolved.policy_code,
                        "option": option.type,
                        "amount": f"{option.amount:.2f}",
                        "cap": f"{cap:.2f}",
                        "set_by": "the rule's priced amount",
                    }
                )
    if case.requested_amount is not None:
        for option_type, total in totals.items():
            if total > case.requested_amount:
                above.append(
                    {
                        "line": "all",
                        "option": option_type,
                        "amount": f"{total:.2f}",
                        "cap": f"{case.requested_amount:.2f}",
                        "set_by": "the amount requested",
                    }
                )
    return above


async def _suspend(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    _require(body, "comment")
    case.suspended_from = case.status
    return Outcome(SupportCaseStatus.SUSPENDED, {"suspended_from": case.status})


async def _resume(session: AsyncSession, who: Who, case: SupportCase, body: ActionIn) -> Outcome:
    back = SupportCaseStatus(case.suspended_from or SupportCaseStatus.EVALUATED)
    case.suspended_from = None
    return Outcome(back, {"resumed_to": back.value})


STEPS: dict[SupportCaseAction, Step] = {
    SupportCaseAction.SELECT_OPTION: _select_option,
    SupportCaseAction.APPROVE: _approve,
    SupportCaseAction.REJECT: _reject,
    SupportCaseAction.DISBURSE: _disburse,
    SupportCaseAction.CLOSE: _close,
    SupportCaseAction.RESOLVE: _resolve,
    SupportCaseAction.CANCEL: _cancel,
    SupportCaseAction.SUSPEND: _suspend,
    SupportCaseAction.RESUME: _resume,
}


async def take_action(
    session: AsyncSession,
    principal: Principal,
    case_id: uuid.UUID,
    action: SupportCaseAction,
    body: ActionIn,
    *,
    if_match: str | None = None,
) -> SupportCase:
    """Check the caller and the status, run the action, keep its history row and event."""
    if not principal.has(*roles_for(action)):
        names = ", ".join(sorted(r.value for r in roles_for(action)))
        raise Forbidden(
            f"'{action.value}' needs one of the roles: {names}",
            detail_zh=f"{action.value} 需要以下角色之一：{names}",
        )
    # The read's own scope first: a case outside it is not there for this caller (404, as when
    # reading it), rather than a 403 that would tell it exists.
    await service.get_case(session, principal, case_id)
    case = await repository.get(session, case_id, for_update=True)
    if case is None:
        raise SupportCaseNotFound(f"no support case {case_id}", detail_zh=f"未找到支持案件 {case_id}")
    if not may_take(action, actor_kinds(principal.roles, own_center=principal.center_id == case.center_id)):
        raise Forbidden(
            f"you may not {action.value} a case of another center",
            detail_zh=f"您不能对其他创新中心的支持案件执行 {action.value}",
        )
    if if_match is not None:
        require_match(if_match, case.version)
    await _run(session, Who(principal.sub, principal.primary_role), case, action, body)
    return case


async def _run(
    session: AsyncSession,
    who: Who,
    case: SupportCase,
    action: SupportCaseAction,
    body: ActionIn,
    extra: dict[str, Any] | None = None,
) -> SupportCaseTransition:
    current = SupportCaseStatus(case.status)
    if not allowed_from(action, current):
        raise ActionNotAllowed(
            f"'{action.value}' is not allowed from status '{current.value}'",
            detail_zh=f"当前状态 {current.value} 下不能执行 {action.value}",
            extra={"case_status": current.value},
        )
    outcome = await STEPS[action](session, who, case, body)
    now = utcnow()
    record = SupportCaseTransition(
        id=uuid.uuid4(),
        case_id=case.id,
        action=action.value,
        from_status=current.value,
        to_status=outcome.to_status.value,
        actor=who.sub,
        actor_role=who.role,
        comment=body.comment,
        details={**outcome.details, **(extra or {})},
        created_at=now,
    )
    case.status = outcome.to_status.value
    case.version += 1
    case.updated_at = now
    session.add(record)
    await session.flush()
    await events.status_changed(session, case, record)
    return record


async def withdraw(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, comment: str | None
) -> None:
    """The applicant withdraws what opened the case (an application): the case is cancelled and
    whatever its approval committed and did not pay is released. A case fully paid, closed or
    otherwise ended cannot be withdrawn (409, as for ``cancel``)."""
    case = await repository.get(session, case_id, for_update=True)
    if case is None:
        raise SupportCaseNotFound(f"no support case {case_id}", detail_zh=f"未找到支持案件 {case_id}")
    body = ActionIn(comment=comment or "withdrawn by the applicant")
    await _run(
        session,
        Who(principal.sub, principal.primary_role),
        case,
        SupportCaseAction.CANCEL,
        body,
        {"withdrawn": True},
    )


async def suspend_for_revocation(
    session: AsyncSession, *, center_id: uuid.UUID, event_id: uuid.UUID, actor: str, comment: str | None
) -> int:
    """A center revoked in registry: suspend each of its open cases, with the reason and the event id."""
    statuses = frozenset(s.value for s in SUSPENDABLE)
    cases = await repository.open_of_center(session, center_id, statuses)
    reason = "center revoked in registry" + (f": {comment}" if comment else "")
    body = ActionIn(comment=reason)
    for case in cases:
        extra = {"event_id": str(event_id), "revoked_by": actor}
        await _run(session, Who(SYSTEM_ACTOR, SYSTEM_ROLE), case, SupportCaseAction.SUSPEND, body, extra)
    return len(cases)
