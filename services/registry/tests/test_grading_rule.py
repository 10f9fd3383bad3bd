"""The annual evaluation's grading rule as a pure function: thresholds, weighting, rounding, trace,
and the refusal of malformed rule versions. No I/O."""

from __future__ import annotations

import copy
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from registry.evaluations.grading import (
    Grade,
    GradingRule,
    RuleError,
    ScoreSheet,
    grade,
    grade_of,
    round_half_up,
)
from tests.evaluation_flows import GRADING_RULE_V1 as V1_PARAMETERS

RULE = GradingRule.from_parameters(1, V1_PARAMETERS)


def sheet(construction: int | list[int], operation: int | list[int]) -> ScoreSheet:
    """One score for every item of a dimension, or one per item in the rule's order."""
    items = {name: spec["items"] for name, spec in V1_PARAMETERS["dimensions"].items()}
    c = construction if isinstance(construction, list) else [construction] * len(items["construction"])
    o = operation if isinstance(operation, list) else [operation] * len(items["operation"])
    return {
        "construction": dict(zip(items["construction"], c, strict=True)),
        "operation": dict(zip(items["operation"], o, strict=True)),
    }


def test_version_1_parses_into_the_documented_rule() -> None:
    assert RULE.version == 1
    assert [(d.name, d.weight, len(d.items)) for d in RULE.dimensions] == [
        ("construction", Fraction(2, 5), 3),
        ("operation", Fraction(3, 5), 6),
    ]
    assert [(t.grade, t.minimum) for t in RULE.thresholds] == [
        (Grade.EXCELLENT, Decimal(90)),
        (Grade.GOOD, Decimal(80)),
        (Grade.QUALIFIED, Decimal(60)),
    ]
    assert RULE.fallback is Grade.UNQUALIFIED
    assert RULE.places == 2


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        ("100.00", Grade.EXCELLENT),
        ("90.00", Grade.EXCELLENT),
        ("89.99", Grade.GOOD),
        ("80.00", Grade.GOOD),
        ("79.99", Grade.QUALIFIED),
        ("60.00", Grade.QUALIFIED),
        ("59.99", Grade.UNQUALIFIED),
        ("0.00", Grade.UNQUALIFIED),
    ],
)
def test_the_thresholds_include_their_minimum(total: str, expected: Grade) -> None:
    assert grade_of(Decimal(total), RULE) is expected


def test_construction_weighs_0_4_and_operation_0_6() -> None:
    assert grade(RULE, {"e": sheet(100, 0)}).total == Decimal("40.00")
    assert grade(RULE, {"e": sheet(0, 100)}).total == Decimal("60.00")
    assert grade(RULE, {"e": sheet(0, 100)}).grade is Grade.QUALIFIED
    assert grade(RULE, {"e": sheet(90, 80)}).total == Decimal("84.00")


def test_a_dimension_is_the_mean_of_its_items() -> None:
    # construction (100 + 50 + 0) / 3 = 50; operation (60 × 3 + 90 × 3) / 6 = 75
    result = grade(RULE, {"e": sheet([100, 50, 0], [60, 60, 60, 90, 90, 90])})
    assert result.total == Decimal("65.00")
    assert result.trace["experts"][0]["dimensions"] == {"construction": "50.0000", "operation": "75.0000"}


def test_the_total_is_the_mean_over_experts() -> None:
    result = grade(RULE, {"a": sheet(100, 100), "b": sheet(80, 80)})
    assert result.total == Decimal("90.00")
    assert result.grade is Grade.EXCELLENT
    assert [e["total"] for e in result.trace["experts"]] == ["100.0000", "80.0000"]


def test_thirds_are_exact_and_rounded_once_at_the_end() -> None:
    # construction (90 + 90 + 89) / 3 = 89.666…; 0.4 × 89.666… + 0.6 × 90 = 89.8666… → 89.87
    result = grade(RULE, {"e": sheet([90, 90, 89], 90)})
    assert result.total == Decimal("89.87")
    assert result.grade is Grade.GOOD
    assert result.trace["experts"][0]["dimensions"]["construction"] == "89.6667"


