"""The first-set / first-batch / first-version subsidy rule (`五(五)`) as pure logic.

Guangzhou's rules, as parameters of a dated policy version (rule kind ``product_recognition_subsidy``):
first-set up to 30% of the price, at most ¥5,000,000 for a complete set and ¥3,000,000 for a
single machine; first-batch new materials 50% (national catalogue, at most ¥3,000,000) or 30%
(city catalogue, at most ¥2,000,000) of up to 12 months' sales; at most ¥5,000,000 per firm and
year across its recognitions. First-version has no amount in the plan: ``needs_review``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

RULE_KIND = "product_recognition_subsidy"
POLICY_CODE = "product_recognition_subsidy"
CENT = Decimal("0.01")
ZERO = Decimal("0.00")
_ROUNDING = {"ROUND_HALF_UP": ROUND_HALF_UP, "ROUND_DOWN": ROUND_DOWN}

Catalogue = Literal[
    "first_set_complete", "first_set_single", "first_batch_national", "first_batch_city", "first_version"
]
Status = Literal["evaluated", "needs_review"]
MoneyText = Annotated[str, StringConstraints(pattern=r"^\d{1,16}\.\d{2}$")]
Ratio = Annotated[str, StringConstraints(pattern=r"^(0(\.\d+)?|1(\.0+)?)$")]


class CatalogueTerms(BaseModel):
    """A ratio of the price or of the sales, with a cap per recognition."""

    model_config = ConfigDict(extra="forbid")

    base: Literal["price", "sales"]
    ratio: Ratio
    cap: MoneyText
    max_sales_months: int | None = Field(default=None, ge=1, le=120)


class ProductSubsidyParams(BaseModel):
    """Parameters of rule kind ``product_recognition_subsidy`` (a catalogue null: needs review)."""

    model_config = ConfigDict(extra="forbid")

    catalogues: dict[Catalogue, CatalogueTerms | None]
    firm_year_cap: MoneyText | None = None
    rounding: Literal["ROUND_HALF_UP", "ROUND_DOWN"] = "ROUND_HALF_UP"


@dataclass(frozen=True)
class RecognitionFacts:
    catalogue: str
    year: int
    maker_uscc: str
    price: Decimal | None
    sales: Decimal | None
    sales_months: int | None


@dataclass
class Decision:
    status: Status
    amount: Decimal | None = None
    reason: str | None = None
    trace: list[dict[str, Any]] = field(default_factory=list)

    def step(self, step: str, detail: str, value: Decimal | str | None = None) -> None:
        entry: dict[str, Any] = {"step": step, "detail": detail}
        if value is not None:
            entry["value"] = f"{value:.2f}" if isinstance(value, Decimal) else value
        self.trace.append(entry)

    def review(self, step: str, reason: str) -> Decision:
        self.status, self.reason = "needs_review", reason
        self.step(step, reason)
        return self


def _money(value: Decimal | None) -> str:
    return "none" if value is None else f"{value:.2f}"


def evaluate(raw_params: dict[str, Any], facts: RecognitionFacts, already_granted: Decimal) -> Decision:
    """The subsidy of one recognition, given what the firm was already granted in that year."""
    params = ProductSubsidyParams.model_validate(raw_params)
    decision = Decision(status="evaluated")
    decision.step(
        "facts",
        f"{facts.catalogue} {facts.year}, maker {facts.maker_uscc}: price {_money(facts.price)}, "
        f"sales {_money(facts.sales)} over {facts.sales_months or 0} months",
    )
    terms = params.catalogues.get(facts.catalogue)  # type: ignore[call-overload]
    if terms is None:
        return decision.review(
            "terms", f"the policy version sets no subsidy amount for {facts.catalogue}: the bureau decides"
        )
    base = facts.price if terms.base == "price" else facts.sales
    if base is None:
        return decision.review("base", f"the rule needs the {terms.base} and none is given")
    if terms.max_sales_months is not None and (facts.sales_months or 0) > terms.max_sales_months:
        return decision.review(
            "sales_months",
            f"sales over {facts.sales_months} months exceed the rule's {terms.max_sales_months}: "
            "a person must decide which months count",
        )
    ratio = Decimal(terms.ratio)
    raw = (base * ratio).quantize(CENT, rounding=_ROUNDING[params.rounding])
    decision.step("ratio", f"{terms.base} {base:.2f} × {ratio} (the rule's maximum ratio)", raw)
    cap = Decimal(terms.cap)
    amount = min(raw, cap)
    decision.step("cap", f"capped at {cap:.2f} per recognition in {facts.catalogue}", amount)
    if params.firm_year_cap is not None:
        firm_cap = Decimal(params.firm_year_cap)
        remaining = max(firm_cap - already_granted, ZERO)
        capped = min(amount, remaining)
        decision.step(
            "firm_year_cap",
            f"the firm was already granted {already_granted:.2f} in {facts.year}; "
            f"at most {firm_cap:.2f} a year leaves {remaining:.2f}",
            capped,
        )
        if capped < amount:
            decision.reason = f"reduced by the firm's yearly cap of {firm_cap:.2f}"
        amount = capped
    decision.amount = amount
    return decision


def facts_from_inputs(inputs: dict[str, Any]) -> RecognitionFacts:
    def dec(name: str) -> Decimal | None:
        raw = inputs.get(name)
        return None if raw is None else Decimal(raw)

    return RecognitionFacts(
        catalogue=inputs["catalogue"],
        year=int(inputs["year"]),
        maker_uscc=inputs["maker_uscc"],
        price=dec("price"),
        sales=dec("sales"),
        sales_months=inputs.get("sales_months"),
    )


def recompute(params: dict[str, Any], inputs: dict[str, Any]) -> Decimal | None:
    """Re-price a stored recognition from its stored inputs (which include the firm's prior grants)."""
    return evaluate(params, facts_from_inputs(inputs), Decimal(inputs["firm_already_granted"])).amount
