"""Municipal support (`五(二)` 视建设情况给予项目、资金、融资等支持) through the API: apply, review,
award against the budget ledger, tranches, close; real PostgreSQL and the real broker."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from typing import Any

import pytest

from services.funding.tests.programme_fixtures import Programmes, programmes
from shared.contracts import funding_programmes as contract
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.problems import error_fields, problem_of

URL = "/api/v1/municipal-support/applications"
_years = itertools.count(2031)


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


async def budget(env: Programmes, token: TokenFactory, allocated: str) -> int:
    """A fresh year's ``municipal_support`` budget (each test its own year)."""
    year = next(_years)
    response = await env.funding.post(
        "/api/v1/budgets",
        json={"year": year, "category": "municipal_support", "allocated": allocated},
        headers=bearer(token("municipal_admin")),
    )
    assert response.status_code == 201, response.text
    return year


async def balance(env: Programmes, token: TokenFactory, year: int) -> dict[str, str]:
    response = await env.funding.get(
        "/api/v1/budgets", params={"year": year}, headers=bearer(token("municipal_admin"))
    )
    [row] = [b for b in response.json()["items"] if b["category"] == "municipal_support"]
    return {k: row[k] for k in ("allocated", "committed", "disbursed", "available")}


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


async def act(env: Programmes, tok: str, application_id: str, action: str, **body: Any) -> Any:
    return await env.funding.post(f"{URL}/{application_id}/actions/{action}", json=body, headers=bearer(tok))


