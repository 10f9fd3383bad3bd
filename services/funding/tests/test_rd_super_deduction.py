"""R&D super-deduction calculator (五(三); 公告2023年第7号, 第44号): exact, by the tax year's rates."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest

from funding.calculators.rd_super_deduction import CategoryNotCovered, compute
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.permissions import integration
from tests.problems import error_fields, problem_of
from tests.stack import Stack

URL = "/api/v1/calculators/rd-super-deduction"


def request(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "year": 2024,
        "expensed": "1234567.89",
        "capitalized": "500000.01",
        "category": "general",
    }
    body.update(overrides)
    return body


# Pure logic.

RATES = {
    "rates": {
        "general": {"extra_rate": "1.00", "basis": "7号"},
        "integrated_circuit": {"extra_rate": "1.20", "basis": "44号"},
    }
}


def test_the_extra_deduction_rounds_half_up_to_the_fen() -> None:
    result = compute(
        RATES, category="integrated_circuit", expensed=Decimal("0.03"), capitalized=Decimal("0.01")
    )
    assert result.extra_deduction == Decimal("0.04")  # 0.036
    assert result.amortization_base == Decimal("0.02")  # 0.022


def test_zero_costs_give_zero() -> None:
    result = compute(RATES, category="general", expensed=Decimal("0.00"), capitalized=Decimal("0.00"))
    assert (result.extra_deduction, result.amortization_base) == (Decimal("0.00"), Decimal("0.00"))


def test_a_category_the_version_lacks_is_reported() -> None:
    with pytest.raises(CategoryNotCovered):
        compute(RATES, category="industrial_mother_machine", expensed=Decimal(1), capitalized=Decimal(1))


# Through the API, with the seeded rate table.


@pytest.mark.parametrize(
    ("year", "category", "extra_rate", "extra", "base", "basis"),
    [
        ("2023", "general", "1.00", "1234567.89", "1000000.02", "2023年第7号"),
        ("2023", "integrated_circuit", "1.20", "1481481.47", "1100000.02", "2023年第44号"),
        ("2023", "industrial_mother_machine", "1.20", "1481481.47", "1100000.02", "2023年第44号"),
        ("2027", "general", "1.00", "1234567.89", "1000000.02", "2023年第7号"),
        ("2027", "integrated_circuit", "1.20", "1481481.47", "1100000.02", "2023年第44号"),
        ("2027", "industrial_mother_machine", "1.20", "1481481.47", "1100000.02", "2023年第44号"),
        ("2028", "general", "1.00", "1234567.89", "1000000.02", "2023年第7号"),
        ("2028", "integrated_circuit", "1.00", "1234567.89", "1000000.02", "2023年第7号"),
        ("2028", "industrial_mother_machine", "1.00", "1234567.89", "1000000.02", "2023年第7号"),
        ("2040", "integrated_circuit", "1.00", "1234567.89", "1000000.02", "2023年第7号"),
    ],
)
async def test_each_category_and_year_boundary_is_exact(
    stack: Stack,
    token: TokenFactory,
    year: str,
    category: str,
    extra_rate: str,
    extra: str,
    base: str,
    basis: str,
) -> None:
    response = await stack.funding.post(
        URL, json=request(year=int(year), category=category), headers=bearer(token("center_user"))
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["extra_rate"] == extra_rate
    assert body["extra_deduction"] == extra
    assert body["amortization_base"] == base
    assert body["expensed"] == "1234567.89"
    assert body["capitalized"] == "500000.01"
    legal = body["legal_basis"]
    assert legal["policy_code"] == "rd_super_deduction"
    assert legal["version"] == (1 if int(year) <= 2027 else 2)
    assert basis in legal["basis"]
    assert legal["clause"] == "五(三)"
    assert [s["step"] for s in body["trace"]] == ["policy", "rate", "extra_deduction", "amortization_base"]
    assert body["trace"][2]["value"] == extra
    # The amounts can be recomputed from the response and its trace.
    rate = Decimal(body["extra_rate"])
    assert (Decimal(body["expensed"]) * rate).quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(extra)
    assert (Decimal(body["capitalized"]) * (1 + rate)).quantize(Decimal("0.01"), ROUND_HALF_UP) == Decimal(
        base
    )


async def test_ic_rates_change_between_2027_and_2028(stack: Stack, token: TokenFactory) -> None:
    tok = bearer(token("finance_officer"))
    body = request(expensed="100000000.00", capitalized="10000000.00", category="integrated_circuit")
    in_2027 = (await stack.funding.post(URL, json={**body, "year": 2027}, headers=tok)).json()
    in_2028 = (await stack.funding.post(URL, json={**body, "year": 2028}, headers=tok)).json()
    assert (in_2027["extra_deduction"], in_2027["amortization_base"]) == ("120000000.00", "22000000.00")
    assert (in_2028["extra_deduction"], in_2028["amortization_base"]) == ("100000000.00", "20000000.00")


async def test_a_year_without_a_version_in_force_is_422_saying_so(stack: Stack, token: TokenFactory) -> None:
    response = await stack.funding.post(URL, json=request(year=2022), headers=bearer(token("expert")))
    body = problem_of(response, 422, "no-policy-version-for-year")
    assert "2022" in body["detail"]
    assert "no version" in body["detail"]
    assert error_fields(body) == {"year"}


async def test_every_signed_in_role_may_use_it_and_anonymous_may_not(
    stack: Stack, token: TokenFactory
) -> None:
    for role in ("municipal_admin", "district_admin", "talent_officer", "scenario_publisher"):
        response = await stack.funding.post(URL, json=request(), headers=bearer(token(role)))
        assert response.status_code == 200, (role, response.text)
    problem_of(await stack.funding.post(URL, json=request()), 401)


async def test_an_integration_client_uses_it_with_the_calculators_scope_only(stack: Stack) -> None:
    scoped = await stack.funding.post(URL, json=request(), headers=integration("calculators:read"))
    assert scoped.status_code == 200, scoped.text
    problem_of(await stack.funding.post(URL, json=request(), headers=integration("budgets:read")), 403)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"expensed": 1000.5}, "expensed"),
        ({"expensed": "-1.00"}, "expensed"),
        ({"capitalized": "1.001"}, "capitalized"),
        ({"category": "tobacco"}, "category"),
        ({"year": 1800}, "year"),
    ],
)
async def test_bad_input_is_422_by_field(
    stack: Stack, token: TokenFactory, overrides: dict[str, Any], field: str
) -> None:
    response = await stack.funding.post(URL, json=request(**overrides), headers=bearer(token("center_user")))
    assert field in {f.split(".")[0] for f in error_fields(problem_of(response, 422))}
