"""The platform subsidy rule of `五(四)` as pure logic: thresholds, caps, and where it asks a person."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from funding.platforms.rule import (
    PlatformFacts,
    PlatformSubsidyParams,
    evaluate,
    facts_from_inputs,
    recompute,
)

# The seed parameters of policy platform_subsidy v1 (funding migration, PLATFORM_SUBSIDY_V1).
PLATFORM_SUBSIDY_V1: dict[str, Any] = {
    "kinds": {
        "concept_verification": {
            "requires_project_approval": True,
            "thresholds": {"projects_verified": "5", "external_clients": "3"},
            "base_amount": "500000.00",
            "per_unit": {"projects_verified": "20000.00", "projects_commercialized": "50000.00"},
            "cap": "2000000.00",
        },
        "pilot_platform": None,
    },
    "rounding": "ROUND_HALF_UP",
}


def seed_migration() -> Any:
    versions = Path(__file__).resolve().parents[1] / "migrations" / "versions"
    migration = next(p for p in sorted(versions.glob("*.py")) if "PLATFORM_SUBSIDY_V1 = " in p.read_text())
    spec = importlib.util.spec_from_file_location("funding_programmes_seed", migration)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_copied_parameters_are_the_seeded_ones_and_say_they_are_to_confirm() -> None:
    module = seed_migration()
    assert module.PLATFORM_SUBSIDY_V1 == PLATFORM_SUBSIDY_V1
    assert "待确认" in module.PLATFORM_SUBSIDY_SOURCE
    assert "bureau's parameters to confirm" in module.PLATFORM_SUBSIDY_SOURCE
    PlatformSubsidyParams.model_validate(module.PLATFORM_SUBSIDY_V1)


def facts(**overrides: Any) -> PlatformFacts:
    indicators: dict[str, Decimal | None] = {
        "services_delivered": Decimal(40),
        "projects_verified": Decimal(5),
        "projects_commercialized": Decimal(2),
        "external_clients": Decimal(3),
        "revenue": None,
    }
    indicators.update(overrides.pop("indicators", {}))
    values: dict[str, Any] = {
        "kind": "concept_verification",
        "year": 2025,
        "project_approved_on": dt.date(2025, 3, 1),
        "indicators": indicators,
    }
    values.update(overrides)
    return PlatformFacts(**values)


def test_meeting_every_threshold_exactly_earns_base_plus_units() -> None:
    decision = evaluate(PLATFORM_SUBSIDY_V1, facts())
    assert decision.status == "evaluated"
    # 500,000 + 5 × 20,000 + 2 × 50,000
    assert decision.amount == Decimal("700000.00")
    assert [s["step"] for s in decision.trace] == [
        "facts",
        "project_approval",
        "thresholds",
        "base",
        "per_unit",
        "per_unit",
        "cap",
    ]


@pytest.mark.parametrize(("indicator", "value"), [("projects_verified", 4), ("external_clients", 2)])
def test_one_below_a_threshold_is_ineligible_naming_it(indicator: str, value: int) -> None:
    decision = evaluate(PLATFORM_SUBSIDY_V1, facts(indicators={indicator: Decimal(value)}))
    assert decision.status == "ineligible"
    assert decision.amount is None
    assert decision.reason is not None
    assert indicator in decision.reason


def test_the_cap_holds_exactly_at_and_above_it() -> None:
    # 500,000 + 75 × 20,000 + 0 = 2,000,000.00: exactly the cap.
    at = evaluate(
        PLATFORM_SUBSIDY_V1,
        facts(indicators={"projects_verified": Decimal(75), "projects_commercialized": Decimal(0)}),
    )
    assert at.amount == Decimal("2000000.00")
    below = evaluate(
        PLATFORM_SUBSIDY_V1,
        facts(indicators={"projects_verified": Decimal(74), "projects_commercialized": Decimal(0)}),
    )
    assert below.amount == Decimal("1980000.00")
    above = evaluate(
        PLATFORM_SUBSIDY_V1,
        facts(indicators={"projects_verified": Decimal(76), "projects_commercialized": Decimal(0)}),
    )
    assert above.amount == Decimal("2000000.00")
    assert above.trace[-1]["detail"] == "2020000.00 capped at 2000000.00"


@pytest.mark.parametrize(
    ("approved_on", "status"),
    [(None, "ineligible"), (dt.date(2026, 1, 1), "ineligible"), (dt.date(2025, 12, 31), "evaluated")],
)
def test_a_concept_verification_center_needs_selection_on_merit_by_year_end(
    approved_on: dt.date | None, status: str
) -> None:
    decision = evaluate(PLATFORM_SUBSIDY_V1, facts(project_approved_on=approved_on))
    assert decision.status == status
    if status == "ineligible":
        assert decision.reason is not None
        assert "择优立项" in decision.reason


def test_a_pilot_platform_has_no_terms_in_the_plan_so_a_person_decides() -> None:
    decision = evaluate(PLATFORM_SUBSIDY_V1, facts(kind="pilot_platform"))
    assert decision.status == "needs_review"
    assert decision.amount is None
    assert (
        decision.reason == "the policy version sets no subsidy terms for a pilot_platform: the bureau decides"
    )


def test_amounts_not_set_or_an_indicator_missing_go_to_review() -> None:
    params = copy.deepcopy(PLATFORM_SUBSIDY_V1)
    params["kinds"]["concept_verification"]["base_amount"] = None
    unset = evaluate(params, facts())
    assert unset.status == "needs_review"
    assert unset.reason is not None
    assert "base amount and cap" in unset.reason
    params = copy.deepcopy(PLATFORM_SUBSIDY_V1)
    params["kinds"]["concept_verification"]["revenue_ratio"] = "0.05"
    no_revenue = evaluate(params, facts())
    assert no_revenue.status == "needs_review"
    assert no_revenue.reason == "revenue is not reported but the formula needs it"
    with_revenue = evaluate(params, facts(indicators={"revenue": Decimal("1234567.89")}))
    # 700,000 + 1,234,567.89 × 0.05 = 61,728.3945 → 61,728.39
    assert with_revenue.amount == Decimal("761728.39")


def test_the_amount_recomputes_from_the_stored_inputs() -> None:
    inputs = {
        "kind": "concept_verification",
        "year": 2025,
        "project_approved_on": "2025-03-01",
        "indicators": {
            "services_delivered": 40,
            "projects_verified": 9,
            "projects_commercialized": 3,
            "external_clients": 12,
            "revenue": "800000.00",
        },
    }
    assert facts_from_inputs(inputs).indicators["revenue"] == Decimal("800000.00")
    assert recompute(PLATFORM_SUBSIDY_V1, inputs) == Decimal("830000.00")


@pytest.mark.parametrize(
    "broken",
    [
        {"kinds": {"concept_verification": {"cap": 2000000.0}}},
        {"kinds": {"concept_verification": {"cap": "2e6"}}},
        {"kinds": {"incubator": None}},
        {"kinds": {"concept_verification": {"revenue_ratio": "1.5"}}},
        {"kinds": {"concept_verification": {"thresholds": {"patents": "3"}}}},
    ],
)
def test_malformed_parameters_are_refused_by_the_model(broken: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PlatformSubsidyParams.model_validate(broken)
