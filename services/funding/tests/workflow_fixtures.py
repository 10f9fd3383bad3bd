"""Shared helpers of the support-case workflow and budget tests: a funding service on fresh
databases fed by real ``center.upgraded`` events over the broker, and plain API factories."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from funding.config import FundingSettings
from funding.policies.models import Policy, PolicyVersion
from funding.support_cases.models import SupportCase
from shared.contracts import registry
from shared.kafka import AIOKafkaProducer, create_producer
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.events import publish, upgraded_event
from tests.stack import Stack, running_stack

DISTRICT = "tianhe"  # the district of the centers in tests.events.upgraded_event


@pytest.fixture(scope="module")
async def producer(broker: LocalBroker) -> AsyncIterator[AIOKafkaProducer]:
    instance = create_producer(
        FundingSettings(kafka_bootstrap_servers=broker.bootstrap_servers, environment="test")
    )
    await instance.start()
    yield instance
    await instance.stop()


# A new consumer group starts at the beginning of registry.center, which holds every center event
# the run has published so far; catching up can take a while on a busy machine. Below the suite's
# 180 s per-test timeout (pytest-timeout counts fixture set-up), so this deadline is the one that
# fires, naming what did not happen.
CATCH_UP_S = 120.0


@pytest.fixture(scope="module")
async def stack(
    fresh_databases: DatabaseFactory, broker: LocalBroker, producer: AIOKafkaProducer
) -> AsyncIterator[Stack]:
    async with running_stack(await fresh_databases(), broker.bootstrap_servers, services=("funding",)) as s:
        marker = uuid.uuid4()
        await publish(producer, registry.CENTER_TOPIC, upgraded_event(center_id=marker))
        await eventually(
            lambda: cases_in_db(s, [marker]), timeout=CATCH_UP_S, what="the consumer to catch up"
        )
        yield s


async def cases_in_db(stack: Stack, center_ids: list[uuid.UUID]) -> list[SupportCase] | None:
    """All the centers' cases once each has one (read straight from funding's database)."""
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        rows = (await session.scalars(select(SupportCase).where(SupportCase.center_id.in_(center_ids)))).all()
    return list(rows) if {r.center_id for r in rows} == set(center_ids) else None


class Actors:
    """Tokens of the people in the workflow (two finance officers told apart by their subject)."""

    def __init__(self, token: TokenFactory) -> None:
        self.token = token
        self.admin = token("municipal_admin", sub="city-admin")
        self.officer_a = token("finance_officer", sub="officer-a")
        self.officer_b = token("finance_officer", sub="officer-b")
        self.expert = token("expert", sub="expert-1")

    def center_user(self, center_id: str) -> str:
        return self.token("center_user", sub=f"user-of-{center_id[:8]}", center=center_id)


@pytest.fixture(scope="module")
def people(token: TokenFactory) -> Actors:
    return Actors(token)


async def upgraded_case(
    stack: Stack,
    producer: AIOKafkaProducer,
    people: Actors,
    *,
    center_id: uuid.UUID | None = None,
    **facts: Any,
) -> dict[str, Any]:
    """Publish a ``center.upgraded`` event as registry would and wait for funding's case."""
    center_id = center_id or uuid.uuid4()
    tier = facts.get("to_tier", "provincial")
    await publish(producer, registry.CENTER_TOPIC, upgraded_event(center_id=center_id, **facts))

    async def case() -> dict[str, Any] | None:
        response = await stack.funding.get(
            "/api/v1/support-cases",
            params={"center_id": str(center_id), "tier": tier},
            headers=bearer(people.admin),
        )
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()["items"]
        return items[0] if items else None

    return await eventually(case, what="the support case")


async def act(client: httpx.AsyncClient, tok: str, case_id: str, action: str, **body: Any) -> httpx.Response:
    return await client.post(
        f"/api/v1/support-cases/{case_id}/actions/{action}", json=body, headers=bearer(tok)
    )


