"""The relay publishes each committed outbox row once: rows handed over in memory by the API
process and rows read from the table never go out twice in normal operation."""

from __future__ import annotations

import asyncio
import collections
import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from registry.messaging import OutboxRecord
from shared.contracts.registry import CENTER_TOPIC
from shared.kafka import create_consumer
from shared.localbroker import LocalBroker
from shared.settings import ServiceSettings
from shared.testing.fixtures import DatabaseFactory, TokenFactory
from shared.testing.services import eventually, runtime_of
from tests.flows import create_center
from tests.stack import Stack, running_stack

GUARD_S = 10.0  # fails the test if a wait that should end does not


@pytest.fixture
async def registry_only(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(await fresh_databases(), broker.bootstrap_servers, services=("registry",)) as s:
        yield s


async def test_every_committed_row_is_published_exactly_once_under_concurrent_commits(
    registry_only: Stack, broker: LocalBroker, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="handoff-officer")
    centers = []
    for _ in range(10):  # one at a time, the relay idle in between: the in-memory hand-off path
        centers.append(await create_center(registry_only.registry, admin, ready_for_approval=False))
        await asyncio.sleep(0.05)
    # A burst: the relay is busy reading the table while more rows are handed over.
    centers += await asyncio.gather(
        *(create_center(registry_only.registry, admin, ready_for_approval=False) for _ in range(30))
    )
    runtime = runtime_of(registry_only.apps["registry"])

    async def unsent() -> bool:
        async with runtime.sessionmaker() as session:
            count = await session.scalar(
                select(func.count()).select_from(OutboxRecord).where(OutboxRecord.sent_at.is_(None))
            )
        return count == 0

    await eventually(unsent, what="every outbox row marked sent")
    async with runtime.sessionmaker() as session:
        ours = set(await session.scalars(select(OutboxRecord.event_id)))
    reader = create_consumer(
        ServiceSettings(kafka_bootstrap_servers=broker.bootstrap_servers),
        CENTER_TOPIC,
        group_id=f"handoff-{uuid.uuid4().hex[:6]}",
    )
    await reader.start()
    seen: collections.Counter[uuid.UUID] = collections.Counter()
    try:

        async def all_seen() -> bool:
            for records in (await reader.getmany(timeout_ms=200)).values():
                for record in records:
                    event_id = uuid.UUID(dict(record.headers)["ce_id"].decode())
                    if event_id in ours:
                        seen[event_id] += 1
            return set(seen) == ours

        await eventually(all_seen, what="every committed event on the topic")
        await asyncio.sleep(1.0)  # anything published twice would arrive by now
        await all_seen()
    finally:
        await reader.stop()
    assert len(ours) >= len(centers)
    assert [n for n in seen.values() if n != 1] == []
