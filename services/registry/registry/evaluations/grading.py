"""The grading rule of the annual evaluation (DESIGN 2, after 工信厅科〔2018〕37号), as a pure function.

The rule itself is data: a dated, versioned row of ``grading_rule`` whose ``parameters`` are parsed
here into a ``GradingRule``. The computation is exact (fractions, no binary floats and no
intermediate rounding) and rounds once, at the end, half up to the rule's places; the grade is
read from that rounded total, so the number shown and the grade always agree.

No I/O: the service loads the rule and the score sheets, this module decides.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any


class Grade(enum.StrEnum):
    EXCELLENT = "excellent"  # 优秀
    GOOD = "good"  # 良好
    QUALIFIED = "qualified"  # 合格
    UNQUALIFIED = "unqualified"  # 不合格


GRADE_LABELS: dict[Grade, tuple[str, str]] = {
    Grade.EXCELLENT: ("优秀", "Excellent"),
    Grade.GOOD: ("良好", "Good"),
    Grade.QUALIFIED: ("合格", "Qualified"),
    Grade.UNQUALIFIED: ("不合格", "Unqualified"),
}

# Scores given by one expert: {dimension: {item: score}}.
ScoreSheet = Mapping[str, Mapping[str, int]]

_TRACE_PLACES = 4  # intermediate values are shown to four places; they are computed exactly


class RuleError(ValueError):
    """The stored parameters do not describe a rule this code can apply."""


@dataclass(frozen=True)
class Dimension:
    """A scored dimension (e.g. construction): its weight and items; its score is the items' mean."""

    name: str
    weight: Fraction
    items: tuple[str, ...]


@dataclass(frozen=True)
class Threshold:
    grade: Grade
    minimum: Decimal


@dataclass(frozen=True)
class GradingRule:
    version: int
    dimensions: tuple[Dimension, ...]
    thresholds: tuple[Threshold, ...]  # highest minimum first
    fallback: Grade
    places: int

    @classmethod
    def from_parameters(cls, version: int, parameters: Mapping[str, Any]) -> GradingRule:
        """Parse and check a stored version; a malformed one is refused, never half-applied."""
        try:
            dimensions = tuple(
                Dimension(
                    name=str(name),
                    weight=Fraction(str(spec["weight"])),
                    items=tuple(str(item) for item in spec["items"]),
                )
                for name, spec in parameters["dimensions"].items()
            )
            thresholds = tuple(
                Threshold(grade=Grade(t["grade"]), minimum=Decimal(str(t["min"])))
                for t in parameters["thresholds"]
            )
            fallback = Grade(parameters["fallback_grade"])
            rounding = parameters["rounding"]
            places = int(rounding["places"])
            mode = rounding["mode"]
            method = (parameters["dimension_score"], parameters["aggregation"])
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise RuleError(f"grading rule {version}: malformed parameters ({exc!r})") from exc
        if mode != "ROUND_HALF_UP" or method != ("mean_of_items", "mean_of_expert_totals"):
            raise RuleError(f"grading rule {version}: unsupported method {method} / rounding {mode}")
        if not dimensions or any(not d.items or d.weight <= 0 for d in dimensions):
            raise RuleError(f"grading rule {version}: every dimension needs items and a positive weight")
        if sum((d.weight for d in dimensions), Fraction(0)) != 1:
            raise RuleError(f"grading rule {version}: the weights do not add up to 1")
        minimums = [t.minimum for t in thresholds]
        if minimums != sorted(set(minimums), reverse=True):
            raise RuleError(f"grading rule {version}: thresholds must strictly descend")
        grades = [t.grade for t in thresholds] + [fallback]
        if len(set(grades)) != len(grades):
            raise RuleError(f"grading rule {version}: a grade appears twice")
        if places < 0:
            raise RuleError(f"grading rule {version}: negative rounding places")
        return cls(
            version=version, dimensions=dimensions, thresholds=thresholds, fallback=fallback, places=places
        )


@dataclass(frozen=True)
class Grading:
    total: Decimal
    grade: Grade
    trace: dict[str, Any]


def round_half_up(value: Fraction, places: int) -> Decimal:
    """``value`` rounded half up (away from zero) to ``places`` decimals, exactly."""
    scale: int = 10**places
    rounded = math.floor(abs(value) * scale + Fraction(1, 2))
    result = Decimal(rounded).scaleb(-places)  # exact: only the exponent changes
    return -result if value < 0 else result


def grade_of(total: Decimal, rule: GradingRule) -> Grade:
    """The first grade whose minimum the (already rounded) total reaches; else the fallback."""
    for threshold in rule.thresholds:
        if total >= threshold.minimum:
            return threshold.grade
    return rule.fallback


def _shown(value: Fraction) -> str:
    return str(round_half_up(value, _TRACE_PLACES))


def _expert_total(rule: GradingRule, expert: str, sheet: ScoreSheet) -> tuple[Fraction, dict[str, Any]]:
    dimensions: dict[str, str] = {}
    total = Fraction(0)
    for dimension in rule.dimensions:
        given = sheet.get(dimension.name)
        missing = [item for item in dimension.items if given is None or item not in given]
        if given is None or missing:
            raise RuleError(f"expert {expert}: no score for {dimension.name} {missing or 'at all'}")
        scores = [Fraction(int(given[item])) for item in dimension.items]
        if any(not 0 <= s <= 100 for s in scores):
            raise RuleError(f"expert {expert}: a {dimension.name} score is outside 0-100")
        mean = sum(scores, Fraction(0)) / len(scores)
        dimensions[dimension.name] = _shown(mean)
        total += dimension.weight * mean
    step = {
        "expert_sub": expert,
        "scores": {d.name: {item: int(sheet[d.name][item]) for item in d.items} for d in rule.dimensions},
        "dimensions": dimensions,
        "total": _shown(total),
    }
    return total, step


def grade(rule: GradingRule, sheets: Mapping[str, ScoreSheet]) -> Grading:
    """Grade an evaluation from every expert's sheet (keyed by expert), with the steps taken."""
    if not sheets:
        raise RuleError("at least one expert's scores are needed")
    totals: list[Fraction] = []
    steps: list[dict[str, Any]] = []
    for expert in sorted(sheets):
        total, step = _expert_total(rule, expert, sheets[expert])
        totals.append(total)
        steps.append(step)
    mean = sum(totals, Fraction(0)) / len(totals)
    rounded = round_half_up(mean, rule.places)
    result = grade_of(rounded, rule)
    trace: dict[str, Any] = {
        "rule_version": rule.version,
        "method": (
            "each dimension = mean of its items; an expert's total = Σ weight × dimension; "
            f"total = mean of the expert totals, rounded half up to {rule.places} places; "
            "the grade is read from the rounded total (intermediates shown to "
            f"{_TRACE_PLACES} places, computed exactly)"
        ),
        "weights": {d.name: str(Decimal(d.weight.numerator) / d.weight.denominator) for d in rule.dimensions},
        "experts": steps,
        "expert_count": len(steps),
        "mean_of_expert_totals": _shown(mean),
        "total_score": str(rounded),
        "thresholds": [{"grade": t.grade.value, "min": str(t.minimum)} for t in rule.thresholds],
        "fallback_grade": rule.fallback.value,
        "grade": result.value,
    }
    return Grading(total=rounded, grade=result, trace=trace)
