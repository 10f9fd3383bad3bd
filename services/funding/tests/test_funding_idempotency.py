"""``Idempotency-Key`` on every funding POST that creates something (issue 4, DESIGN 7): the same
key and body create once and replay the first answer; the same key with another body is a 422.
Real PostgreSQL and the real broker."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from funding.base import Base
from funding.budgets.models import Budget
from funding.first_set.models import ProductRecognition
from funding.investments.models import GuideFundInvestment
from funding.main import build_app
from funding.municipal_support.models import MunicipalSupportApplication
from funding.platforms.models import Platform, PlatformResult
from funding.policies.models import Policy, PolicyVersion
from services.funding.tests.programme_fixtures import Programmes, programmes, valid_uscc
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.problems import error_fields, problem_of

_years = itertools.count(2061)


@dataclass
class Create:
    """One creating call: where, as whom, the body, another body, and the table it adds a row to."""

    url: str
    token: str
    body: dict[str, Any]
    other_body: dict[str, Any]
    table: type[Base]


Setup = Callable[[Programmes, TokenFactory], Awaitable[Create]]


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


async def _budget(env: Programmes, token: TokenFactory) -> Create:
    body = {"year": next(_years), "category": "upgrade_support", "allocated": "1000000.00"}
    return Create(
        "/api/v1/budgets", token("municipal_admin"), body, {**body, "allocated": "2000000.00"}, Budget
    )


async def _investment(env: Programmes, token: TokenFactory) -> Create:
    center = await env.center()
    body = {
        "fund": "angel",
        "center_id": center,
        "investee_name": "广州某新材料科技有限公司",
        "investee_uscc": env.leads[center],
        "amount": "5000000.00",
        "stake_percent": "12.5",
        "invested_on": "2025-09-01",
    }
    return Create(
        "/api/v1/investments",
        token("municipal_admin"),
        body,
        {**body, "amount": "6000000.00"},
        GuideFundInvestment,
    )


def _platform_body(center_id: str) -> dict[str, Any]:
    return {"kind": "concept_verification", "name": "广州某概念验证中心", "center_id": center_id}


async def _platform(env: Programmes, token: TokenFactory) -> Create:
    body = _platform_body(await env.center())
    return Create(
        "/api/v1/platforms", token("municipal_admin"), body, {**body, "kind": "pilot_platform"}, Platform
    )


async def _platform_results(env: Programmes, token: TokenFactory) -> Create:
    center = await env.center()
    admin = token("municipal_admin")
    registered = await env.funding.post(
        "/api/v1/platforms",
        json={**_platform_body(center), "project_approved_on": "2025-03-01"},
        headers=bearer(admin),
    )
    assert registered.status_code == 201, registered.text
    body = {
        "year": 2025,
        "services_delivered": 40,
        "projects_verified": 6,
        "projects_commercialized": 1,
        "external_clients": 3,
        "revenue": "1200000.00",
    }
    return Create(
        f"/api/v1/platforms/{registered.json()['id']}/results",
        token("center_user", center=center),
        body,
        {**body, "projects_verified": 7},
        PlatformResult,
    )


async def _recognition(env: Programmes, token: TokenFactory) -> Create:
    body = {
        "catalogue": "first_set_complete",
        "year": 2025,
        "product_name": f"智能装配成套装备 {uuid.uuid4().hex[:6]}",
        "center_id": await env.center(),
        "maker_name": "广州某装备有限公司",
        "maker_uscc": valid_uscc(),
        "buyer_name": "广州某汽车有限公司",
        "price": "20000000.00",
        "recognized_on": "2025-06-01",
        "document_no": "穗工信〔2025〕9号",
    }
    return Create(
        "/api/v1/recognitions",
        token("municipal_admin"),
        body,
        {**body, "price": "10000000.00"},
        ProductRecognition,
    )


async def _municipal_support(env: Programmes, token: TokenFactory) -> Create:
    center = await env.center()
    body = {
        "center_id": center,
        "support_type": "funding",
        "title": "中试线建设资金支持",
        "description": "已完成筹建，中试线设备采购中",
        "requested_amount": "2000000.00",
    }
    return Create(
        "/api/v1/municipal-support/applications",
        token("center_user", center=center),
        body,
        {**body, "support_type": "financing"},
        MunicipalSupportApplication,
    )


def _policy_body() -> dict[str, Any]:
    return {
        "code": f"idem_{uuid.uuid4().hex[:12]}",
        "title": "幂等测试政策",
        "clause": "五(二)",
        "source": "测试来源",
    }


async def _policy(env: Programmes, token: TokenFactory) -> Create:
    body = _policy_body()
    return Create("/api/v1/policies", token("municipal_admin"), body, {**body, "title": "另一标题"}, Policy)


async def _policy_version(env: Programmes, token: TokenFactory) -> Create:
    admin = token("municipal_admin")
    policy = _policy_body()
    created = await env.funding.post("/api/v1/policies", json=policy, headers=bearer(admin))
    assert created.status_code == 201, created.text
    body = {
        "effective_from": dt.date(2030, 1, 1).isoformat(),
        "rule_kind": "rd_super_deduction",
        "parameters": {"rates": {"general": {"extra_rate": "1.00", "basis": "公告2023年第7号"}}},
    }
    return Create(
        f"/api/v1/policies/{policy['code']}/versions",
        admin,
        body,
        {**body, "effective_from": dt.date(2031, 1, 1).isoformat()},
        PolicyVersion,
    )


CREATES: dict[str, Setup] = {
    "budget": _budget,
    "investment": _investment,
    "platform": _platform,
    "platform_results": _platform_results,
    "recognition": _recognition,
    "municipal_support_application": _municipal_support,
    "policy": _policy,
    "policy_version": _policy_version,
}


# The OpenAPI path of each creating route above.
PATHS = {
    "/api/v1/budgets": "budget",
    "/api/v1/investments": "investment",
    "/api/v1/platforms": "platform",
    "/api/v1/platforms/{platform_id}/results": "platform_results",
    "/api/v1/recognitions": "recognition",
    "/api/v1/municipal-support/applications": "municipal_support_application",
    "/api/v1/policies": "policy",
    "/api/v1/policies/{code}/versions": "policy_version",
}


def test_every_creating_post_takes_an_idempotency_key_and_is_tested_here() -> None:
    spec = build_app().openapi()
    creating = {
        path for path, ops in spec["paths"].items() if "201" in ops.get("post", {}).get("responses", {})
    }
    assert creating == set(PATHS)
    assert set(PATHS.values()) == set(CREATES)
    for path in creating:
        headers = {
            p["name"] for p in spec["paths"][path]["post"].get("parameters", []) if p["in"] == "header"
        }
        assert "Idempotency-Key" in headers, path


async def rows(env: Programmes, table: type[Base]) -> int:
    async with runtime_of(env.stack.apps["funding"]).sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(table)) or 0)


@pytest.mark.parametrize("route", sorted(CREATES))
async def test_the_same_key_and_body_create_once_and_replay_the_first_answer(
    env: Programmes, token: TokenFactory, route: str
) -> None:
    create = await CREATES[route](env, token)
    headers = {**bearer(create.token), "Idempotency-Key": f"{route}-{uuid.uuid4()}"}
    before = await rows(env, create.table)
    first = await env.funding.post(create.url, json=create.body, headers=headers)
    assert first.status_code == 201, first.text
    assert "Idempotent-Replayed" not in first.headers
    again = await env.funding.post(create.url, json=create.body, headers=headers)
    assert again.status_code == 201, again.text
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert await rows(env, create.table) == before + 1


@pytest.mark.parametrize("route", sorted(CREATES))
async def test_the_same_key_with_another_body_is_a_422_problem_and_creates_nothing(
    env: Programmes, token: TokenFactory, route: str
) -> None:
    create = await CREATES[route](env, token)
    headers = {**bearer(create.token), "Idempotency-Key": f"{route}-{uuid.uuid4()}"}
    first = await env.funding.post(create.url, json=create.body, headers=headers)
    assert first.status_code == 201, first.text
    before = await rows(env, create.table)
    other = await env.funding.post(create.url, json=create.other_body, headers=headers)
    assert error_fields(problem_of(other, 422, "validation-failed")) == {"Idempotency-Key"}
    assert await rows(env, create.table) == before


async def test_a_replayed_budget_keeps_the_etag_of_the_budget_it_created(
    env: Programmes, token: TokenFactory
) -> None:
    create = await _budget(env, token)
    headers = {**bearer(create.token), "Idempotency-Key": f"etag-{uuid.uuid4()}"}
    first = await env.funding.post(create.url, json=create.body, headers=headers)
    again = await env.funding.post(create.url, json=create.body, headers=headers)
    assert first.headers["ETag"] == again.headers["ETag"] == '"1"'
