"""No overspend for any programme (issue 22): the second approvals of municipal support, platform
subsidy and first-set subsidy cases, all at once, against budgets that fit two of four each,
commit exactly what fits; the rest get 409 and the budgets are never overspent."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from services.funding.tests.programme_fixtures import Programmes, first_set, programmes, results, valid_uscc
from shared.china_time import china_today
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.problems import problem_of

PER_PROGRAMME = 4
FITS = 2
# What each programme's cases pay, and the budget category its line commits against.
AMOUNTS = {
    "municipal_support": Decimal("1000000.00"),
    "platform_subsidy": Decimal("670000.00"),  # 五(四) v1 on the results below (provisional)
    "product_recognition_subsidy": Decimal("300000.00"),  # 30% of a 1,000,000.00 price
}


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


async def post(env: Programmes, tok: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await env.funding.post(path, json=body, headers=bearer(tok))
    assert response.status_code in {200, 201}, response.text
    created: dict[str, Any] = response.json()
    return created


def confirm(policy_code: str, amount: Decimal) -> dict[str, Any]:
    return {
        "decision": "pay",
        "justification": "按规则测算金额确认",
        "lines": [{"policy_code": policy_code, "options": [{"type": "grant", "amount": f"{amount:.2f}"}]}],
    }


async def municipal_case(env: Programmes, token: TokenFactory, reviewer: str) -> str:
    center = await env.center()
    application = await post(
        env,
        token("center_user", center=center),
        "/api/v1/municipal-support/applications",
        {
            "center_id": center,
            "support_type": "funding",
            "title": "中试线建设资金支持",
            "description": "建设进展良好",
            "requested_amount": f"{AMOUNTS['municipal_support']:.2f}",
        },
    )
    case_id: str = application["support_case_id"]
    await post(
        env,
        reviewer,
        f"/api/v1/support-cases/{case_id}/actions/resolve",
        confirm("municipal_support", AMOUNTS["municipal_support"]),
    )
    return case_id


async def platform_case(env: Programmes, token: TokenFactory, reviewer: str) -> str:
    center = await env.center()
    platform = await post(
        env,
        token("municipal_admin"),
        "/api/v1/platforms",
        {
            "kind": "concept_verification",
            "name": "概念验证中心",
            "center_id": center,
            "project_approved_on": "2025-03-01",
        },
    )
    reported = await post(
        env, token("center_user", center=center), f"/api/v1/platforms/{platform['id']}/results", results()
    )
    case_id: str = reported["support_case"]["id"]
    await post(
        env,
        reviewer,
        f"/api/v1/support-cases/{case_id}/actions/resolve",
        confirm("platform_subsidy", AMOUNTS["platform_subsidy"]),
    )
    return case_id


async def recognition_case(env: Programmes, token: TokenFactory) -> str:
    center = await env.center()
    body = first_set(center, price="1000000.00", maker_uscc=valid_uscc())
    recognition = await post(env, token("municipal_admin"), "/api/v1/recognitions", body)
    assert recognition["support_case"]["status"] == "option_selected"  # priced, not provisional
    case_id: str = recognition["support_case"]["id"]
    return case_id


async def test_parallel_approvals_across_programmes_never_overspend_a_budget(
    env: Programmes, token: TokenFactory
) -> None:
    admin, reviewer = token("municipal_admin"), token("municipal_admin", sub="reviewer")
    year = china_today().year
    for category, amount in AMOUNTS.items():
        allocated = FITS * amount + amount - Decimal("0.01")  # two fit, a third misses by a fen
        await post(
            env,
            admin,
            "/api/v1/budgets",
            {"year": year, "category": category, "allocated": f"{allocated:.2f}"},
        )
    cases: dict[str, list[str]] = {category: [] for category in AMOUNTS}
    for _ in range(PER_PROGRAMME):
        cases["municipal_support"].append(await municipal_case(env, token, reviewer))
        cases["platform_subsidy"].append(await platform_case(env, token, reviewer))
        cases["product_recognition_subsidy"].append(await recognition_case(env, token))
    first, second = token("finance_officer", sub="officer-a"), token("finance_officer", sub="officer-b")
    for case_id in (c for ids in cases.values() for c in ids):
        await post(env, first, f"/api/v1/support-cases/{case_id}/actions/approve", {})

    async def approve(case_id: str) -> httpx.Response:
        return await env.funding.post(
            f"/api/v1/support-cases/{case_id}/actions/approve", json={}, headers=bearer(second)
        )

    everything = [(category, c) for category, ids in cases.items() for c in ids]
    responses = await asyncio.gather(*(approve(c) for _, c in everything))

    for category in AMOUNTS:
        mine = [r for (kind, _), r in zip(everything, responses, strict=True) if kind == category]
        assert sorted(r.status_code for r in mine) == [200] * FITS + [409] * (PER_PROGRAMME - FITS), category
        for refused in (r for r in mine if r.status_code == 409):
            problem_of(refused, 409, "budget-exceeded")
        listed = await env.funding.get(
            "/api/v1/budgets", params={"year": year, "category": category}, headers=bearer(admin)
        )
        (row,) = listed.json()["items"]
        assert Decimal(row["committed"]) == FITS * AMOUNTS[category], category
        assert Decimal(row["committed"]) <= Decimal(row["allocated"])
        assert row["available"] == f"{AMOUNTS[category] - Decimal('0.01'):.2f}"
