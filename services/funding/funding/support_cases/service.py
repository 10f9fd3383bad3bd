"""Support-case use cases. Services flush, never commit: the handler or route owns the transaction."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from funding.messaging import outbox
from funding.policies import repository as policies
from funding.policies import upgrade_support
from funding.support_cases import repository
from funding.support_cases.models import SupportCase
from shared.auth import Principal, Role, list_scope
from shared.contracts import funding as contract
from shared.contracts.registry import CenterUpgraded
from shared.db import utcnow
from shared.errors import Forbidden, NotFound
from shared.events import CloudEvent

UPGRADE_SUPPORT = "upgrade_support"
UPGRADE_POLICY_CODE = "upgrade_support"
# Cases that never gave anything do not count as support already received.
_NOT_RECEIVED = frozenset({"ineligible", "rejected", "cancelled"})
CITY_WIDE_ROLES = (Role.MUNICIPAL_ADMIN, Role.FINANCE_OFFICER, Role.EXPERT, Role.INTEGRATION)


class SupportCaseNotFound(NotFound):
    code = "support-case-not-found"


def _inputs(body: CenterUpgraded) -> dict[str, Any]:
    up = body.upgrade
    return {
        "center_id": str(body.center.id),
        "upgrade_id": str(up.upgrade_id),
        "from_tier": up.from_tier,
        "to_tier": up.to_tier,
        "approved_on": up.approved_on.isoformat(),
        "document_no": up.document_no,
        "total_share_capital": f"{up.total_share_capital:.2f}",
        "paid_in_capital": None if up.paid_in_capital is None else f"{up.paid_in_capital:.2f}",
        "requires_matching_funds": up.requires_matching_funds,
    }


async def evaluate_upgrade(
    session: AsyncSession, *, event_id: uuid.UUID, body: CenterUpgraded
) -> SupportCase:
    """Evaluate upgrade support by itself (免申即享), once per center and tier, ever."""
    center_id, tier = body.center.id, body.upgrade.to_tier
    # One query for every upgrade case of the center: the tier's own, and what it already has.
    earlier = await repository.of_center(session, center_id, UPGRADE_SUPPORT)
    existing = next((c for c in earlier if c.tier == tier), None)
    if existing is not None:
        return existing  # a replayed or duplicated upgrade changes nothing
    inputs = _inputs(body)
    facts = upgrade_support.facts_from_inputs(inputs)
    version = await policies.version_in_force(session, UPGRADE_POLICY_CODE, facts.approved_on)
    now = utcnow()
    case = SupportCase(
        id=uuid.uuid4(),
        center_id=center_id,
        kind=UPGRADE_SUPPORT,
        tier=tier,
        inputs=inputs,
        source_event_id=event_id,
        created_at=now,
        updated_at=now,
    )
    if version is None:
        case.status = "needs_review"
        case.options = []
        case.reason = (
            f"no version of policy '{UPGRADE_POLICY_CODE}' is in force on "
            f"{facts.approved_on}: a person must decide"
        )
        case.trace = [{"step": "policy", "detail": case.reason}]
    else:
        prior = [
            upgrade_support.PriorSupport(case_id=str(c.id), tier=c.tier, status=c.status, options=c.options)
            for c in earlier
            if c.status not in _NOT_RECEIVED
        ]
        decision = upgrade_support.evaluate(version.parameters, facts, prior)
        case.status = decision.status
        case.options = [{"type": o.type, "amount": f"{o.amount:.2f}"} for o in decision.options]
        case.reason = decision.reason
        case.policy_code, case.policy_version, case.clause = (
            version.policy_code,
            version.version,
            version.clause,
        )
        case.trace = [
            {
                "step": "policy",
                "detail": f"{version.policy_code} v{version.version} "
                f"({version.clause}) in force on {facts.approved_on}",
            },
            *decision.trace,
        ]
    session.add(case)
    await session.flush()
    await _publish_evaluated(session, case)
    return case


async def _publish_evaluated(session: AsyncSession, case: SupportCase) -> None:
    body = contract.SupportCaseEvaluated(
        case_id=case.id,
        center_id=case.center_id,
        kind=case.kind,
        tier=case.tier,
        status=case.status,
        options=[contract.PricedOption.model_validate(o) for o in case.options],
        reason=case.reason,
        policy_code=case.policy_code,
        policy_version=case.policy_version,
        evaluated_at=case.created_at,
    )
    event = CloudEvent(
        source=contract.SOURCE,
        type=contract.SUPPORT_CASE_EVALUATED,
        subject=str(case.id),
        data=body.model_dump(mode="json"),
    )
    await outbox.add(session, event, topic=contract.SUPPORT_CASE_TOPIC, key=str(case.center_id))


def _scope(principal: Principal) -> tuple[str | None, uuid.UUID | None]:
    scope = list_scope(principal, city_wide=CITY_WIDE_ROLES)
    if scope is None:
        raise Forbidden("your role may not see support cases", detail_zh="您的角色不能查看支持案件")
    return scope.district, scope.center_id


async def list_cases(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    filters: dict[str, object | None],
) -> Sequence[SupportCase]:
    district, center = _scope(principal)
    return await repository.list_page(
        session, limit=limit, cursor=cursor, filters=filters, district_scope=district, center_scope=center
    )


async def get_case(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> SupportCase:
    district, center = _scope(principal)
    rows = await repository.list_page(
        session, limit=1, cursor=None, filters={"id": case_id}, district_scope=district, center_scope=center
    )
    if not rows:
        raise SupportCaseNotFound(
            f"no support case {case_id} in your scope", detail_zh=f"您的范围内没有支持案件 {case_id}"
        )
    return rows[0]
