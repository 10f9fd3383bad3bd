"""The platform subsidy rule of `五(四)` as pure logic over a policy version's parameters.

The plan says only "支持符合条件的概念验证中心择优立项并根据运行成效予以补助": selected on merit,
subsidized by operating results, no figures. So every figure is a parameter of a dated policy
version (rule kind ``platform_subsidy``); where the parameters cannot decide — no terms for the
platform's kind, an amount not set, an indicator the formula needs but the results lack — the
subsidy goes to ``needs_review`` with the reason. Every step is traced (see :func:`recompute`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

RULE_KIND = "platform_subsidy"
POLICY_CODE = "platform_subsidy"
CENT = Decimal("0.01")
_ROUNDING = {"ROUND_HALF_UP": ROUND_HALF_UP, "ROUND_DOWN": ROUND_DOWN}

PlatformKind = Literal["concept_verification", "pilot_platform"]
CountIndicator = Literal[
    "services_delivered", "projects_verified", "projects_commercialized", "external_clients"
]
Indicator = Literal[
    "services_delivered", "projects_verified", "projects_commercialized", "external_clients", "revenue"
]
Status = Literal["evaluated", "ineligible", "needs_review"]

MoneyText = Annotated[str, StringConstraints(pattern=r"^\d{1,16}\.\d{2}$")]
Minimum = Annotated[str, StringConstraints(pattern=r"^\d{1,16}(\.\d{1,2})?$")]
Ratio = Annotated[str, StringConstraints(pattern=r"^(0(\.\d+)?|1(\.0+)?)$")]


class KindTerms(BaseModel):
    """How one kind of platform is subsidized; ``None`` amounts mean the bureau has not set them."""

    model_config = ConfigDict(extra="forbid")

    requires_project_approval: bool = True
    thresholds: dict[Indicator, Minimum] = Field(
        default_factory=dict, description="minimum of each indicator (all must be met)"
    )
    base_amount: MoneyText | None = None
    per_unit: dict[CountIndicator, MoneyText] = Field(
        default_factory=dict, description="yuan per unit of an indicator"
    )
    revenue_ratio: Ratio | None = None
    cap: MoneyText | None = None


class PlatformSubsidyParams(BaseModel):
    """Parameters of rule kind ``platform_subsidy`` (a kind absent or null: needs review)."""

    model_config = ConfigDict(extra="forbid")

    kinds: dict[PlatformKind, KindTerms | None]
    rounding: Literal["ROUND_HALF_UP", "ROUND_DOWN"] = "ROUND_HALF_UP"


@dataclass(frozen=True)
class PlatformFacts:
    kind: str
    year: int
    project_approved_on: dt.date | None
    indicators: dict[str, Decimal | None]


@dataclass
class Decision:
    status: Status
    amount: Decimal | None = None
    reason: str | None = None
    trace: list[dict[str, Any]] = field(default_factory=list)

    def step(self, step: str, detail: str, value: Decimal | str | bool | None = None) -> None:
        entry: dict[str, Any] = {"step": step, "detail": detail}
        if value is not None:
            entry["value"] = f"{value:.2f}" if isinstance(value, Decimal) else value
        self.trace.append(entry)

    def stop(self, status: Status, step: str, reason: str) -> Decision:
        self.status, self.reason = status, reason
        self.step(step, reason)
        return self


def evaluate(raw_params: dict[str, Any], facts: PlatformFacts) -> Decision:
    """The subsidy of one platform for one year of results under one policy version."""
    params = PlatformSubsidyParams.model_validate(raw_params)
    decision = Decision(status="evaluated")
    shown = ", ".join(f"{k} {'not reported' if v is None else v}" for k, v in facts.indicators.items())
    decision.step("facts", f"{facts.kind}, results of {facts.year}: {shown}")
    terms = params.kinds.get(facts.kind)  # type: ignore[call-overload]
    if terms is None:
        return decision.stop(
            "needs_review",
            "terms",
            f"the policy version sets no subsidy terms for a {facts.kind}: the bureau decides",
        )
    year_end = dt.date(facts.year, 12, 31)
    if terms.requires_project_approval:
        if facts.project_approved_on is None or facts.project_approved_on > year_end:
            return decision.stop(
                "ineligible",
                "project_approval",
                f"not selected on merit (择优立项) by the end of {facts.year}",
            )
        decision.step("project_approval", f"selected on merit (择优立项) on {facts.project_approved_on}")
    short = []
    for name, minimum in terms.thresholds.items():
        value = facts.indicators.get(name)
        if value is None:
            return decision.stop(
                "needs_review",
                "thresholds",
                f"{name} is not reported but the rule needs it (minimum {minimum})",
            )
        if value < Decimal(minimum):
            short.append(f"{name} {value} < {minimum}")
    if short:
        return decision.stop("ineligible", "thresholds", "below the rule's thresholds: " + "; ".join(short))
    if terms.thresholds:
        decision.step(
            "thresholds",
            "all thresholds met: " + ", ".join(f"{k} ≥ {v}" for k, v in terms.thresholds.items()),
        )
    if terms.base_amount is None or terms.cap is None:
        return decision.stop(
            "needs_review",
            "amounts",
            "the policy version does not set the base amount and cap: the bureau decides the amount",
        )
    amount = Decimal(terms.base_amount)
    decision.step("base", "base amount for a platform meeting the thresholds", amount)
    for name, rate in terms.per_unit.items():
        value = facts.indicators.get(name)
        if value is None:
            return decision.stop(
                "needs_review", "per_unit", f"{name} is not reported but the formula needs it"
            )
        part = (value * Decimal(rate)).quantize(CENT, rounding=_ROUNDING[params.rounding])
        decision.step("per_unit", f"{name} {value} × {rate}", part)
        amount += part
    if terms.revenue_ratio is not None:
        revenue = facts.indicators.get("revenue")
        if revenue is None:
            return decision.stop(
                "needs_review", "revenue", "revenue is not reported but the formula needs it"
            )
        part = (revenue * Decimal(terms.revenue_ratio)).quantize(CENT, rounding=_ROUNDING[params.rounding])
        decision.step("revenue", f"revenue {revenue:.2f} × {terms.revenue_ratio}", part)
        amount += part
    cap = Decimal(terms.cap)
    decision.amount = min(amount, cap)
    decision.step("cap", f"{amount:.2f} capped at {cap:.2f}", decision.amount)
    return decision


def facts_from_inputs(inputs: dict[str, Any]) -> PlatformFacts:
    approved = inputs.get("project_approved_on")
    return PlatformFacts(
        kind=inputs["kind"],
        year=int(inputs["year"]),
        project_approved_on=dt.date.fromisoformat(approved) if approved else None,
        indicators={k: None if v is None else Decimal(str(v)) for k, v in inputs["indicators"].items()},
    )


def recompute(params: dict[str, Any], inputs: dict[str, Any]) -> Decimal | None:
    """Re-price a stored subsidy from its stored inputs, to check it against its trace."""
    return evaluate(params, facts_from_inputs(inputs)).amount
