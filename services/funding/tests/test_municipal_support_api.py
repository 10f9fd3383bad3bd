"""Municipal support (`五(二)` 视建设情况给予项目、资金、融资等支持) through the API: an application with
money opens a support case that the bureau decides and the case workflow pays (issue 22); one
without money is reviewed and closed by itself. Real PostgreSQL and the real broker."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from services.funding.tests.programme_fixtures import Programmes, budget_this_year, programmes
from shared.auth import issue_token
from shared.contracts import funding_programmes as contract
from shared.localbroker import LocalBroker
from shared.settings import ServiceSettings
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.problems import error_fields, problem_of

URL = "/api/v1/municipal-support/applications"
CASES = "/api/v1/support-cases"


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


async def apply(env: Programmes, tok: str, center_id: str, **overrides: Any) -> dict[str, Any]:
    body = {
        "center_id": center_id,
        "support_type": "funding",
        "title": "中试线建设资金支持",
        "description": "已完成筹建，中试线设备采购中",
        "requested_amount": "2000000.00",
        **overrides,
    }
    response = await env.funding.post(URL, json=body, headers=bearer(tok))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def act(env: Programmes, tok: str, application_id: str, action: str, **body: Any) -> httpx.Response:
    return await env.funding.post(f"{URL}/{application_id}/actions/{action}", json=body, headers=bearer(tok))


async def case_act(env: Programmes, tok: str, case_id: str, action: str, **body: Any) -> httpx.Response:
    return await env.funding.post(f"{CASES}/{case_id}/actions/{action}", json=body, headers=bearer(tok))


async def case_ok(env: Programmes, tok: str, case_id: str, action: str, **body: Any) -> dict[str, Any]:
    response = await case_act(env, tok, case_id, action, **body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def pay(amount: str) -> dict[str, Any]:
    return {
        "decision": "pay",
        "justification": "建设进展良好，按实际需求核定",
        "lines": [{"policy_code": "municipal_support", "options": [{"type": "grant", "amount": amount}]}],
    }


async def decided(
    env: Programmes, token: TokenFactory, amount: str, requested: str = "2000000.00"
) -> dict[str, Any]:
    """An application of a fresh center, its case resolved at ``amount`` by a reviewer."""
    center = await env.center()
    application = await apply(env, token("center_user", center=center), center, requested_amount=requested)
    reviewer = token("municipal_admin", sub="city-reviewer")
    return await case_ok(env, reviewer, application["support_case_id"], "resolve", **pay(amount))


async def approved(env: Programmes, token: TokenFactory, amount: str) -> dict[str, Any]:
    case = await decided(env, token, amount)
    await case_ok(env, token("finance_officer", sub="officer-a"), case["id"], "approve")
    return await case_ok(env, token("finance_officer", sub="officer-b"), case["id"], "approve")


async def test_an_application_opens_a_case_the_bureau_decides_and_two_officers_approve(
    env: Programmes, token: TokenFactory
) -> None:
    year = (await budget_this_year(env, token, "municipal_support", "5000000.00"))["year"]
    center = await env.center()
    application = await apply(env, token("center_user", center=center), center, requested_amount="1000000.00")
    assert application["status"] == "submitted"
    case_id = application["support_case_id"]
    case = (await env.funding.get(f"{CASES}/{case_id}", headers=bearer(token("finance_officer")))).json()
    assert (case["kind"], case["status"], case["requested_amount"]) == (
        "municipal_support",
        "needs_review",
        "1000000.00",
    )
    assert case["lines"][0]["policy"] == {"code": "municipal_support", "version": None, "clause": "五(二)"}
    resolved = await case_ok(
        env, token("municipal_admin", sub="city-reviewer"), case_id, "resolve", **pay("800000.00")
    )
    assert (resolved["status"], resolved["selected_option"], resolved["resolved_by"]) == (
        "option_selected",
        "grant",
        "city-reviewer",
    )
    first = await case_ok(env, token("finance_officer", sub="officer-a"), case_id, "approve")
    assert first["status"] == "option_selected"
    problem_of(
        await case_act(env, token("finance_officer", sub="officer-a"), case_id, "approve"),
        409,
        "same-officer",
    )
    second = await case_ok(env, token("finance_officer", sub="officer-b"), case_id, "approve")
    assert (second["status"], second["approved_amount"], second["budget_year"]) == (
        "approved",
        "800000.00",
        year,
    )
    cashier = token("finance_officer", sub="cashier")
    for voucher, amount in (("MS-0001", "300000.00"), ("MS-0002", "500000.00")):
        paid = await case_ok(
            env, cashier, case_id, "disburse", voucher_no=voucher, amount=amount, paid_on="2025-07-01"
        )
    assert (paid["status"], paid["disbursed_amount"]) == ("disbursed", "800000.00")
    closed = await case_ok(env, token("municipal_admin"), case_id, "close")
    assert closed["status"] == "closed"
    history = (await env.funding.get(f"{CASES}/{case_id}/history", headers=bearer(cashier))).json()["items"]
    assert [(h["action"], h["actor"]) for h in history] == [
        ("resolve", "city-reviewer"),
        ("approve", "officer-a"),
        ("approve", "officer-b"),
        ("disburse", "cashier"),
        ("disburse", "cashier"),
        ("close", "municipal_admin-tester"),
    ]
    ledger = await env.funding.get("/api/v1/budgets/ledger", params={"year": year}, headers=bearer(cashier))
    mine = [m for m in ledger.json()["items"] if case_id in m["reference"]]
    assert [(m["kind"], m["amount"]) for m in mine] == [
        ("commit", "800000.00"),
        ("disburse", "300000.00"),
        ("disburse", "500000.00"),
    ]
    events = await env.outbox(application["id"], contract.MUNICIPAL_SUPPORT_CHANGED)
    assert [(e.envelope["data"]["action"], e.envelope["data"]["support_case_id"]) for e in events] == [
        ("apply", case_id)
    ]


async def test_the_audits_single_person_award_is_refused(env: Programmes, token: TokenFactory) -> None:
    """Issue 22's first request: one person reviewed at 100,000.00, then awarded 900,000.00."""
    await budget_this_year(env, token, "municipal_support", "2000000.00")
    center = await env.center()
    application = await apply(env, token("center_user", center=center), center, requested_amount="100000.00")
    case_id = application["support_case_id"]
    alice = issue_token(ServiceSettings(), sub="admin-alice", roles=["municipal_admin", "finance_officer"])
    await case_ok(env, alice, case_id, "resolve", **pay("100000.00"))
    problem_of(await case_act(env, alice, case_id, "approve"), 409, "reviewer-cannot-approve")
    problem_of(await case_act(env, token("municipal_admin", sub="admin-alice"), case_id, "approve"), 403)
    # Above the request: alice's proposal waits for a second reviewer; she cannot apply it herself.
    other = await apply(env, token("center_user", center=center), center, requested_amount="100000.00")
    above = other["support_case_id"]
    proposed = await case_ok(env, alice, above, "resolve", **pay("900000.00"))
    assert (proposed["status"], proposed["resolution_proposed_by"]) == ("needs_review", "admin-alice")
    assert proposed["proposed_resolution"]["lines"][0]["options"][0]["amount"] == "900000.00"
    problem_of(await case_act(env, alice, above, "resolve", **pay("900000.00")), 409, "same-reviewer")
    problem_of(await case_act(env, alice, above, "approve"), 409)
    bob = token("municipal_admin", sub="admin-bob")
    applied = await case_ok(
        env, bob, above, "resolve", **{**pay("900000.00"), "justification": "复核同意超额"}
    )
    assert (applied["status"], applied["resolved_by"], applied["resolution_proposed_by"]) == (
        "option_selected",
        "admin-bob",
        "admin-alice",
    )
    problem_of(await case_act(env, alice, above, "approve"), 409, "reviewer-cannot-approve")
    await case_ok(env, token("finance_officer", sub="officer-a"), above, "approve")
    final = await case_ok(env, token("finance_officer", sub="officer-b"), above, "approve")
    assert final["approved_amount"] == "900000.00"
    history = (await env.funding.get(f"{CASES}/{above}/history", headers=bearer(bob))).json()["items"]
    assert history[0]["details"]["above_caps"][0]["cap"] == "100000.00"
    assert history[1]["details"]["proposed_by"] == "admin-alice"


