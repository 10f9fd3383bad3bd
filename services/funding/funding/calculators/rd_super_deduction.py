"""研发费用加计扣除 (五(三)) as pure logic over a policy version's rate table.

Expensed R&D cost is deducted once more at the extra rate; capitalized R&D cost forms an
intangible asset amortized on ``cost × (1 + extra rate)`` (公告2023年第7号: 200%; 第44号: 220%).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

RULE_KIND = "rd_super_deduction"
POLICY_CODE = "rd_super_deduction"
CENT = Decimal("0.01")


@dataclass
class RdResult:
    extra_rate: Decimal
    basis: str
    extra_deduction: Decimal
    amortization_base: Decimal
    trace: list[dict[str, str]] = field(default_factory=list)


class CategoryNotCovered(LookupError):
    """The version in force has no rate for this enterprise category."""


def compute(params: dict[str, Any], *, category: str, expensed: Decimal, capitalized: Decimal) -> RdResult:
    """Exact to the fen (half up); every step in the trace."""
    rate = params["rates"].get(category)
    if rate is None:
        raise CategoryNotCovered(category)
    extra_rate = Decimal(rate["extra_rate"])
    extra = (expensed * extra_rate).quantize(CENT, rounding=ROUND_HALF_UP)
    base = (capitalized * (1 + extra_rate)).quantize(CENT, rounding=ROUND_HALF_UP)
    trace = [
        {"step": "rate", "detail": f"extra rate for {category}: {extra_rate} ({rate['basis']})"},
        {
            "step": "extra_deduction",
            "detail": f"expensed R&D {expensed:.2f} × {extra_rate}, on top of deducting it as incurred",
            "value": f"{extra:.2f}",
        },
        {
            "step": "amortization_base",
            "detail": f"capitalized R&D {capitalized:.2f} × (1 + {extra_rate}): the intangible asset "
            "is amortized on this base",
            "value": f"{base:.2f}",
        },
    ]
    return RdResult(
        extra_rate=extra_rate, basis=rate["basis"], extra_deduction=extra, amortization_base=base, trace=trace
    )
