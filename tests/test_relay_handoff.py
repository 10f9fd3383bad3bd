"""The relay publishes each committed outbox row once: rows handed over in memory by the API
process and rows read from the table never go out twice in normal operation."""

from __future__ import annotations

import asyncio
import collections
import uuid
from collections.abc import AsyncIterator

import pytest
from prometheus_client import REGISTRY
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
    runtime = runtime_of(registry_only.apps["registry"])

    async def unsent() -> bool:
        async with runtime.sessionmaker() as session:
            count = await session.scalar(
                select(func.count()).select_from(OutboxRecord).where(OutboxRecord.sent_at.is_(None))
            )
        return count == 0

    handed_over_before = _published("handoff")
    centers = []
    for _ in range(10):  # one at a time, each sent before the next: the in-memory hand-off path
        centers.append(await create_center(registry_only.registry, admin, ready_for_approval=False))
        await eventually(unsent, what="the center's event marked sent")
    # The relay's safety-net sweep may claim a row first now and then; most go the hand-off way.
    assert _published("handoff") - handed_over_before >= 5
    # A burst: the relay is busy reading the table while more rows are handed over.
    centers += await asyncio.gather(
        *(create_center(registry_only.registry, admin, ready_for_approval=False) for _ in range(30))
    )
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
        # Every row is marked sent only after the broker acknowledged it, so whatever was
        # published (twice or not) is below the topic's end offsets now: read up to them.
        async def consume() -> None:
            for records in (await reader.getmany(timeout_ms=200)).values():
                for record in records:
                    event_id = uuid.UUID(dict(record.headers)["ce_id"].decode())
                    if event_id in ours:
                        seen[event_id] += 1

        async def assigned() -> bool:
            await consume()  # joining the group happens while fetching
            return bool(reader.assignment())

        await eventually(assigned, what="partitions assigned")
        partitions = list(reader.assignment())
        end = await reader.end_offsets(partitions)

        async def read_to_the_end() -> bool:
            await consume()
            positions = [await reader.position(tp) for tp in partitions]
            return all(position >= end[tp] for position, tp in zip(positions, partitions, strict=True))

        await eventually(read_to_the_end, what="the topic read up to its end offsets")
    finally:
        await reader.stop()
    assert set(seen) == ours
    assert len(ours) >= len(centers)
    assert [n for n in seen.values() if n != 1] == []


def _published(path: str) -> float:
    """Registry's outbox rows published so far by one path (this process's metric)."""
    value = REGISTRY.get_sample_value("mic_outbox_published_total", {"service": "registry", "path": path})
    return value or 0.0
