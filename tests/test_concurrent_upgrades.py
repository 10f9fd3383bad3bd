"""The same upgrade sent many times at once — with or without an Idempotency-Key — is one
upgrade, one ``center.upgraded`` event and one support case (issue 24: a core promise proved)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from funding.support_cases.models import SupportCase
from registry.centers.models import CenterUpgrade
from shared.contracts.registry import CENTER_UPGRADED
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.flows import operating_center, outbox_of, upgrade_payload
from tests.stack import Stack, running_stack

SENDERS = 8


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(), broker.bootstrap_servers, services=("registry", "funding")
    ) as running:
        yield running


async def _count(stack: Stack, service: str, model: Any, center_id: str) -> int:
    async with runtime_of(stack.apps[service]).sessionmaker() as session:
        query = select(func.count()).select_from(model).where(model.center_id == center_id)
        return int(await session.scalar(query) or 0)


async def _one_of_everything(stack: Stack, center_id: str) -> None:
    assert await _count(stack, "registry", CenterUpgrade, center_id) == 1
    assert len(await outbox_of(stack, center_id, CENTER_UPGRADED)) == 1

    async def a_case() -> bool:
        return await _count(stack, "funding", SupportCase, center_id) >= 1

    await eventually(a_case, what="funding's case")
    # Funding has consumed registry's only upgrade event: it made exactly one case.
    assert await _count(stack, "funding", SupportCase, center_id) == 1


@pytest.mark.parametrize("with_key", [False, True], ids=["without a key", "with one key"])
async def test_identical_upgrades_at_the_same_moment_make_one_upgrade_and_one_case(
    stack: Stack, token: TokenFactory, with_key: bool
) -> None:
    admin = token("municipal_admin", sub="upgrading-officer")
    center = await operating_center(stack.registry, admin)
    headers = {**bearer(admin), **({"Idempotency-Key": f"upgrade-{center['id']}"} if with_key else {})}
    body = upgrade_payload(to_tier="national")
    responses = await asyncio.gather(
        *(
            stack.registry.post(f"/api/v1/centers/{center['id']}/upgrades", json=body, headers=headers)
            for _ in range(SENDERS)
        )
    )
    statuses = sorted(r.status_code for r in responses)
    # With a key every answer replays the first (201); without one the first creates (201) and
    # the rest find the same upgrade done (200, no second event).
    assert statuses == ([201] * SENDERS if with_key else [200] * (SENDERS - 1) + [201]), [
        r.text for r in responses
    ]
    assert len({r.json()["id"] for r in responses}) == 1
    await _one_of_everything(stack, center["id"])