async def ok(env: Programmes, tok: str, application_id: str, action: str, **body: Any) -> dict[str, Any]:
    response = await act(env, tok, application_id, action, **body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def awarded(
    env: Programmes, token: TokenFactory, amount: str, allocated: str = "5000000.00"
) -> tuple[str, dict[str, Any], int]:
    center = await env.center()
    year = await budget(env, token, allocated)
    application = await apply(env, token("center_user", center=center), center)
    admin = token("municipal_admin", sub="city-reviewer")
    await ok(env, admin, application["id"], "review", decision="approve", comment="建设进展良好")
    body = await ok(env, admin, application["id"], "award", amount=amount, budget_year=year)
    return center, body, year


async def test_apply_review_award_and_pay_in_tranches_on_the_budget_ledger(
    env: Programmes, token: TokenFactory
) -> None:
    _center, application, year = await awarded(env, token, "1000000.00")
    assert application["status"] == "awarded"
    assert application["awarded_amount"] == "1000000.00"
    assert await balance(env, token, year) == {
        "allocated": "5000000.00",
        "committed": "1000000.00",
        "disbursed": "0.00",
        "available": "4000000.00",
    }
    finance = token("finance_officer", sub="cashier")
    first = await ok(
        env,
        finance,
        application["id"],
        "disburse",
        voucher_no="MS-0001",
        amount="400000.00",
        paid_on="2025-07-01",
    )
    assert first["status"] == "awarded"
    assert first["outstanding_amount"] == "600000.00"
    too_much = await act(
        env,
        finance,
        application["id"],
        "disburse",
        voucher_no="MS-0002",
        amount="600000.01",
        paid_on="2025-08-01",
    )
    assert problem_of(too_much, 409, "amount-above-award")["outstanding"] == "600000.00"
    last = await ok(
        env,
        finance,
        application["id"],
        "disburse",
        voucher_no="MS-0002",
        amount="600000.00",
        paid_on="2025-08-01",
    )
    assert last["status"] == "disbursed"
    assert [d["voucher_no"] for d in last["disbursements"]] == ["MS-0001", "MS-0002"]
    assert await balance(env, token, year) == {
        "allocated": "5000000.00",
        "committed": "0.00",
        "disbursed": "1000000.00",
        "available": "4000000.00",
    }
    closed = await ok(env, token("municipal_admin"), application["id"], "close", comment="办结")
    assert closed["status"] == "closed"
    history = (await env.funding.get(f"{URL}/{application['id']}/history", headers=bearer(finance))).json()
    assert [(h["action"], h["from_status"], h["to_status"]) for h in history] == [
        ("apply", None, "submitted"),
        ("review", "submitted", "approved"),
        ("award", "approved", "awarded"),
        ("disburse", "awarded", "awarded"),
        ("disburse", "awarded", "disbursed"),
        ("close", "disbursed", "closed"),
    ]
    assert history[2]["actor"] == "city-reviewer"
    assert history[3]["actor_role"] == "finance_officer"
    events = await env.outbox(application["id"], contract.MUNICIPAL_SUPPORT_CHANGED)
    assert [e.envelope["data"]["action"] for e in events] == [
        "apply",
        "review",
        "award",
        "disburse",
        "disburse",
        "close",
    ]
    ledger = await env.funding.get("/api/v1/budgets/ledger", params={"year": year}, headers=bearer(finance))
    references = [m["reference"] for m in ledger.json()["items"] if m["kind"] != "allocate"]
    assert references == [
        f"municipal_support:{application['id']}",
        f"municipal_support:{application['id']}:MS-0001",
        f"municipal_support:{application['id']}:MS-0002",
    ]


async def test_closing_with_an_unpaid_rest_gives_it_back_to_the_budget(
    env: Programmes, token: TokenFactory
) -> None:
    _center, application, year = await awarded(env, token, "500000.00")
    await ok(
        env,
        token("finance_officer"),
        application["id"],
        "disburse",
        voucher_no="MS-1001",
        amount="200000.00",
        paid_on="2025-07-01",
    )
    closed = await ok(env, token("municipal_admin"), application["id"], "close", comment="项目提前结束")
    assert closed["released_amount"] == "300000.00"
    assert closed["outstanding_amount"] == "0.00"
    assert await balance(env, token, year) == {
        "allocated": "5000000.00",
        "committed": "0.00",
        "disbursed": "200000.00",
        "available": "4800000.00",
    }


async def test_the_budget_decides_whether_an_award_fits(env: Programmes, token: TokenFactory) -> None:
    center = await env.center()
    admin = token("municipal_admin")
    application = await apply(env, token("center_user", center=center), center)
    await ok(env, admin, application["id"], "review", decision="approve")
    problem_of(
        await act(env, admin, application["id"], "award", amount="100.00", budget_year=2099), 409, "no-budget"
    )
    year = await budget(env, token, "999999.99")
    exceeded = await act(env, admin, application["id"], "award", amount="1000000.00", budget_year=year)
    problem_of(exceeded, 409, "budget-exceeded")
    still = (await env.funding.get(f"{URL}/{application['id']}", headers=bearer(admin))).json()
    assert still["status"] == "approved"
    assert still["awarded_amount"] is None
    fits = await ok(env, admin, application["id"], "award", amount="999999.99", budget_year=year)
    assert fits["status"] == "awarded"
    assert (await balance(env, token, year))["available"] == "0.00"


async def test_concurrent_tranches_never_pay_above_the_award(env: Programmes, token: TokenFactory) -> None:
    _center, application, year = await awarded(env, token, "1000000.00")
    finance = token("finance_officer")
    responses = await asyncio.gather(
        *(
            act(
                env,
                finance,
                application["id"],
                "disburse",
                voucher_no=f"MS-2{i:03d}",
                amount="600000.00",
                paid_on="2025-07-01",
            )
            for i in range(4)
        )
    )
    assert sorted(r.status_code for r in responses) == [200, 409, 409, 409]
    assert (await balance(env, token, year))["disbursed"] == "600000.00"


async def test_a_voucher_pays_once(env: Programmes, token: TokenFactory) -> None:
    _center, first, _year = await awarded(env, token, "100000.00")
    _center, second, _year = await awarded(env, token, "100000.00")
    finance = token("finance_officer")
    await ok(env, finance, first["id"], "disburse", voucher_no="MS-3001", amount="1.00", paid_on="2025-07-01")
    again = await act(
        env, finance, second["id"], "disburse", voucher_no="MS-3001", amount="1.00", paid_on="2025-07-01"
    )
    assert error_fields(problem_of(again, 409, "voucher-used")) == {"voucher_no"}


async def test_each_action_needs_its_role_and_its_status(env: Programmes, token: TokenFactory) -> None:
    center = await env.center(district="huangpu")
    own = token("center_user", center=center)
    admin, finance = token("municipal_admin"), token("finance_officer")
    application = await apply(env, token("district_admin", district="huangpu"), center)
    problem_of(await act(env, own, application["id"], "review", decision="approve"), 403)
    problem_of(await act(env, finance, application["id"], "review", decision="approve"), 403)
    problem_of(
        await act(env, admin, application["id"], "award", amount="1.00", budget_year=2031),
        409,
        "invalid-transition",
    )
    problem_of(
        await act(
            env, admin, application["id"], "disburse", voucher_no="x", amount="1.00", paid_on="2025-07-01"
        ),
        403,
    )
    problem_of(await act(env, token("district_admin", district="panyu"), application["id"], "withdraw"), 404)
    assert error_fields(
        problem_of(await act(env, admin, application["id"], "review", decision="maybe"), 422)
    ) == {"decision"}
    await ok(env, admin, application["id"], "review", decision="approve")
    missing = await act(env, admin, application["id"], "award")
    assert error_fields(problem_of(missing, 422)) == {"amount", "budget_year"}
    problem_of(
        await act(
            env, finance, application["id"], "disburse", voucher_no="x", amount="1.00", paid_on="2025-07-01"
        ),
        409,
    )
    withdrawn = await ok(env, own, application["id"], "withdraw", comment="改为申报省级项目")
    assert withdrawn["status"] == "withdrawn"
    problem_of(await act(env, admin, application["id"], "close"), 409, "invalid-transition")
    problem_of(await act(env, admin, application["id"], "pay"), 422)


async def test_a_rejected_application_ends_and_a_non_monetary_support_closes_without_money(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center()
    admin = token("municipal_admin")
    rejected = await apply(env, admin, center, support_type="project", requested_amount=None)
    assert (await ok(env, admin, rejected["id"], "review", decision="reject", comment="建设情况不足"))[
        "status"
    ] == "rejected"
    problem_of(await act(env, admin, rejected["id"], "award", amount="1.00", budget_year=2031), 409)
    financing = await apply(env, admin, center, support_type="financing", requested_amount=None)
    await ok(env, admin, financing["id"], "review", decision="approve")
    closed = await ok(env, admin, financing["id"], "close", comment="已对接合作银行授信")
    assert closed["status"] == "closed"
    assert closed["awarded_amount"] is None


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
