"""The ops command re-publishes a period of outbox rows; idempotent consumers make it harmless."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from registry.messaging import OutboxRecord
from shared.cli import main as cli
from shared.consumer import CONSUMED
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.flows import operating_center, upgrade_payload
from tests.stack import Stack, running_stack


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    urls = await fresh_databases()
    async with running_stack(urls, broker.bootstrap_servers, services=("registry", "funding")) as s:
        yield s


async def test_republishing_a_period_sends_its_events_again_and_changes_no_case(
    stack: Stack, token: TokenFactory
) -> None:
    admin, officer = token("municipal_admin"), token("finance_officer")
    since = dt.datetime.now(dt.UTC)
    center = await operating_center(stack.registry, admin)
    response = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/upgrades", json=upgrade_payload(), headers=bearer(admin)
    )
    assert response.status_code == 201

    async def cases() -> list[dict[str, Any]] | None:
        found = await stack.funding.get(
            "/api/v1/support-cases", params={"center_id": center["id"]}, headers=bearer(officer)
        )
        items: list[dict[str, Any]] = found.json()["items"]
        return items or None

    first = await eventually(cases, what="the case")
    registry = runtime_of(stack.apps["registry"])

    async def unsent() -> int:
        async with registry.sessionmaker() as session:
            return int(
                await session.scalar(
                    select(func.count()).select_from(OutboxRecord).where(OutboxRecord.sent_at.is_(None))
                )
                or 0
            )

    await eventually(lambda: _is_zero(unsent), what="everything sent")
    group = stack.apps["funding"].state.settings.consumer_group
    duplicates_before = CONSUMED.labels(group, "duplicate")._value.get()
    until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    await asyncio.to_thread(
        cli,
        [
            "republish",
            "--service",
            "registry",
            "--since",
            since.isoformat(),
            "--until",
            until.isoformat(),
            "--database-url",
            stack.urls["registry"],
        ],
    )
    await eventually(lambda: _is_zero(unsent), what="the period re-published")
    # created + 5 status changes + upgraded = 7 events replayed, each skipped by the inbox
    await eventually(
        lambda: _at_least(CONSUMED.labels(group, "duplicate"), duplicates_before + 7),
        what="the replayed events reaching funding",
    )
    assert await cases() == first


async def _is_zero(probe: Any) -> bool:
    return bool(await probe() == 0)


async def _at_least(metric: Any, value: float) -> bool:
    return bool(metric._value.get() >= value)
