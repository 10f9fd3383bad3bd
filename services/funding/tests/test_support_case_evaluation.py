"""Automatic evaluation through the real consumer, and what the bureau does with it (issue 4):
rule boundaries, matching funds → ineligible, prior lower-tier support → needs_review and its
resolution, district supplement lines (五(八)), and every stored amount recomputed from its trace."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from funding.policies import upgrade_support
from funding.policies.models import PolicyVersion
from funding.support_cases.models import SupportCase
from services.funding.tests.workflow_fixtures import (
    DISTRICT,
    Actors,
    act,
    add_district_policy,
    budget,
    create_budget,
    ok,
    people,
    producer,
    stack,
    supplement,
    tranche,
    upgraded_case,
)
from shared.kafka import AIOKafkaProducer
from shared.testing.fixtures import bearer
from shared.testing.services import runtime_of
from tests.problems import error_fields, problem_of
from tests.stack import Stack

__all__ = ["people", "producer", "stack"]  # module fixtures

SUPPLEMENT = f"{DISTRICT}_upgrade_supplement"


@pytest.fixture(scope="module")
async def budgets(stack: Stack, people: Actors) -> dict[str, dict[str, Any]]:
    """The city's upgrade budget and the district supplement's, created once for the module."""
    await add_district_policy(
        stack,
        code=SUPPLEMENT,
        parameters=supplement({"national": "5000000.00", "provincial": "2000000.00"}),
    )
    # A policy of another district and a district rule of another kind never price a line here.
    await add_district_policy(
        stack,
        code="haizhu_upgrade_supplement",
        district="haizhu",
        parameters=supplement({"provincial": "9.00"}),
    )
    await add_district_policy(
        stack, code=f"{DISTRICT}_talent_rule", rule_kind="talent_housing", parameters={"grant": {}}
    )
    return {
        "city": await create_budget(stack.funding, people.admin, allocated="1000000000.00"),
        "district": await create_budget(
            stack.funding, people.admin, category=SUPPLEMENT, allocated="100000000.00"
        ),
    }


@pytest.mark.parametrize(
    ("capital", "equity"),
    [
        ("333333333.30", "99999999.99"),
        ("333333333.33", "100000000.00"),
        ("333333333.34", "100000000.00"),
        ("1000000000.00", "100000000.00"),
        ("0.02", "0.01"),
    ],
)
async def test_equity_is_30_percent_up_to_exactly_100_million(
    stack: Stack,
    producer: AIOKafkaProducer,
    people: Actors,
    budgets: dict[str, Any],
    capital: str,
    equity: str,
) -> None:
    case = await upgraded_case(stack, producer, people, to_tier="national", total_share_capital=capital)
    assert case["options"] == [
        {"type": "grant", "amount": "30000000.00"},
        {"type": "equity", "amount": equity},
    ]
    assert case["trace"][-1]["value"] == equity


async def test_zero_capital_gives_the_grant_only_and_missing_paid_in_capital_changes_nothing(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    case = await upgraded_case(stack, producer, people, total_share_capital="0.00", paid_in_capital=None)
    assert case["status"] == "evaluated"
    assert case["options"] == [{"type": "grant", "amount": "10000000.00"}]
    assert case["inputs"]["paid_in_capital"] is None
    assert any(
        step["step"] == "equity" and "no total_share_capital" in step["detail"] for step in case["trace"]
    )


async def test_a_matching_funds_project_is_ineligible_on_every_line_and_cannot_be_chosen(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    case = await upgraded_case(stack, producer, people, requires_matching_funds=True)
    assert case["status"] == "ineligible"
    assert case["options"] == []
    assert "配套" in case["reason"]
    assert [line["status"] for line in case["lines"]] == ["ineligible", "ineligible"]
    refused = await act(stack.funding, people.admin, case["id"], "select_option", option="grant")
    problem_of(refused, 409, "action-not-allowed")


async def test_a_district_supplement_is_its_own_line_with_its_policy_and_budget(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    city_before = await budget(stack.funding, people.admin, budgets["city"]["id"])
    district_before = await budget(stack.funding, people.admin, budgets["district"]["id"])
    case = await upgraded_case(
        stack, producer, people, to_tier="national", total_share_capital="200000000.00"
    )
    # issue 2's case-level fields stay the city line's.
    assert case["policy"] == {"code": "upgrade_support", "version": 1, "clause": "五(二)"}
    assert case["options"] == [
        {"type": "grant", "amount": "30000000.00"},
        {"type": "equity", "amount": "60000000.00"},
    ]
    city, district = case["lines"]
    assert (city["jurisdiction"], city["category"], city["policy"]["clause"]) == (
        "city",
        "upgrade_support",
        "五(二)",
    )
    assert district["policy"] == {"code": SUPPLEMENT, "version": 1, "clause": "五(八)"}
    assert (district["jurisdiction"], district["category"]) == (DISTRICT, SUPPLEMENT)
    assert district["options"] == [{"type": "grant", "amount": "5000000.00"}]
    assert district["trace"][0]["step"] == "policy"
    assert f"{SUPPLEMENT} v1" in district["trace"][0]["detail"]

    # The district offers no equity: choosing equity needs the district line's choice named.
    unnamed = await act(stack.funding, people.admin, case["id"], "select_option", option="equity")
    assert error_fields(problem_of(unnamed, 422)) == {f"line_options.{SUPPLEMENT}"}
    selected = await ok(
        stack.funding,
        people.admin,
        case["id"],
        "select_option",
        option="equity",
        line_options={SUPPLEMENT: "grant"},
    )
    assert [line["selected_option"] for line in selected["lines"]] == ["equity", "grant"]
    await ok(stack.funding, people.officer_a, case["id"], "approve")
    approved = await ok(stack.funding, people.officer_b, case["id"], "approve")
    assert approved["approved_amount"] == "65000000.00"
    city_held = await budget(stack.funding, people.admin, budgets["city"]["id"])
    district_held = await budget(stack.funding, people.admin, budgets["district"]["id"])
    assert Decimal(city_held["committed"]) - Decimal(city_before["committed"]) == Decimal("60000000.00")
    assert Decimal(district_held["committed"]) - Decimal(district_before["committed"]) == Decimal(
        "5000000.00"
    )

    # One tranche across both lines: the city line first, the rest from the district's budget.
    paid = await ok(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        **tranche("62000000.00"),
    )
    assert [line["disbursed_amount"] for line in paid["lines"]] == ["60000000.00", "2000000.00"]
    district_paid = await budget(stack.funding, people.admin, budgets["district"]["id"])
    assert Decimal(district_paid["disbursed"]) - Decimal(district_before["disbursed"]) == Decimal(
        "2000000.00"
    )


async def test_a_district_line_without_a_budget_stops_the_approval_and_nothing_is_committed(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    await add_district_policy(
        stack,
        code="tianhe_second_supplement",
        parameters=supplement({"national": "1000000.00", "provincial": "1000000.00"}),
        effective_from=dt.date(2025, 3, 1),
    )
    city_before = await budget(stack.funding, people.admin, budgets["city"]["id"])
    case = await upgraded_case(stack, producer, people, approved_on=dt.date(2025, 4, 1))
    # The city line first, then the district's in policy-code order.
    assert [line["policy"]["code"] for line in case["lines"]] == [
        "upgrade_support",
        "tianhe_second_supplement",
        SUPPLEMENT,
    ]
    await ok(stack.funding, people.admin, case["id"], "select_option", option="grant")
    await ok(stack.funding, people.officer_a, case["id"], "approve")
    refused = await act(stack.funding, people.officer_b, case["id"], "approve")
    assert problem_of(refused, 409, "no-budget")["category"] == "tianhe_second_supplement"
    after = await budget(stack.funding, people.admin, budgets["city"]["id"])
    assert after["committed"] == city_before["committed"]  # the whole approval rolled back
    still = await stack.funding.get(f"/api/v1/support-cases/{case['id']}", headers=bearer(people.admin))
    assert still.json()["status"] == "option_selected"


async def test_a_supplement_not_yet_in_force_on_the_approval_date_prices_no_line(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    # A district of its own, whose one supplement takes effect on 2025-03-01: the day before it
    # is not in force, on the day it is.
    await add_district_policy(
        stack,
        code="conghua_upgrade_supplement",
        district="conghua",
        parameters=supplement({"national": "800000.00", "provincial": "400000.00"}),
        effective_from=dt.date(2025, 3, 1),
    )
    before = await upgraded_case(
        stack, producer, people, district="conghua", approved_on=dt.date(2025, 2, 28)
    )
    on_the_day = await upgraded_case(
        stack, producer, people, district="conghua", approved_on=dt.date(2025, 3, 1)
    )
    assert [line["policy"]["code"] for line in before["lines"]] == ["upgrade_support"]
    [_city, district_line] = on_the_day["lines"]
    assert district_line["policy"]["code"] == "conghua_upgrade_supplement"
    assert [o["amount"] for o in district_line["options"] if o["type"] == "grant"] == ["400000.00"]


async def test_prior_lower_tier_support_needs_review_and_the_bureau_decides(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    center_id = uuid.uuid4()
    provincial = await upgraded_case(stack, producer, people, center_id=center_id, to_tier="provincial")
    assert provincial["status"] == "evaluated"
    national = await upgraded_case(stack, producer, people, center_id=center_id, to_tier="national")
    assert national["status"] == "needs_review"
    assert provincial["id"] in national["reason"]
    assert national["options"]  # priced for the person who decides, never paid automatically
    problem_of(await act(stack.funding, people.admin, national["id"], "select_option", option="grant"), 409)

    missing = await act(stack.funding, people.admin, national["id"], "resolve", decision="pay")
    assert error_fields(problem_of(missing, 422)) == {"justification"}
    no_lines = await act(
        stack.funding, people.admin, national["id"], "resolve", decision="pay", justification="差额补助"
    )
    assert error_fields(problem_of(no_lines, 422)) == {"lines"}
    unknown = await act(
        stack.funding,
        people.admin,
        national["id"],
        "resolve",
        decision="pay",
        justification="差额补助",
        lines=[{"policy_code": "no_such_policy", "options": [{"type": "grant", "amount": "1.00"}]}],
    )
    assert error_fields(problem_of(unknown, 422)) == {"lines.0.policy_code"}

    resolved = await ok(
        stack.funding,
        people.admin,
        national["id"],
        "resolve",
        decision="pay",
        justification="已获省级补助1000万元，按差额补足2000万元（局长办公会纪要2025-07）",
        lines=[{"policy_code": "upgrade_support", "options": [{"type": "grant", "amount": "20000000.00"}]}],
    )
    assert resolved["status"] == "evaluated"
    assert resolved["options"] == [{"type": "grant", "amount": "20000000.00"}]
    city, *districts = resolved["lines"]
    assert city["trace"][-2]["step"] == "resolution"
    assert "差额补足" in city["trace"][-2]["detail"]
    assert districts
    assert all((d["status"], d["options"]) == ("ineligible", []) for d in districts)
    await ok(
        stack.funding, people.center_user(str(center_id)), national["id"], "select_option", option="grant"
    )
    await ok(stack.funding, people.officer_a, national["id"], "approve")
    approved = await ok(stack.funding, people.officer_b, national["id"], "approve")
    assert approved["approved_amount"] == "20000000.00"


async def test_the_bureau_may_resolve_a_review_case_as_ineligible(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    center_id = uuid.uuid4()
    await upgraded_case(stack, producer, people, center_id=center_id, to_tier="provincial")
    national = await upgraded_case(stack, producer, people, center_id=center_id, to_tier="national")
    resolved = await ok(
        stack.funding,
        people.admin,
        national["id"],
        "resolve",
        decision="ineligible",
        justification="一次性支持已享受",
    )
    assert resolved["status"] == "ineligible"
    assert resolved["reason"] == "一次性支持已享受"
    history = await stack.funding.get(
        f"/api/v1/support-cases/{national['id']}/history", headers=bearer(people.admin)
    )
    last = history.json()["items"][-1]
    assert (last["action"], last["from_status"], last["to_status"]) == (
        "resolve",
        "needs_review",
        "ineligible",
    )
    assert last["details"]["justification"] == "一次性支持已享受"


async def test_every_automatic_amount_is_recomputed_from_its_stored_inputs_and_policy_version(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, budgets: dict[str, Any]
) -> None:
    # 五(二), written out: a national upgrade gets a ¥30,000,000 grant, or equity of 30% of the
    # total share capital capped at ¥100,000,000 (none without capital).
    from_the_plan = {
        "123456789.10": [("grant", "30000000.00"), ("equity", "37037036.73")],
        "333333333.33": [("grant", "30000000.00"), ("equity", "100000000.00")],
        "0.00": [("grant", "30000000.00")],
    }
    for capital, expected in from_the_plan.items():
        case = await upgraded_case(stack, producer, people, to_tier="national", total_share_capital=capital)
        city = case["lines"][0]
        assert city["policy"]["code"] == "upgrade_support"
        assert [(o["type"], o["amount"]) for o in city["options"]] == expected, capital
    runtime = runtime_of(stack.apps["funding"])
    async with runtime.sessionmaker() as session:
        cases = (await session.scalars(select(SupportCase).options(selectinload(SupportCase.lines)))).all()
        versions = {
            (v.policy_code, v.version): v for v in (await session.scalars(select(PolicyVersion))).all()
        }
    checked = 0
    for case in cases:
        for line in case.lines:
            if any(step["step"] == "resolution" for step in line.trace) or line.status != "evaluated":
                continue  # a person set these amounts; the trace says who and why
            assert line.policy_version is not None
            version = versions[(line.policy_code, line.policy_version)]
            recomputed = upgrade_support.recompute(version.parameters, case.inputs)
            assert [{"type": o.type, "amount": f"{o.amount:.2f}"} for o in recomputed] == line.options
            checked += 1
        if case.lines and case.lines[0].jurisdiction == "city" and case.status == "evaluated":
            assert case.options == case.lines[0].options
    assert checked >= 6