async def ok(client: httpx.AsyncClient, tok: str, case_id: str, action: str, **body: Any) -> dict[str, Any]:
    response = await act(client, tok, case_id, action, **body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def tranche(amount: str) -> dict[str, str]:
    """The body of a ``disburse`` paying ``amount`` today under a fresh voucher number."""
    return {
        "voucher_no": f"V-{uuid.uuid4().hex[:8]}",
        "amount": amount,
        "paid_on": dt.date.today().isoformat(),
    }


def this_year() -> int:
    """The budget year an approval made now commits against (Beijing's calendar)."""
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).year


async def create_budget(
    client: httpx.AsyncClient,
    admin: str,
    *,
    category: str = "upgrade_support",
    allocated: str,
    year: int | None = None,
) -> dict[str, Any]:
    """A new budget of this (Beijing) year unless told otherwise."""
    year = year or this_year()
    response = await client.post(
        "/api/v1/budgets",
        json={"year": year, "category": category, "allocated": allocated},
        headers=bearer(admin),
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def a_budget(
    client: httpx.AsyncClient, admin: str, *, category: str = "upgrade_support", allocated: str
) -> dict[str, Any]:
    """This (Beijing) year's budget of ``category``: the one a test before made on the module's
    stack, or a new one, so a test that only needs approvals to fit runs alone too."""
    listed = await client.get(
        "/api/v1/budgets", params={"year": this_year(), "category": category}, headers=bearer(admin)
    )
    assert listed.status_code == 200, listed.text
    items: list[dict[str, Any]] = listed.json()["items"]
    return items[0] if items else await create_budget(client, admin, category=category, allocated=allocated)


async def budget(client: httpx.AsyncClient, admin: str, budget_id: str) -> dict[str, Any]:
    response = await client.get(f"/api/v1/budgets/{budget_id}", headers=bearer(admin))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def approved_case(
    stack: Stack, producer: AIOKafkaProducer, people: Actors, **facts: Any
) -> dict[str, Any]:
    """A case through selection of the grant and both approvals."""
    case = await upgraded_case(stack, producer, people, **facts)
    await ok(stack.funding, people.admin, case["id"], "select_option", option="grant")
    await ok(stack.funding, people.officer_a, case["id"], "approve")
    return await ok(stack.funding, people.officer_b, case["id"], "approve")


async def add_district_policy(
    stack: Stack,
    *,
    code: str,
    parameters: dict[str, Any],
    district: str = DISTRICT,
    effective_from: dt.date = dt.date(2025, 2, 18),
    rule_kind: str = "upgrade_support",
    version: int = 1,
) -> None:
    """Fixture setup of policy data (not of results): a district's published supplement rule."""
    runtime = runtime_of(stack.apps["funding"])
    async with runtime.sessionmaker() as session, session.begin():
        if await session.get(Policy, code) is None:
            session.add(
                Policy(
                    code=code,
                    title=f"{district} 制造业创新中心升级配套支持",
                    clause="五(八)",
                    source=f"{district} 区工业和信息化局 配套支持办法 (test)",
                    jurisdiction=district,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
            await session.flush()
        session.add(
            PolicyVersion(
                id=uuid.uuid4(),
                policy_code=code,
                version=version,
                effective_from=effective_from,
                effective_to=None,
                rule_kind=rule_kind,
                parameters=parameters,
                clause="五(八)",
                source=f"{district} 区配套支持办法 (test)",
                status="published",
                published_by="district-admin",
                created_at=dt.datetime.now(dt.UTC),
            )
        )


def supplement(grant: dict[str, str], equity: dict[str, str] | None = None) -> dict[str, Any]:
    """Parameters of a district supplement in the upgrade_support rule's shape."""
    params: dict[str, Any] = {
        "grant": {"form": "fixed", "amounts": grant},
        "exclude_if_requires_matching_funds": True,
        "one_off": True,
        "rounding": "ROUND_HALF_UP",
    }
    if equity is not None:
        params["equity"] = equity
    return params


def money(value: str) -> Decimal:
    return Decimal(value)