def test_an_exact_half_cent_rounds_up_and_the_grade_follows_the_rounded_total() -> None:
    # 19 experts at 90 and one with a single operation item at 89: the mean is exactly 89.995.
    sheets = {f"expert-{i:02d}": sheet(90, 90) for i in range(19)}
    sheets["expert-19"] = sheet(90, [89, 90, 90, 90, 90, 90])
    result = grade(RULE, sheets)
    assert result.trace["mean_of_expert_totals"] == "89.9950"
    assert result.total == Decimal("90.00")
    assert result.grade is Grade.EXCELLENT


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        (Fraction(17999, 200), "90.00"),  # 89.995
        (Fraction(8999499, 100000), "89.99"),  # 89.99499
        (Fraction(280, 3), "93.33"),
        (Fraction(0), "0.00"),
        (Fraction(100), "100.00"),
        (Fraction(-1, 200), "-0.01"),  # half away from zero
    ],
)
def test_round_half_up_is_exact(value: Fraction, rounded: str) -> None:
    assert str(round_half_up(value, 2)) == rounded


@pytest.mark.parametrize(
    ("construction", "operation", "total", "expected"),
    [
        (90, 90, "90.00", Grade.EXCELLENT),
        (89, 90, "89.60", Grade.GOOD),
        (80, 80, "80.00", Grade.GOOD),
        (79, 80, "79.60", Grade.QUALIFIED),
        (60, 60, "60.00", Grade.QUALIFIED),
        (60, 59, "59.40", Grade.UNQUALIFIED),
    ],
)
def test_grades_from_whole_sheets_around_each_threshold(
    construction: int, operation: int, total: str, expected: Grade
) -> None:
    result = grade(RULE, {"e": sheet(construction, operation)})
    assert (str(result.total), result.grade) == (total, expected)


def test_the_trace_explains_every_step() -> None:
    result = grade(RULE, {"zhang": sheet(90, 80), "li": sheet([100, 95, 90], 85)})
    trace = result.trace
    assert trace["rule_version"] == 1
    assert trace["weights"] == {"construction": "0.4", "operation": "0.6"}
    assert [e["expert_sub"] for e in trace["experts"]] == ["li", "zhang"]  # sorted, stable
    assert trace["experts"][0]["scores"]["construction"] == {
        "pilot_incubation": 100,
        "testing": 95,
        "industry_services": 90,
    }
    assert trace["experts"][0]["dimensions"] == {"construction": "95.0000", "operation": "85.0000"}
    assert trace["experts"][0]["total"] == "89.0000"
    assert trace["experts"][1]["total"] == "84.0000"
    assert trace["expert_count"] == 2
    assert trace["mean_of_expert_totals"] == "86.5000"
    assert trace["total_score"] == "86.50"
    assert trace["thresholds"] == [
        {"grade": "excellent", "min": "90"},
        {"grade": "good", "min": "80"},
        {"grade": "qualified", "min": "60"},
    ]
    assert trace["grade"] == "good"


def test_no_sheet_at_all_is_refused() -> None:
    with pytest.raises(RuleError, match="at least one expert"):
        grade(RULE, {})


def test_a_sheet_missing_an_item_is_refused() -> None:
    partial = {
        "construction": {"pilot_incubation": 90, "testing": 90},
        "operation": sheet(90, 90)["operation"],
    }
    with pytest.raises(RuleError, match="industry_services"):
        grade(RULE, {"e": partial})


def _with(**changes: Any) -> dict[str, Any]:
    parameters = copy.deepcopy(V1_PARAMETERS)
    parameters.update(changes)
    return parameters


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        (
            _with(
                dimensions={
                    "construction": {"weight": "0.5", "items": ["a"]},
                    "operation": {"weight": "0.6", "items": ["b"]},
                }
            ),
            "do not add up to 1",
        ),
        (
            _with(
                thresholds=[
                    {"grade": "good", "min": "80"},
                    {"grade": "excellent", "min": "90"},
                    {"grade": "qualified", "min": "60"},
                ]
            ),
            "strictly descend",
        ),
        (_with(rounding={"places": 2, "mode": "ROUND_HALF_EVEN"}), "unsupported"),
        (_with(aggregation="median_of_expert_totals"), "unsupported"),
        (_with(fallback_grade="failed"), "malformed"),
        (_with(dimensions={"construction": {"weight": "1", "items": []}}), "needs items"),
        (_with(fallback_grade="good"), "appears twice"),
    ],
    ids=["weights", "order", "rounding", "aggregation", "unknown-grade", "no-items", "duplicate-grade"],
)
def test_a_malformed_rule_version_is_refused(parameters: dict[str, Any], message: str) -> None:
    with pytest.raises(RuleError, match=message):
        GradingRule.from_parameters(2, parameters)
