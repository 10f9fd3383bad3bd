"""Automatic evaluation of an upgrade (免申即享): the city's rule and every district supplement
(五(八)) of the center's district, each as its own priced line (DESIGN 3, issue 4 item 3)."""

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from funding.policies import repository as policies
from funding.policies import upgrade_support
from funding.policies.models import PolicyVersion
from funding.support_cases import events, repository
from funding.support_cases.models import ZERO, SupportCase, SupportCaseLine
from shared.contracts.registry import CenterUpgraded
from shared.db import utcnow

UPGRADE_SUPPORT = "upgrade_support"
UPGRADE_POLICY_CODE = "upgrade_support"
CITY = "city"
# Cases that never gave anything do not count as support already received.
NOT_RECEIVED = frozenset({"ineligible", "rejected", "cancelled"})


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
        "district": body.center.district,
    }


def price_line(
    version: PolicyVersion,
    *,
    jurisdiction: str,
    position: int,
    facts: upgrade_support.UpgradeFacts,
    prior: list[upgrade_support.PriorSupport],
) -> SupportCaseLine:
    """One policy version applied to the facts: its options, status, reason and full trace."""
    decision = upgrade_support.evaluate(version.parameters, facts, prior)
    return SupportCaseLine(
        id=uuid.uuid4(),
        position=position,
        policy_code=version.policy_code,
        policy_version=version.version,
        clause=version.clause,
        jurisdiction=jurisdiction,
        category=version.policy_code,
        status=decision.status,
        options=[{"type": o.type, "amount": f"{o.amount:.2f}"} for o in decision.options],
        reason=decision.reason,
        trace=[
            {
                "step": "policy",
                "detail": f"{version.policy_code} v{version.version} "
                f"({version.clause}, {jurisdiction}) in force on {facts.approved_on}",
            },
            *decision.trace,
        ],
        disbursed_amount=ZERO,
    )


def case_status(lines: list[SupportCaseLine], *, city_priced: bool) -> str:
    """Any line for a person to decide → needs_review; else evaluated if a line pays; else ineligible."""
    if not city_priced or any(line.status == "needs_review" for line in lines):
        return "needs_review"
    if any(line.status == "evaluated" and line.options for line in lines):
        return "evaluated"
    return "ineligible"


async def evaluate_upgrade(
    session: AsyncSession, *, event_id: uuid.UUID, body: CenterUpgraded
) -> SupportCase:
    """Evaluate upgrade support by itself, once per center and tier, ever."""
    center_id, tier = body.center.id, body.upgrade.to_tier
    # One query for every upgrade case of the center: the tier's own, and what it already has.
    earlier = await repository.of_center(session, center_id, UPGRADE_SUPPORT)
    existing = next((c for c in earlier if c.tier == tier), None)
    if existing is not None:
        return existing  # a replayed or duplicated upgrade changes nothing
    inputs = _inputs(body)
    facts = upgrade_support.facts_from_inputs(inputs)
    prior = [
        upgrade_support.PriorSupport(case_id=str(c.id), tier=c.tier, status=c.status, options=c.options)
        for c in earlier
        if c.status not in NOT_RECEIVED
    ]
    now = utcnow()
    case = SupportCase(
        id=uuid.uuid4(),
        center_id=center_id,
        kind=UPGRADE_SUPPORT,
        tier=tier,
        inputs=inputs,
        source_event_id=event_id,
        disbursed_amount=ZERO,
        version=1,
        created_at=now,
        updated_at=now,
    )
    lines: list[SupportCaseLine] = []
    city = await policies.version_in_force(session, UPGRADE_POLICY_CODE, facts.approved_on)
    if city is None:
        case.options, case.policy_code, case.policy_version, case.clause = [], None, None, None
        case.reason = (
            f"no version of policy '{UPGRADE_POLICY_CODE}' is in force on "
            f"{facts.approved_on}: a person must decide"
        )
        case.trace = [{"step": "policy", "detail": case.reason}]
    else:
        city_line = price_line(city, jurisdiction=CITY, position=0, facts=facts, prior=prior)
        lines.append(city_line)
        case.options, case.reason, case.trace = city_line.options, city_line.reason, city_line.trace
        case.policy_code, case.policy_version, case.clause = city.policy_code, city.version, city.clause
    district = body.center.district
    for version in await repository.district_upgrade_versions(session, district, facts.approved_on):
        lines.append(
            price_line(version, jurisdiction=district, position=len(lines), facts=facts, prior=prior)
        )
    case.status = case_status(lines, city_priced=city is not None)
    if case.reason is None and case.status != "evaluated":
        case.reason = "; ".join(f"{line.policy_code}: {line.reason}" for line in lines if line.reason)
    case.lines = lines
    session.add(case)
    await session.flush()
    await events.evaluated(session, case)
    return case