async def test_the_budget_decides_whether_the_second_approval_fits(
    env: Programmes, token: TokenFactory
) -> None:
    available = Decimal((await budget_this_year(env, token, "municipal_support", "1.00"))["available"])
    too_much = f"{available + Decimal('1000.00'):.2f}"
    center = await env.center()
    application = await apply(env, token("center_user", center=center), center, requested_amount=too_much)
    case_id = application["support_case_id"]
    await case_ok(env, token("municipal_admin", sub="city-reviewer"), case_id, "resolve", **pay(too_much))
    await case_ok(env, token("finance_officer", sub="officer-a"), case_id, "approve")
    refused = await case_act(env, token("finance_officer", sub="officer-b"), case_id, "approve")
    problem_of(refused, 409, "budget-exceeded")
    still = (await env.funding.get(f"{CASES}/{case_id}", headers=bearer(token("finance_officer")))).json()
    assert (still["status"], still["approved_amount"], still["budget_year"]) == (
        "option_selected",
        None,
        None,
    )


async def test_concurrent_tranches_of_one_case_never_pay_above_the_approval(
    env: Programmes, token: TokenFactory
) -> None:
    await budget_this_year(env, token, "municipal_support", "1000000.00")
    case = await approved(env, token, "1000000.00")
    finance = token("finance_officer", sub="cashier")
    responses = await asyncio.gather(
        *(
            case_act(
                env,
                finance,
                case["id"],
                "disburse",
                voucher_no=f"MS-2{i:03d}-{case['id'][:6]}",
                amount="600000.00",
                paid_on="2025-07-01",
            )
            for i in range(4)
        )
    )
    assert sorted(r.status_code for r in responses) == [200, 409, 409, 409]
    after = (await env.funding.get(f"{CASES}/{case['id']}", headers=bearer(finance))).json()
    assert after["disbursed_amount"] == "600000.00"


