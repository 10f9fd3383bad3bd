"""Automatic evaluation of an upgrade (免申即享): the city's rule and every district supplement
(五(八)) of the center's district, each as its own priced line (DESIGN 3, issue 4 item 3)."""

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from funding.policies import repository as policies
from funding.policies import upgrade_support
from funding.policies.models import CITY
from funding.support_cases import repository
from funding.support_cases.opening import case_row, hold_if_provisional, line_row, open_cases, settle
from funding.support_cases.programmes import Kind, upgrade_subject
from shared.contracts.registry import CenterUpgraded
from shared.write_together import Write

UPGRADE_SUPPORT = Kind.UPGRADE_SUPPORT.value
UPGRADE_POLICY_CODE = "upgrade_support"
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


@dataclass(frozen=True)
class _Known:
    """What the evaluation needs of a case the center already has (or got earlier in the batch)."""

    id: uuid.UUID
    tier: str
    status: str
    options: list[dict[str, str]]


def price_line(
    version: policies.VersionInForce,
    *,
    jurisdiction: str,
    position: int,
    facts: upgrade_support.UpgradeFacts,
    prior: list[upgrade_support.PriorSupport],
) -> dict[str, Any]:
    """One policy version applied to the facts: a ``support_case_line`` row with its options,
    status, reason and full trace."""
    decision = upgrade_support.evaluate(version.parameters, facts, prior)
    line = line_row(
        position=position,
        policy_code=version.policy_code,
        policy_version=version.version,
        clause=version.clause,
        jurisdiction=jurisdiction,
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
    )
    return hold_if_provisional(line, provisional=version.provisional)


Upgrade = tuple[uuid.UUID, CenterUpgraded]  # (the event's id, its body)


# The city's version in force (if any) and the district's supplements in force.
InForce = tuple[policies.VersionInForce | None, list[policies.VersionInForce]]


class _PolicyLookup:
    """The city's version and the district's supplements in force, asked once per district and
    date within one batch of upgrades (one query for both)."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._in_force: dict[
            tuple[str, dt.date], tuple[policies.VersionInForce | None, list[policies.VersionInForce]]
        ] = {}

    async def city_and_district(self, district: str, on: dt.date) -> InForce:
        key = (district, on)
        if key not in self._in_force:
            self._in_force[key] = await policies.policy_and_jurisdiction_in_force(
                self._session, UPGRADE_POLICY_CODE, district, upgrade_support.RULE_KIND, on
            )
        return self._in_force[key]


async def evaluate_upgrades(
    session: AsyncSession, upgrades: list[Upgrade], *, together_with: Sequence[Write] = ()
) -> None:
    """Evaluate upgrade support by itself (免申即享), once per center and tier, ever.

    Many upgrades in order, in the caller's transaction, set-based: one query for
    the centers' earlier cases, one per distinct date for the policies in force, then the cases,
    their lines, their events and the caller's ``together_with`` written together (one round trip
    for one upgrade on PostgreSQL, a multi-row insert each for a consumer's batch; see
    shared.write_together and shared.consumer)."""
    center_ids = list(dict.fromkeys(body.center.id for _, body in upgrades))
    earlier: dict[uuid.UUID, list[_Known]] = {center_id: [] for center_id in center_ids}
    for c in await repository.of_centers(session, center_ids, UPGRADE_SUPPORT):
        earlier[c.center_id].append(_Known(c.id, c.tier, c.status, c.options))
    lookup = _PolicyLookup(session)
    cases: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    for event_id, body in upgrades:
        known = earlier[body.center.id]
        if any(c.tier == body.upgrade.to_tier for c in known):
            continue  # a replayed or duplicated upgrade changes nothing
        case, case_lines = await _new_case(lookup, event_id, body, known)
        known.append(_Known(case["id"], case["tier"], case["status"], case["options"]))
        cases.append(case)
        lines += [{**line, "case_id": case["id"]} for line in case_lines]
    await open_cases(session, cases, lines, together_with=together_with)


async def _new_case(
    lookup: _PolicyLookup, event_id: uuid.UUID, body: CenterUpgraded, earlier: list[_Known]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A new ``support_case`` row and its ``support_case_line`` rows."""
    inputs = _inputs(body)
    facts = upgrade_support.facts_from_inputs(inputs)
    prior = [
        upgrade_support.PriorSupport(case_id=str(c.id), tier=c.tier, status=c.status, options=c.options)
        for c in earlier
        if c.status not in NOT_RECEIVED
    ]
    case = case_row(
        kind=UPGRADE_SUPPORT,
        center_id=body.center.id,
        tier=body.upgrade.to_tier,
        subject_key=upgrade_subject(body.center.id, body.upgrade.to_tier),
        inputs=inputs,
        source_event_id=event_id,
    )
    lines: list[dict[str, Any]] = []
    district = body.center.district
    city, supplements = await lookup.city_and_district(district, facts.approved_on)
    if city is None:
        case["reason"] = (
            f"no version of policy '{UPGRADE_POLICY_CODE}' is in force on "
            f"{facts.approved_on}: a person must decide"
        )
        case["trace"] = [{"step": "policy", "detail": case["reason"]}]
    else:
        lines.append(price_line(city, jurisdiction=CITY, position=0, facts=facts, prior=prior))
    for version in supplements:
        lines.append(
            price_line(version, jurisdiction=district, position=len(lines), facts=facts, prior=prior)
        )
    settle(case, lines, city_priced=city is not None)
    return case, lines
