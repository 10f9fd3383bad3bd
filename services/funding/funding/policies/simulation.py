"""What-if (DESIGN 3): run a version — a draft, typically — over every past triggering fact.

The triggering facts are the stored ``inputs`` of the upgrade support cases (of the policy's
district's centers for a district policy). Each case shows what the simulated version gives
beside what the version in force gave: the case's stored options when the case was decided
under this policy, else the version in force on the case's date recomputed now. Prior support
is the center's earlier cases, as at evaluation. The caller runs this in a read-only
transaction that is rolled back; nothing here adds or changes a row.
"""

import datetime as dt
from collections import Counter, defaultdict
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from funding.policies import repository, upgrade_support
from funding.policies.models import CITY, Policy, PolicyVersion
from funding.policies.schemas import OptionTotals, Outcome, SimulatedCase, SimulatedOption, SimulationOut
from funding.support_cases.models import SupportCase
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


def _decision_outcome(
    version: PolicyVersion, decision: upgrade_support.Decision, source: str, *, with_trace: bool
) -> Outcome:
    return Outcome.model_validate(
        {
            "source": source,
            "policy_version": version.version,
            "status": decision.status,
            "options": [{"type": o.type, "amount": o.amount} for o in decision.options],
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


async def _current(
    case: SupportCase,
    policy: Policy,
    facts: upgrade_support.UpgradeFacts,
    prior: list[upgrade_support.PriorSupport],
    in_force: _InForce,
) -> Outcome:
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
    version = await in_force.on(facts.approved_on)
    if version is None or version.rule_kind != upgrade_support.RULE_KIND:
        return Outcome(source="no_version_in_force", policy_version=None, status="none", options=[])
    decision = upgrade_support.evaluate(version.parameters, facts, prior)
    return _decision_outcome(version, decision, "recomputed", with_trace=False)


def _in_window(version: PolicyVersion, day: dt.date) -> bool:
    return version.effective_from <= day and (version.effective_to is None or day <= version.effective_to)


async def simulate(session: AsyncSession, policy: Policy, version: PolicyVersion) -> SimulationOut:
    if version.rule_kind != upgrade_support.RULE_KIND:
        raise Unprocessable(
            f"simulation runs versions of rule kind {upgrade_support.RULE_KIND} over past upgrades; "
            f"this version is {version.rule_kind}",
            detail_zh=f"目前仅支持对 {upgrade_support.RULE_KIND} 类规则进行模拟",
            errors=[FieldError("rule_kind", f"must be {upgrade_support.RULE_KIND}")],
        )
    district = None if policy.jurisdiction == CITY else policy.jurisdiction
    cases = await repository.upgrade_cases(session, district=district)
    in_force = _InForce(session, policy.code)
    earlier: dict[object, list[SupportCase]] = defaultdict(list)
    results: list[SimulatedCase] = []
    totals_current: dict[str, Decimal] = defaultdict(lambda: ZERO)
    totals_simulated: dict[str, Decimal] = defaultdict(lambda: ZERO)
    counts: dict[str, Counter[str]] = {"current": Counter(), "simulated": Counter()}
    for case in cases:
        facts = upgrade_support.facts_from_inputs(case.inputs)
        prior = [
            upgrade_support.PriorSupport(case_id=str(c.id), tier=c.tier, status=c.status, options=c.options)
            for c in earlier[case.center_id]
            if c.status not in NOT_RECEIVED
        ]
        earlier[case.center_id].append(case)
        current = await _current(case, policy, facts, prior, in_force)
        decision = upgrade_support.evaluate(version.parameters, facts, prior)
        simulated = _decision_outcome(version, decision, "simulated", with_trace=True)
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
                approved_on=facts.approved_on,
                in_window=_in_window(version, facts.approved_on),
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