async def test_a_monetary_application_moves_only_through_its_case(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center(district="huangpu")
    own = token("center_user", center=center)
    admin = token("municipal_admin")
    application = await apply(env, token("district_admin", district="huangpu"), center)
    case_id = application["support_case_id"]
    refused = await act(env, admin, application["id"], "review", decision="approve")
    assert problem_of(refused, 409, "paid-through-support-case")["support_case_id"] == case_id
    assert error_fields(
        problem_of(await act(env, admin, application["id"], "award", amount="1.00"), 422)
    ) >= {"action"}
    problem_of(await case_act(env, own, case_id, "resolve", **pay("1.00")), 403)
    problem_of(await case_act(env, token("finance_officer"), case_id, "resolve", **pay("1.00")), 403)
    problem_of(await act(env, token("district_admin", district="panyu"), application["id"], "withdraw"), 404)
    withdrawn = await act(env, own, application["id"], "withdraw", comment="改为申报省级项目")
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["status"] == "withdrawn"
    case = (await env.funding.get(f"{CASES}/{case_id}", headers=bearer(admin))).json()
    assert case["status"] == "cancelled"
    problem_of(await act(env, own, application["id"], "withdraw"), 409, "invalid-transition")


async def test_support_without_money_is_reviewed_and_closed_by_itself(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center()
    admin = token("municipal_admin")
    rejected = await apply(env, admin, center, support_type="project", requested_amount=None)
    assert rejected["support_case_id"] is None
    reviewed = await act(env, admin, rejected["id"], "review", decision="reject", comment="建设情况不足")
    assert reviewed.json()["status"] == "rejected"
    financing = await apply(env, admin, center, support_type="financing", requested_amount=None)
    assert (await act(env, admin, financing["id"], "review", decision="approve")).status_code == 200
    closed = await act(env, admin, financing["id"], "close", comment="已对接合作银行授信")
    assert closed.json()["status"] == "closed"
    problem_of(
        await act(env, admin, financing["id"], "review", decision="approve"), 409, "invalid-transition"
    )
    zero = await env.funding.post(
        URL,
        json={
            "center_id": center,
            "support_type": "funding",
            "title": "x",
            "description": "y",
            "requested_amount": "0.00",
        },
        headers=bearer(admin),
    )
    assert error_fields(problem_of(zero, 422)) == {"requested_amount"}


async def test_only_municipal_centers_under_construction_or_operating_apply(
    env: Programmes, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    provincial = await env.center(tier="provincial")
    body = {"center_id": provincial, "support_type": "funding", "title": "x", "description": "y"}
    problem_of(await env.funding.post(URL, json=body, headers=bearer(admin)), 409, "not-a-municipal-center")
    draft = await env.center(status="draft")
    body["center_id"] = draft
    problem_of(await env.funding.post(URL, json=body, headers=bearer(admin)), 409, "not-a-municipal-center")
    other = await env.center()
    body["center_id"] = other
    problem_of(
        await env.funding.post(URL, json=body, headers=bearer(token("center_user", center=provincial))), 403
    )
    problem_of(
        await env.funding.post(URL, json={**body, "support_type": "grant"}, headers=bearer(admin)), 422
    )
    listed = await env.funding.get(
        URL, params={"center_id": other}, headers=bearer(token("center_user", center=other))
    )
    assert listed.json()["items"] == []
