"""The first-set / first-batch / first-version subsidy rule (`五(五)`) as pure logic: every cap
boundary exactly, the per-firm yearly cap, and first-version going to a person."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from funding.first_set.rule import ProductSubsidyParams, RecognitionFacts, evaluate, recompute
from services.funding.tests.test_platform_rule import seed_migration

# The seed parameters of policy product_recognition_subsidy v1 (funding migration).
PRODUCT_RECOGNITION_SUBSIDY_V1: dict[str, Any] = {
    "catalogues": {
        "first_set_complete": {"base": "price", "ratio": "0.30", "cap": "5000000.00"},
        "first_set_single": {"base": "price", "ratio": "0.30", "cap": "3000000.00"},
        "first_batch_national": {
            "base": "sales",
            "ratio": "0.50",
            "cap": "3000000.00",
            "max_sales_months": 12,
        },
        "first_batch_city": {"base": "sales", "ratio": "0.30", "cap": "2000000.00", "max_sales_months": 12},
        "first_version": None,
    },
    "firm_year_cap": "5000000.00",
    "rounding": "ROUND_HALF_UP",
}
ZERO = Decimal("0.00")


def test_the_copied_parameters_are_the_seeded_ones() -> None:
    assert seed_migration().PRODUCT_RECOGNITION_SUBSIDY_V1 == PRODUCT_RECOGNITION_SUBSIDY_V1
    ProductSubsidyParams.model_validate(PRODUCT_RECOGNITION_SUBSIDY_V1)


def facts(
    catalogue: str, *, price: str | None = None, sales: str | None = None, months: int | None = None
) -> RecognitionFacts:
    return RecognitionFacts(
        catalogue=catalogue,
        year=2025,
        maker_uscc="91440101000000001X",
        price=None if price is None else Decimal(price),
        sales=None if sales is None else Decimal(sales),
        sales_months=months,
    )


def amount(f: RecognitionFacts, already: Decimal = ZERO) -> Decimal | None:
    return evaluate(PRODUCT_RECOGNITION_SUBSIDY_V1, f, already).amount


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        ("16666666.63", "4999999.99"),  # 4,999,999.989 → just below the cap
        ("16666666.67", "5000000.00"),  # 5,000,000.001 rounds to the cap exactly
        ("16666666.70", "5000000.00"),  # 5,000,000.01 → capped
        ("100000000.00", "5000000.00"),
        ("0.00", "0.00"),
    ],
)
def test_first_set_complete_is_30_percent_of_the_price_up_to_5_million(price: str, expected: str) -> None:
    assert amount(facts("first_set_complete", price=price)) == Decimal(expected)


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        ("9999999.96", "2999999.99"),
        ("10000000.00", "3000000.00"),  # exactly the cap
        ("10000000.10", "3000000.00"),  # 3,000,000.03 → capped
    ],
)
def test_first_set_single_machine_is_capped_at_3_million(price: str, expected: str) -> None:
    assert amount(facts("first_set_single", price=price)) == Decimal(expected)


@pytest.mark.parametrize(
    ("sales", "expected"),
    [
        ("5999999.98", "2999999.99"),
        ("6000000.00", "3000000.00"),  # exactly the cap
        ("6000000.02", "3000000.00"),  # 3,000,000.01 → capped
    ],
)
def test_first_batch_national_is_50_percent_of_sales_up_to_3_million(sales: str, expected: str) -> None:
    assert amount(facts("first_batch_national", sales=sales, months=12)) == Decimal(expected)


@pytest.mark.parametrize(
    ("sales", "expected"),
    [
        ("6666666.63", "1999999.99"),
        ("6666666.67", "2000000.00"),  # 2,000,000.001 rounds to the cap exactly
        ("6666666.70", "2000000.00"),  # 2,000,000.01 → capped
    ],
)
def test_first_batch_city_is_30_percent_of_sales_up_to_2_million(sales: str, expected: str) -> None:
    assert amount(facts("first_batch_city", sales=sales, months=6)) == Decimal(expected)


def test_twelve_months_of_sales_count_and_thirteen_go_to_a_person() -> None:
    assert amount(facts("first_batch_city", sales="1000000.00", months=12)) == Decimal("300000.00")
    decision = evaluate(
        PRODUCT_RECOGNITION_SUBSIDY_V1, facts("first_batch_city", sales="1000000.00", months=13), ZERO
    )
    assert decision.status == "needs_review"
    assert decision.amount is None


@pytest.mark.parametrize(
    ("catalogue", "already", "expected", "reduced"),
    [
        ("first_set_complete", "0.00", "5000000.00", False),  # one recognition fills the year exactly
        ("first_set_single", "2000000.00", "3000000.00", False),  # 2M + 3M reaches the yearly cap exactly
        ("first_set_single", "2000000.01", "2999999.99", True),
        ("first_set_single", "4999999.99", "0.01", True),
        ("first_set_single", "5000000.00", "0.00", True),
    ],
)
def test_at_most_5_million_per_firm_and_year(
    catalogue: str, already: str, expected: str, reduced: bool
) -> None:
    decision = evaluate(
        PRODUCT_RECOGNITION_SUBSIDY_V1, facts(catalogue, price="20000000.00"), Decimal(already)
    )
    assert decision.status == "evaluated"
    assert decision.amount == Decimal(expected)
    assert (decision.reason is not None) is reduced
    assert decision.trace[-1]["step"] == "firm_year_cap"


def test_first_version_has_no_amount_in_the_plan_so_a_person_decides() -> None:
    decision = evaluate(PRODUCT_RECOGNITION_SUBSIDY_V1, facts("first_version", price="800000.00"), ZERO)
    assert decision.status == "needs_review"
    assert decision.amount is None
    assert (
        decision.reason == "the policy version sets no subsidy amount for first_version: the bureau decides"
    )


def test_a_missing_base_goes_to_review_and_no_firm_cap_means_none_applied() -> None:
    assert evaluate(PRODUCT_RECOGNITION_SUBSIDY_V1, facts("first_set_single"), ZERO).status == "needs_review"
    params = copy.deepcopy(PRODUCT_RECOGNITION_SUBSIDY_V1)
    params["firm_year_cap"] = None
    decision = evaluate(params, facts("first_set_complete", price="20000000.00"), Decimal("9000000.00"))
    assert decision.amount == Decimal("5000000.00")


def test_the_amount_recomputes_from_the_stored_inputs() -> None:
    inputs = {
        "catalogue": "first_batch_national",
        "year": 2025,
        "maker_uscc": "91440101000000001X",
        "price": None,
        "sales": "4000000.00",
        "sales_months": 10,
        "recognized_on": "2025-06-01",
        "firm_already_granted": "3500000.00",
    }
    assert recompute(PRODUCT_RECOGNITION_SUBSIDY_V1, inputs) == Decimal("1500000.00")


@pytest.mark.parametrize(
    "broken",
    [
        {"catalogues": {"first_set_single": {"base": "price", "ratio": 0.3, "cap": "3000000.00"}}},
        {"catalogues": {"first_set_single": {"base": "weight", "ratio": "0.3", "cap": "3000000.00"}}},
        {"catalogues": {"first_set_triple": None}},
        {"catalogues": {}, "firm_year_cap": "5e6"},
    ],
)
def test_malformed_parameters_are_refused_by_the_model(broken: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ProductSubsidyParams.model_validate(broken)
