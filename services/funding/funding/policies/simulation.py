"""What-if (DESIGN 3): run a version — a draft, typically — over every past triggering fact.

Every priced rule can be simulated: the triggering facts are the stored ``inputs`` of the
support cases it prices — upgrades (of the policy's district's centers for a district policy),
platforms' yearly results, catalogue recognitions. Each case shows what the simulated version
gives beside what the version in force gave: the case's stored options when the case was priced
under this policy, else the version in force on the case's date recomputed now. An upgrade's
prior support is the center's earlier cases, as at evaluation; a recognition's, the firm's year
as stored. The caller runs this in a read-only transaction that is rolled back; nothing here adds
or changes a row.
"""

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from funding.first_set import rule as first_set_rule
from funding.platforms import rule as platform_rule
from funding.policies import repository, upgrade_support
from funding.policies.models import CITY, Policy, PolicyVersion
from funding.policies.schemas import OptionTotals, Outcome, SimulatedCase, SimulatedOption, SimulationOut
from funding.support_cases.models import SupportCase
from funding.support_cases.programmes import Kind
from shared.errors import FieldError, Unprocessable

# As in support_cases.service: cases that never gave anything are not support already received.
NOT_RECEIVED = frozenset({"ineligible", "rejected", "cancelled"})
OPTION_TYPES = ("grant", "equity")
ZERO = Decimal("0.00")


def _signed(amount: Decimal) -> str:
    return f"{amount:.2f}"


def _amounts(options: list[SimulatedOption]) -> dict[str, Decimal]:
    sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for option in options:
        sums[option.type] += option.amount
    return sums


@dataclass(frozen=True)
class _Decision:
    """What one version gives for one fact, whatever the rule."""

    status: str
    options: list[dict[str, Any]]
    reason: str | None
    trace: list[dict[str, Any]]


def _outcome(version: PolicyVersion, decision: _Decision, source: str, *, with_trace: bool) -> Outcome:
    return Outcome.model_validate(
        {
            "source": source,
            "policy_version": version.version,
            "status": decision.status,
            "options": decision.options,
            "reason": decision.reason,
            "trace": decision.trace if with_trace else None,
        }
    )


class _InForce:
    """The policy's version in force per date, read once per date."""

    def __init__(self, session: AsyncSession, code: str) -> None:
        self._session, self._code = session, code
        self._by_date: dict[dt.date, PolicyVersion | None] = {}

    async def on(self, day: dt.date) -> PolicyVersion | None:
        if day not in self._by_date:
            self._by_date[day] = await repository.version_in_force(self._session, self._code, day)
        return self._by_date[day]


# One rule's way to price a stored fact: (the version's parameters, the case, the center's
# earlier cases) → its decision.
Price = Callable[[dict[str, Any], SupportCase, list[SupportCase]], _Decision]


@dataclass(frozen=True)
class _Rule:
    case_kind: str
    triggered_on: Callable[[dict[str, Any]], dt.date]
    price: Price
    by_district: bool  # a district's policy simulates over its own centers' cases only


def _price_upgrade(parameters: dict[str, Any], case: SupportCase, earlier: list[SupportCase]) -> _Decision:
    prior = [
        upgrade_support.PriorSupport(case_id=str(c.id), tier=c.tier, status=c.status, options=c.options)
        for c in earlier
        if c.status not in NOT_RECEIVED
    ]
    decision = upgrade_support.evaluate(parameters, upgrade_support.facts_from_inputs(case.inputs), prior)
    options = [{"type": o.type, "amount": o.amount} for o in decision.options]
    return _Decision(decision.status, options, decision.reason, decision.trace)


def _grant(amount: Decimal | None) -> list[dict[str, Any]]:
    return [] if amount is None or amount <= 0 else [{"type": "grant", "amount": amount}]


def _price_platform(parameters: dict[str, Any], case: SupportCase, _earlier: list[SupportCase]) -> _Decision:
    decision = platform_rule.evaluate(parameters, platform_rule.facts_from_inputs(case.inputs))
    return _Decision(decision.status, _grant(decision.amount), decision.reason, decision.trace)


def _price_recognition(
    parameters: dict[str, Any], case: SupportCase, _earlier: list[SupportCase]
) -> _Decision:
    already = Decimal(case.inputs["firm_already_granted"])  # the firm's year as it stood then
    decision = first_set_rule.evaluate(parameters, first_set_rule.facts_from_inputs(case.inputs), already)
    return _Decision(decision.status, _grant(decision.amount), decision.reason, decision.trace)


