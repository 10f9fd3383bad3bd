"""The upgrade support rule of `五(二)`, as pure logic over a policy version's parameters.

Two grant forms are expressible as dated versions (DESIGN 3):
- ``fixed``: the work plan's one-time grant per tier (national ¥30M, provincial ¥10M);
- ``ratio_cap``: earlier city rules, a ratio of a capital base *up to* the tier's amount.
The equity option is a ratio of total share capital with a cap. Every step is traced so the
amount can be explained and recomputed (see :func:`recompute`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any, Literal

RULE_KIND = "upgrade_support"
CENT = Decimal("0.01")
_ROUNDING = {"ROUND_HALF_UP": ROUND_HALF_UP, "ROUND_DOWN": ROUND_DOWN}

Status = Literal["evaluated", "ineligible", "needs_review"]


@dataclass(frozen=True)
class UpgradeFacts:
    to_tier: str
    approved_on: dt.date
    total_share_capital: Decimal
    paid_in_capital: Decimal | None
    requires_matching_funds: bool


@dataclass(frozen=True)
class PriorSupport:
    """An upgrade support case the center already has (at another tier)."""

    case_id: str
    tier: str
    status: str
    options: list[dict[str, str]]


@dataclass(frozen=True)
class Option:
    type: Literal["grant", "equity"]
    amount: Decimal


@dataclass
class Decision:
    status: Status
    options: list[Option] = field(default_factory=list)
    reason: str | None = None
    trace: list[dict[str, Any]] = field(default_factory=list)

    def step(self, step: str, detail: str, value: Decimal | str | bool | None = None) -> None:
        entry: dict[str, Any] = {"step": step, "detail": detail}
        if value is not None:
            entry["value"] = f"{value:.2f}" if isinstance(value, Decimal) else value
        self.trace.append(entry)


def _money(raw: str) -> Decimal:
    return Decimal(raw).quantize(CENT)


def _ratio_of(base: Decimal, ratio: Decimal, rounding: str) -> Decimal:
    return (base * ratio).quantize(CENT, rounding=_ROUNDING[rounding])


def _price_grant(params: dict[str, Any], facts: UpgradeFacts, decision: Decision) -> Option | None:
    grant = params["grant"]
    tier = facts.to_tier
    if grant["form"] == "fixed":
        amount = _money(grant["amounts"][tier])
        decision.step("grant", f"fixed one-time grant for an upgrade to {tier}", amount)
        return Option("grant", amount)
    # ratio_cap: a ratio of a capital base, up to the tier's cap.
    base_name = grant["base"]
    base = getattr(facts, base_name)
    if base is None:
        decision.step("grant", f"{base_name} is missing: the ratio form cannot be priced")
        return None
    ratio = Decimal(grant["ratio"])
    raw = _ratio_of(base, ratio, params.get("rounding", "ROUND_HALF_UP"))
    cap = _money(grant["caps"][tier])
    amount = min(raw, cap)
    decision.step("grant_base", f"{base_name} × {ratio}", raw)
    decision.step("grant", f"capped at {cap:.2f} for {tier}", amount)
    return Option("grant", amount)


def _price_equity(params: dict[str, Any], facts: UpgradeFacts, decision: Decision) -> Option | None:
    equity = params.get("equity")
    if not equity:
        return None
    base = getattr(facts, equity["base"])
    if base is None or base <= 0:
        decision.step("equity", f"no {equity['base']}: no equity option")
        return None
    ratio = Decimal(equity["ratio"])
    raw = _ratio_of(base, ratio, params.get("rounding", "ROUND_HALF_UP"))
    cap = _money(equity["cap"])
    amount = min(raw, cap)
    decision.step("equity_base", f"{equity['base']} {base:.2f} × {ratio}", raw)
    decision.step("equity", f"direct equity investment, capped at {cap:.2f}", amount)
    return Option("equity", amount)


def evaluate(params: dict[str, Any], facts: UpgradeFacts, prior: list[PriorSupport]) -> Decision:
    """Price the upgrade support for one center and tier under one policy version."""
    decision = Decision(status="evaluated")
    decision.step(
        "facts",
        f"upgrade to {facts.to_tier} approved on {facts.approved_on}; "
        f"total share capital {facts.total_share_capital:.2f}; paid-in capital "
        f"{'missing' if facts.paid_in_capital is None else f'{facts.paid_in_capital:.2f}'}; "
        f"requires matching funds: {facts.requires_matching_funds}",
    )
    if facts.to_tier not in params["grant"].get("amounts", params["grant"].get("caps", {})):
        decision.status = "needs_review"
        decision.reason = f"the policy version does not cover an upgrade to {facts.to_tier}"
        decision.step("scope", decision.reason)
        return decision
    if facts.requires_matching_funds and params.get("exclude_if_requires_matching_funds", True):
        decision.status = "ineligible"
        decision.reason = (
            "national/provincial rules require local matching funds for this "
            "project (须地方配套): excluded from upgrade support"
        )
        decision.step("exclusion", decision.reason, True)
        return decision
    decision.step("exclusion", "no local matching funds required", False)
    for option in (_price_grant(params, facts, decision), _price_equity(params, facts, decision)):
        if option is not None:
            decision.options.append(option)
    if params.get("one_off", True) and prior:
        received = "; ".join(
            f"{p.tier} case {p.case_id} ({p.status}: "
            + ", ".join(f"{o['type']} {o['amount']}" for o in p.options)
            + ")"
            for p in prior
        )
        decision.status = "needs_review"
        decision.reason = (
            "upgrade support is one-off and the center already has upgrade "
            f"support: {received}; the bureau decides, nothing is paid "
            "automatically twice"
        )
        decision.step("one_off", decision.reason)
        return decision
    if not decision.options:
        decision.status = "needs_review"
        decision.reason = "no option could be priced from the facts given"
        decision.step("options", decision.reason)
    return decision


def recompute(params: dict[str, Any], inputs: dict[str, Any]) -> list[Option]:
    """Re-price the options from stored inputs, to check a stored amount against its trace."""
    facts = facts_from_inputs(inputs)
    return evaluate(params, facts, prior=[]).options


def facts_from_inputs(inputs: dict[str, Any]) -> UpgradeFacts:
    paid = inputs.get("paid_in_capital")
    return UpgradeFacts(
        to_tier=inputs["to_tier"],
        approved_on=dt.date.fromisoformat(inputs["approved_on"]),
        total_share_capital=Decimal(inputs["total_share_capital"]),
        paid_in_capital=Decimal(paid) if paid is not None else None,
        requires_matching_funds=bool(inputs["requires_matching_funds"]),
    )
