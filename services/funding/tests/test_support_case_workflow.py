"""The support-case workflow over HTTP on real PostgreSQL, fed by real upgrade events (issue 4):
selection, two officers' approval, tranches, closing; wrong roles, wrong statuses, the same
officer twice, paying above the approved amount; history and events of every transition."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from funding.messaging import OutboxRecord
from services.funding.tests.workflow_fixtures import (
    Actors,
    act,
    approved_case,
    budget,
    create_budget,
    ok,
    people,
    producer,
    stack,
    tranche,
    upgraded_case,
)
from shared.contracts import funding as contract
from shared.kafka import AIOKafkaProducer
from shared.testing.fixtures import bearer
from shared.testing.services import runtime_of
from tests.problems import error_fields, problem_of
from tests.stack import Stack

__all__ = ["people", "producer", "stack"]  # module fixtures

ALLOCATED = "10000000000.00"


@pytest.fixture(scope="module")
async def city_budget(stack: Stack, people: Actors) -> dict[str, Any]:
    return await create_budget(stack.funding, people.admin, allocated=ALLOCATED)


async def history(stack: Stack, tok: str, case_id: str) -> list[dict[str, Any]]:
    response = await stack.funding.get(f"/api/v1/support-cases/{case_id}/history", headers=bearer(tok))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_a_case_goes_from_evaluation_to_closing_with_two_officers_and_two_tranches(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    before = await budget(stack.funding, people.admin, city_budget["id"])
    case = await upgraded_case(
        stack, producer, people, to_tier="national", total_share_capital="500000000.00"
    )
    assert case["status"] == "evaluated"
    assert [line["policy"]["code"] for line in case["lines"]] == ["upgrade_support"]
    own = people.center_user(case["center_id"])

    selected = await ok(stack.funding, own, case["id"], "select_option", option="grant", comment="选择补助")
    assert selected["status"] == "option_selected"
    assert selected["selected_option"] == "grant"

    first = await ok(stack.funding, people.officer_a, case["id"], "approve", comment="初审同意")
    assert first["status"] == "option_selected"
    assert first["first_approved_by"] == "officer-a"
    assert first["approved_amount"] is None

    second = await ok(stack.funding, people.officer_b, case["id"], "approve", comment="复核同意")
    assert second["status"] == "approved"
    assert second["approved_amount"] == "30000000.00"
    assert second["approved_by"] == "officer-b"
    assert second["budget_year"] == city_budget["year"]
    committed = await budget(stack.funding, people.admin, city_budget["id"])
    assert Decimal(committed["committed"]) - Decimal(before["committed"]) == Decimal("30000000.00")

    part = await ok(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        **tranche("10000000.00"),
    )
    assert part["status"] == "approved"
    assert part["disbursed_amount"] == "10000000.00"
    rest = await ok(
        stack.funding,
        people.officer_b,
        case["id"],
        "disburse",
        **tranche("20000000.00"),
    )
    assert rest["status"] == "disbursed"
    assert rest["disbursed_amount"] == "30000000.00"
    after = await budget(stack.funding, people.admin, city_budget["id"])
    assert Decimal(after["committed"]) == Decimal(before["committed"])
    assert Decimal(after["disbursed"]) - Decimal(before["disbursed"]) == Decimal("30000000.00")
    assert Decimal(after["available"]) == Decimal(before["available"]) - Decimal("30000000.00")

    closed = await ok(stack.funding, people.admin, case["id"], "close", comment="结案")
    assert closed["status"] == "closed"

    steps = await history(stack, own, case["id"])
    assert [(h["action"], h["from_status"], h["to_status"], h["actor"], h["actor_role"]) for h in steps] == [
        ("select_option", "evaluated", "option_selected", f"user-of-{case['center_id'][:8]}", "center_user"),
        ("approve", "option_selected", "option_selected", "officer-a", "finance_officer"),
        ("approve", "option_selected", "approved", "officer-b", "finance_officer"),
        ("disburse", "approved", "approved", "officer-a", "finance_officer"),
        ("disburse", "approved", "disbursed", "officer-b", "finance_officer"),
        ("close", "disbursed", "closed", "city-admin", "municipal_admin"),
    ]
    assert steps[1]["comment"] == "初审同意"
    assert steps[2]["details"]["commitments"] == [{"category": "upgrade_support", "amount": "30000000.00"}]
    assert all(h["created_at"] for h in steps)

    payments = await stack.funding.get(
        f"/api/v1/support-cases/{case['id']}/disbursements", headers=bearer(people.officer_a)
    )
    assert [p["amount"] for p in payments.json()["items"]] == ["10000000.00", "20000000.00"]

    # Every transition is an event in the outbox, in order.
    runtime = runtime_of(stack.apps["funding"])
    async with runtime.sessionmaker() as session:
        rows = (
            await session.scalars(
                select(OutboxRecord)
                .where(
                    OutboxRecord.event_type == contract.SUPPORT_CASE_STATUS_CHANGED,
                    OutboxRecord.key == case["center_id"],
                )
                .order_by(OutboxRecord.id)
            )
        ).all()
    bodies = [contract.SupportCaseStatusChanged.model_validate(r.envelope["data"]) for r in rows]
    assert [(b.action, b.to_status) for b in bodies] == [(h["action"], h["to_status"]) for h in steps]
    assert bodies[-1].disbursed_amount == Decimal("30000000.00")


async def test_the_equity_option_is_approved_at_its_own_amount(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    case = await upgraded_case(stack, producer, people, total_share_capital="123456789.10")
    await ok(stack.funding, people.admin, case["id"], "select_option", option="equity")
    await ok(stack.funding, people.officer_a, case["id"], "approve")
    approved = await ok(stack.funding, people.officer_b, case["id"], "approve")
    assert approved["approved_amount"] == "37037036.73"
    assert approved["lines"][0]["approved_amount"] == "37037036.73"


async def test_the_same_officer_cannot_give_both_approvals(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    case = await upgraded_case(stack, producer, people)
    await ok(stack.funding, people.admin, case["id"], "select_option", option="grant")
    await ok(stack.funding, people.officer_a, case["id"], "approve")
    again = await act(stack.funding, people.officer_a, case["id"], "approve")
    body = problem_of(again, 409, "same-officer")
    assert "officer-a" in body["detail"]
    still = await stack.funding.get(f"/api/v1/support-cases/{case['id']}", headers=bearer(people.admin))
    assert still.json()["status"] == "option_selected"
    assert still.json()["approved_amount"] is None
    approved = await ok(stack.funding, people.officer_b, case["id"], "approve")
    assert approved["status"] == "approved"


async def test_reselecting_the_option_voids_a_first_approval(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    case = await upgraded_case(stack, producer, people)
    await ok(stack.funding, people.admin, case["id"], "select_option", option="grant")
    await ok(stack.funding, people.officer_a, case["id"], "approve")
    reselected = await ok(stack.funding, people.admin, case["id"], "select_option", option="equity")
    assert reselected["first_approved_by"] is None
    # officer-a's approval no longer counts: officer-b is now the first.
    first = await ok(stack.funding, people.officer_b, case["id"], "approve")
    assert first["status"] == "option_selected"
    approved = await ok(stack.funding, people.officer_a, case["id"], "approve")
    assert approved["approved_amount"] == "60000000.00"


@pytest.mark.parametrize(
    ("action", "role", "body"),
    [
        ("select_option", "finance_officer", {"option": "grant"}),
        ("select_option", "district_admin", {"option": "grant"}),
        ("select_option", "expert", {"option": "grant"}),
        ("approve", "municipal_admin", {}),
        ("approve", "center_user", {}),
        ("disburse", "municipal_admin", {"voucher_no": "X", "amount": "1.00", "paid_on": "2025-07-01"}),
        ("resolve", "finance_officer", {"decision": "ineligible", "justification": "x"}),
        ("cancel", "finance_officer", {"comment": "x"}),
        ("suspend", "center_user", {"comment": "x"}),
        ("close", "expert", {}),
    ],
)
async def test_a_role_that_may_not_take_the_action_gets_403(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, action: str, role: str, body: dict[str, Any]
) -> None:
    case = await upgraded_case(stack, producer, people)
    tok = people.token(role, sub="someone", district="tianhe", center=case["center_id"])
    problem_of(await act(stack.funding, tok, case["id"], action, **body), 403, "forbidden")
    unchanged = await stack.funding.get(f"/api/v1/support-cases/{case['id']}", headers=bearer(people.admin))
    assert unchanged.json()["status"] == "evaluated"
    assert unchanged.json()["version"] == 1


async def test_a_center_user_selects_only_for_its_own_center(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    case = await upgraded_case(stack, producer, people)
    stranger = people.center_user(str(uuid.uuid4()))
    # Not there for another center, as when reading it: a 403 would tell the case exists.
    refused = await act(stack.funding, stranger, case["id"], "select_option", option="grant")
    problem_of(refused, 404, "support-case-not-found")
    own = await ok(
        stack.funding, people.center_user(case["center_id"]), case["id"], "select_option", option="grant"
    )
    assert own["status"] == "option_selected"


@pytest.mark.parametrize(
    ("action", "tok", "body"),
    [
        ("approve", "officer_a", {}),
        ("disburse", "officer_a", {"voucher_no": "V-early", "amount": "1.00", "paid_on": "2025-07-01"}),
        ("close", "admin", {}),
        ("resolve", "admin", {"decision": "ineligible", "justification": "不符合"}),
        ("resume", "admin", {}),
    ],
)
async def test_an_action_not_allowed_from_the_current_status_gets_409(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, action: str, tok: str, body: dict[str, Any]
) -> None:
    case = await upgraded_case(stack, producer, people)
    problem = problem_of(await act(stack.funding, getattr(people, tok), case["id"], action, **body), 409)
    assert problem["type"] == "urn:gz-mic:problem:action-not-allowed"
    assert problem["status"] == 409


async def test_paying_above_the_approved_amount_is_refused_in_total_as_well(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    case = await approved_case(stack, producer, people)  # provincial grant: 10,000,000.00
    today = dt.date.today().isoformat()
    too_much = await act(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no="V-over-1",
        amount="10000000.01",
        paid_on=today,
    )
    problem_of(too_much, 409, "disbursement-exceeds-approved")
    await ok(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        **tranche("6000000.00"),
    )
    cumulative = await act(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no="V-over-2",
        amount="4000000.01",
        paid_on=today,
    )
    body = problem_of(cumulative, 409, "disbursement-exceeds-approved")
    assert body["disbursed"] == "6000000.00"
    done = await ok(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        **tranche("4000000.00"),
    )
    assert done["status"] == "disbursed"
    assert done["disbursed_amount"] == "10000000.00"


async def test_a_voucher_pays_once_and_a_tranche_is_validated(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    case = await approved_case(stack, producer, people)
    voucher = f"V-{uuid.uuid4().hex[:8]}"
    today = dt.date.today()
    await ok(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no=voucher,
        amount="1.00",
        paid_on=today.isoformat(),
    )
    again = await act(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no=voucher,
        amount="1.00",
        paid_on=today.isoformat(),
    )
    problem_of(again, 409, "voucher-used")
    missing = await act(stack.funding, people.officer_a, case["id"], "disburse", amount="1.00")
    assert error_fields(problem_of(missing, 422)) == {"voucher_no", "paid_on"}
    future = await act(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no="V-future",
        amount="1.00",
        paid_on=(today + dt.timedelta(days=3)).isoformat(),
    )
    assert error_fields(problem_of(future, 422)) == {"paid_on"}
    zero = await act(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no="V-zero",
        amount="0.00",
        paid_on=today.isoformat(),
    )
    assert error_fields(problem_of(zero, 422)) == {"amount"}
    floaty = await act(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no="V-f",
        amount=1.5,
        paid_on=today.isoformat(),
    )
    assert "amount" in error_fields(problem_of(floaty, 422))


async def test_select_option_needs_an_option_and_only_known_ones(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    case = await upgraded_case(stack, producer, people)
    assert error_fields(
        problem_of(await act(stack.funding, people.admin, case["id"], "select_option"), 422)
    ) == {"option"}
    bad = await act(stack.funding, people.admin, case["id"], "select_option", option="loan")
    assert "option" in error_fields(problem_of(bad, 422))
    unknown_line = await act(
        stack.funding,
        people.admin,
        case["id"],
        "select_option",
        option="grant",
        line_options={"nope": "grant"},
    )
    assert error_fields(problem_of(unknown_line, 422)) == {"line_options.nope"}


async def test_a_case_without_equity_cannot_select_equity(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    case = await upgraded_case(stack, producer, people, total_share_capital="0.00")
    assert [o["type"] for o in case["options"]] == ["grant"]
    refused = await act(stack.funding, people.admin, case["id"], "select_option", option="equity")
    assert error_fields(problem_of(refused, 422)) == {"line_options.upgrade_support"}


async def test_rejecting_an_approved_case_releases_its_commitment(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    before = await budget(stack.funding, people.admin, city_budget["id"])
    case = await approved_case(stack, producer, people)
    held = await budget(stack.funding, people.admin, city_budget["id"])
    assert Decimal(held["committed"]) - Decimal(before["committed"]) == Decimal("10000000.00")
    problem_of(await act(stack.funding, people.officer_a, case["id"], "reject"), 422)  # a reason is required
    rejected = await ok(stack.funding, people.officer_a, case["id"], "reject", comment="材料不实")
    assert rejected["status"] == "rejected"
    after = await budget(stack.funding, people.admin, city_budget["id"])
    assert after["committed"] == before["committed"]
    steps = await history(stack, people.admin, case["id"])
    assert steps[-1]["details"]["released"] == [{"category": "upgrade_support", "amount": "10000000.00"}]
    problem_of(await act(stack.funding, people.admin, case["id"], "cancel", comment="x"), 409)


async def test_cancelling_a_partly_paid_case_releases_only_the_unpaid_rest(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    before = await budget(stack.funding, people.admin, city_budget["id"])
    case = await approved_case(stack, producer, people)
    await ok(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        **tranche("2500000.00"),
    )
    cancelled = await ok(stack.funding, people.admin, case["id"], "cancel", comment="中心主动放弃剩余资金")
    assert cancelled["status"] == "cancelled"
    after = await budget(stack.funding, people.admin, city_budget["id"])
    assert after["committed"] == before["committed"]
    assert Decimal(after["disbursed"]) - Decimal(before["disbursed"]) == Decimal("2500000.00")


async def test_suspend_and_resume_return_the_case_where_it_was(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, city_budget: dict[str, Any]
) -> None:
    case = await approved_case(stack, producer, people)
    suspended = await ok(stack.funding, people.admin, case["id"], "suspend", comment="核查中")
    assert suspended["status"] == "suspended"
    blocked = await act(
        stack.funding,
        people.officer_a,
        case["id"],
        "disburse",
        voucher_no="V-blocked",
        amount="1.00",
        paid_on=dt.date.today().isoformat(),
    )
    problem_of(blocked, 409, "action-not-allowed")
    resumed = await ok(stack.funding, people.admin, case["id"], "resume", comment="核查完毕")
    assert resumed["status"] == "approved"


async def test_a_stale_if_match_is_refused(stack: Stack, producer: AIOKafkaProducer, people: Actors) -> None:
    case = await upgraded_case(stack, producer, people)
    read = await stack.funding.get(f"/api/v1/support-cases/{case['id']}", headers=bearer(people.admin))
    etag = read.headers["ETag"]
    await ok(stack.funding, people.admin, case["id"], "select_option", option="grant")
    stale = await stack.funding.post(
        f"/api/v1/support-cases/{case['id']}/actions/select_option",
        json={"option": "equity"},
        headers={**bearer(people.admin), "If-Match": etag},
    )
    problem_of(stale, 412)


async def test_an_unknown_case_or_action_is_a_clear_problem(stack: Stack, people: Actors) -> None:
    problem_of(await act(stack.funding, people.officer_a, str(uuid.uuid4()), "approve"), 404)
    problem_of(await act(stack.funding, people.officer_a, str(uuid.uuid4()), "pay_twice"), 422)