RULES: dict[str, _Rule] = {
    upgrade_support.RULE_KIND: _Rule(
        Kind.UPGRADE_SUPPORT, lambda i: dt.date.fromisoformat(i["approved_on"]), _price_upgrade, True
    ),
    platform_rule.RULE_KIND: _Rule(
        Kind.PLATFORM_SUBSIDY, lambda i: dt.date(int(i["year"]), 12, 31), _price_platform, False
    ),
    first_set_rule.RULE_KIND: _Rule(
        Kind.FIRST_SET_SUBSIDY, lambda i: dt.date.fromisoformat(i["recognized_on"]), _price_recognition, False
    ),
}


async def _current(
    rule: _Rule,
    case: SupportCase,
    policy: Policy,
    rule_kind: str,
    earlier: list[SupportCase],
    on: dt.date,
    in_force: _InForce,
) -> Outcome:
    """What the version in force gave the case: as stored when this policy priced it, else now."""
    if case.policy_code == policy.code:
        return Outcome.model_validate(
            {
                "source": "stored",
                "policy_version": case.policy_version,
                "status": case.status,
                "options": case.options,
                "reason": case.reason,
            }
        )
    version = await in_force.on(on)
    if version is None or version.rule_kind != rule_kind:
        return Outcome(source="no_version_in_force", policy_version=None, status="none", options=[])
    return _outcome(version, rule.price(version.parameters, case, earlier), "recomputed", with_trace=False)


def _in_window(version: PolicyVersion, day: dt.date) -> bool:
    return version.effective_from <= day and (version.effective_to is None or day <= version.effective_to)


async def simulate(session: AsyncSession, policy: Policy, version: PolicyVersion) -> SimulationOut:
    rule = RULES.get(version.rule_kind)
    if rule is None:
        known = ", ".join(sorted(RULES))
        raise Unprocessable(
            f"a version of rule kind {version.rule_kind} prices no case to simulate over; "
            f"rule kinds that can be simulated: {known}",
            detail_zh=f"规则类型 {version.rule_kind} 不对支持案件测算，无法模拟；可模拟的规则类型：{known}",
            errors=[FieldError("rule_kind", f"one of {known}", f"应为以下之一：{known}")],
        )
    district = None if policy.jurisdiction == CITY or not rule.by_district else policy.jurisdiction
    cases = await repository.cases_of_kind(session, rule.case_kind, district=district)
    in_force = _InForce(session, policy.code)
    earlier: dict[object, list[SupportCase]] = defaultdict(list)
    results: list[SimulatedCase] = []
    totals_current: dict[str, Decimal] = defaultdict(lambda: ZERO)
    totals_simulated: dict[str, Decimal] = defaultdict(lambda: ZERO)
    counts: dict[str, Counter[str]] = {"current": Counter(), "simulated": Counter()}
    for case in cases:
        before = list(earlier[case.center_id])
        earlier[case.center_id].append(case)
        on = rule.triggered_on(case.inputs)
        current = await _current(rule, case, policy, version.rule_kind, before, on, in_force)
        simulated = _outcome(
            version, rule.price(version.parameters, case, before), "simulated", with_trace=True
        )
        now_amounts, sim_amounts = _amounts(current.options), _amounts(simulated.options)
        for kind in {*now_amounts, *sim_amounts}:
            totals_current[kind] += now_amounts[kind]
            totals_simulated[kind] += sim_amounts[kind]
        counts["current"][current.status] += 1
        counts["simulated"][simulated.status] += 1
        results.append(
            SimulatedCase(
                case_id=case.id,
                center_id=case.center_id,
                tier=case.tier,
                triggered_on=on,
                in_window=_in_window(version, on),
                current=current,
                simulated=simulated,
                difference={
                    kind: _signed(sim_amounts[kind] - now_amounts[kind])
                    for kind in sorted({*OPTION_TYPES, *now_amounts, *sim_amounts})
                },
            )
        )
    kinds = sorted({*OPTION_TYPES, *totals_current, *totals_simulated})
    return SimulationOut(
        policy_code=policy.code,
        version=version.version,
        status=version.status,
        rule_kind=version.rule_kind,
        effective_from=version.effective_from,
        effective_to=version.effective_to,
        cases=results,
        totals={
            kind: OptionTotals(
                current=totals_current[kind],
                simulated=totals_simulated[kind],
                difference=_signed(totals_simulated[kind] - totals_current[kind]),
            )
            for kind in kinds
        },
        status_counts={name: dict(counter) for name, counter in counts.items()},
        note="what-if only: run in a read-only transaction that was rolled back; nothing was written. "
        "Each case is run under the simulated version whatever its date (in_window says whether the "
        "date falls in the version's dates).",
    )
