"""The upgrade support rule of `五(二)` as pure logic (DESIGN 3): no I/O, every amount explained."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from funding.policies.upgrade_support import (
    Option,
    PriorSupport,
    UpgradeFacts,
    evaluate,
    facts_from_inputs,
    recompute,
)

# The seed parameters of policy upgrade_support v1 (funding migration, UPGRADE_SUPPORT_V1).
UPGRADE_SUPPORT_V1: dict[str, Any] = {
    "grant": {"form": "fixed", "amounts": {"national": "30000000.00", "provincial": "10000000.00"}},
    "equity": {"ratio": "0.30", "base": "total_share_capital", "cap": "100000000.00"},
    "exclude_if_requires_matching_funds": True,
    "one_off": True,
    "rounding": "ROUND_HALF_UP",
}

# The earlier city rule (as reposted): 30% of paid-in registered capital, up to the tier amount.
RATIO_CAP: dict[str, Any] = {
    **copy.deepcopy(UPGRADE_SUPPORT_V1),
    "grant": {
        "form": "ratio_cap",
        "ratio": "0.30",
        "base": "paid_in_capital",
        "caps": {"national": "30000000.00", "provincial": "10000000.00"},
    },
}


def test_the_copied_parameters_are_the_seeded_ones() -> None:
    versions = Path(__file__).resolve().parents[1] / "migrations" / "versions"
    # The first migration that defines it is the one that seeds version 1.
    migration = next(p for p in sorted(versions.glob("*.py")) if "UPGRADE_SUPPORT_V1 = " in p.read_text())
    spec = importlib.util.spec_from_file_location("funding_seed_migration", migration)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.UPGRADE_SUPPORT_V1 == UPGRADE_SUPPORT_V1


def facts(**overrides: Any) -> UpgradeFacts:
    values: dict[str, Any] = {
        "to_tier": "provincial",
        "approved_on": dt.date(2025, 6, 30),
        "total_share_capital": Decimal("200000000.00"),
        "paid_in_capital": Decimal("120000000.00"),
        "requires_matching_funds": False,
    }
    values.update(overrides)
    return UpgradeFacts(**values)


def amounts(options: list[Option]) -> dict[str, Decimal]:
    return {o.type: o.amount for o in options}


# The fixed grant of the work plan.


def test_an_upgrade_to_national_prices_a_30_million_grant() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(to_tier="national"), prior=[])
    assert decision.status == "evaluated"
    assert decision.reason is None
    assert amounts(decision.options)["grant"] == Decimal("30000000.00")


def test_an_upgrade_to_provincial_prices_a_10_million_grant() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(to_tier="provincial"), prior=[])
    assert amounts(decision.options)["grant"] == Decimal("10000000.00")


def test_the_fixed_grant_does_not_depend_on_capital() -> None:
    small = evaluate(UPGRADE_SUPPORT_V1, facts(total_share_capital=Decimal("1.00"), paid_in_capital=None), [])
    assert amounts(small.options)["grant"] == Decimal("10000000.00")


def test_both_options_are_priced_grant_first() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(to_tier="national"), prior=[])
    assert decision.options == [
        Option("grant", Decimal("30000000.00")),
        Option("equity", Decimal("60000000.00")),
    ]


# The equity option: 30% of total share capital, at most ¥100M.


@pytest.mark.parametrize(
    ("total_share_capital", "equity"),
    [
        ("200000000.00", "60000000.00"),
        ("123456789.10", "37037036.73"),
        ("0.01", "0.00"),
        ("0.02", "0.01"),  # 0.006 rounds half-up to 0.01
        ("333333333.30", "99999999.99"),
        ("333333333.33", "100000000.00"),  # 99999999.999 rounds half-up to the cap
        ("333333333.34", "100000000.00"),  # 100000000.002: capped
        ("500000000.00", "100000000.00"),
        ("9999999999999999.99", "100000000.00"),
    ],
)
def test_equity_is_30_percent_of_total_share_capital_rounded_half_up_and_capped(
    total_share_capital: str, equity: str
) -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(total_share_capital=Decimal(total_share_capital)), [])
    amount = amounts(decision.options)["equity"]
    assert amount == Decimal(equity)
    assert amount.as_tuple().exponent == -2


def test_the_equity_cap_is_exactly_100_million() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(total_share_capital=Decimal("400000000.00")), [])
    assert amounts(decision.options)["equity"] == Decimal("100000000.00")
    capped = [s for s in decision.trace if s["step"] == "equity"]
    assert capped
    assert capped[0]["value"] == "100000000.00"
    assert "100000000.00" in capped[0]["detail"]


def test_zero_total_share_capital_gives_no_equity_option() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(total_share_capital=Decimal("0.00")), prior=[])
    assert decision.status == "evaluated"
    assert decision.options == [Option("grant", Decimal("10000000.00"))]
    assert any(s["step"] == "equity" and "no equity" in s["detail"] for s in decision.trace)


# Exclusions and the one-off rule.


def test_a_project_requiring_matching_funds_is_ineligible_with_its_reason() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(requires_matching_funds=True), prior=[])
    assert decision.status == "ineligible"
    assert decision.options == []
    assert decision.reason is not None
    assert "配套" in decision.reason
    assert "matching funds" in decision.reason
    assert {"step": "exclusion", "detail": decision.reason, "value": True} in decision.trace


def test_the_matching_funds_exclusion_can_be_switched_off_by_a_policy_version() -> None:
    params = {**UPGRADE_SUPPORT_V1, "exclude_if_requires_matching_funds": False}
    decision = evaluate(params, facts(requires_matching_funds=True), prior=[])
    assert decision.status == "evaluated"
    assert len(decision.options) == 2


def prior_provincial() -> PriorSupport:
    return PriorSupport(
        case_id="6f1c2d3e-0000-4000-8000-000000000001",
        tier="provincial",
        status="evaluated",
        options=[{"type": "grant", "amount": "10000000.00"}, {"type": "equity", "amount": "60000000.00"}],
    )


def test_prior_upgrade_support_needs_review_with_options_still_priced() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(to_tier="national"), prior=[prior_provincial()])
    assert decision.status == "needs_review"
    assert decision.options == [
        Option("grant", Decimal("30000000.00")),
        Option("equity", Decimal("60000000.00")),
    ]
    assert decision.reason is not None
    assert "6f1c2d3e-0000-4000-8000-000000000001" in decision.reason
    assert "provincial" in decision.reason
    assert "grant 10000000.00" in decision.reason
    assert decision.trace[-1]["step"] == "one_off"


def test_prior_support_also_stops_a_matching_funds_project_as_ineligible_first() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(requires_matching_funds=True), prior=[prior_provincial()])
    assert decision.status == "ineligible"
    assert decision.options == []


def test_a_policy_version_that_is_not_one_off_evaluates_despite_prior_support() -> None:
    params = {**UPGRADE_SUPPORT_V1, "one_off": False}
    decision = evaluate(params, facts(to_tier="national"), prior=[prior_provincial()])
    assert decision.status == "evaluated"
    assert decision.reason is None


def test_a_tier_the_version_does_not_cover_needs_review() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(to_tier="municipal"), prior=[])
    assert decision.status == "needs_review"
    assert decision.options == []
    assert decision.reason is not None
    assert "municipal" in decision.reason


# The ratio_cap form of the earlier city rules.


@pytest.mark.parametrize(
    ("tier", "paid_in", "grant"),
    [
        ("provincial", "20000000.00", "6000000.00"),  # below the cap
        ("provincial", "33333333.33", "10000000.00"),  # 9999999.999 rounds half-up to the cap
        ("provincial", "33333333.30", "9999999.99"),
        ("provincial", "120000000.00", "10000000.00"),  # above the cap
        ("national", "50000000.00", "15000000.00"),
        ("national", "100000000.00", "30000000.00"),  # exactly the cap
        ("national", "500000000.00", "30000000.00"),
    ],
)
def test_the_ratio_cap_grant_is_30_percent_of_paid_in_capital_up_to_the_tier_amount(
    tier: str, paid_in: str, grant: str
) -> None:
    decision = evaluate(RATIO_CAP, facts(to_tier=tier, paid_in_capital=Decimal(paid_in)), prior=[])
    assert decision.status == "evaluated"
    assert amounts(decision.options)["grant"] == Decimal(grant)
    steps = [s["step"] for s in decision.trace]
    assert "grant_base" in steps
    assert "grant" in steps


def test_the_ratio_cap_grant_ignores_total_share_capital() -> None:
    decision = evaluate(
        RATIO_CAP,
        facts(total_share_capital=Decimal("900000000.00"), paid_in_capital=Decimal("1000000.00")),
        prior=[],
    )
    assert amounts(decision.options) == {"grant": Decimal("300000.00"), "equity": Decimal("100000000.00")}


def test_the_ratio_cap_form_without_paid_in_capital_prices_no_grant() -> None:
    decision = evaluate(RATIO_CAP, facts(paid_in_capital=None), prior=[])
    assert decision.status == "evaluated"
    assert decision.options == [Option("equity", Decimal("60000000.00"))]
    assert any(s["step"] == "grant" and "missing" in s["detail"] for s in decision.trace)


def test_nothing_priceable_needs_review() -> None:
    params = {k: v for k, v in RATIO_CAP.items() if k != "equity"}
    decision = evaluate(params, facts(paid_in_capital=None), prior=[])
    assert decision.status == "needs_review"
    assert decision.options == []
    assert decision.reason == "no option could be priced from the facts given"


# Explainability: the trace and recomputation from stored inputs.


def test_the_trace_states_the_facts_and_each_computation_step() -> None:
    decision = evaluate(UPGRADE_SUPPORT_V1, facts(total_share_capital=Decimal("123456789.10")), prior=[])
    steps = [s["step"] for s in decision.trace]
    assert steps == ["facts", "exclusion", "grant", "equity_base", "equity"]
    assert "123456789.10" in decision.trace[0]["detail"]
    assert decision.trace[2]["value"] == "10000000.00"
    assert decision.trace[3]["value"] == "37037036.73"


def stored_inputs(**overrides: Any) -> dict[str, Any]:
    """What funding stores on a support case (``support_cases.service._inputs``): JSON strings."""
    inputs: dict[str, Any] = {
        "center_id": "0c2e1f6a-8d4b-4c1e-9a7b-5d3f2e1c0b9a",
        "upgrade_id": "1d3f2a7b-9e5c-4d2f-8b8c-6e4a3f2d1c0b",
        "from_tier": "municipal",
        "to_tier": "national",
        "approved_on": "2025-06-30",
        "document_no": "工信部科函〔2025〕1号",
        "total_share_capital": "123456789.10",
        "paid_in_capital": "20000000.00",
        "requires_matching_funds": False,
    }
    inputs.update(overrides)
    return inputs


def test_facts_are_rebuilt_exactly_from_stored_inputs() -> None:
    rebuilt = facts_from_inputs(stored_inputs())
    assert rebuilt == UpgradeFacts(
        to_tier="national",
        approved_on=dt.date(2025, 6, 30),
        total_share_capital=Decimal("123456789.10"),
        paid_in_capital=Decimal("20000000.00"),
        requires_matching_funds=False,
    )
    assert facts_from_inputs(stored_inputs(paid_in_capital=None)).paid_in_capital is None


@pytest.mark.parametrize("params", [UPGRADE_SUPPORT_V1, RATIO_CAP], ids=["fixed", "ratio_cap"])
@pytest.mark.parametrize(
    "overrides",
    [{}, {"to_tier": "provincial"}, {"total_share_capital": "333333333.33"}, {"paid_in_capital": None}],
)
def test_recompute_from_stored_inputs_reproduces_the_options(
    params: dict[str, Any], overrides: dict[str, Any]
) -> None:
    inputs = stored_inputs(**overrides)
    original = evaluate(params, facts_from_inputs(inputs), prior=[])
    assert original.options
    assert recompute(params, inputs) == original.options


def test_recompute_reproduces_the_amounts_the_api_shows() -> None:
    options = recompute(UPGRADE_SUPPORT_V1, stored_inputs(to_tier="provincial"))
    assert [{"type": o.type, "amount": f"{o.amount:.2f}"} for o in options] == [
        {"type": "grant", "amount": "10000000.00"},
        {"type": "equity", "amount": "37037036.73"},
    ]


def test_recompute_ignores_prior_support_and_prices_a_needs_review_case() -> None:
    inputs = stored_inputs()
    reviewed = evaluate(UPGRADE_SUPPORT_V1, facts_from_inputs(inputs), prior=[prior_provincial()])
    assert reviewed.status == "needs_review"
    assert recompute(UPGRADE_SUPPORT_V1, inputs) == reviewed.options


def test_evaluation_does_not_mutate_the_policy_parameters() -> None:
    params = copy.deepcopy(UPGRADE_SUPPORT_V1)
    evaluate(params, facts(to_tier="national"), prior=[prior_provincial()])
    assert params == UPGRADE_SUPPORT_V1
