"""The only module that imports aiokafka: producer, consumer and admin with the platform's settings.

Defaults overridden everywhere (BROKER.md): ``acks="all"``, manual commits, ``earliest`` reset,
and a short ``fetch_max_wait_ms`` because Tansu does not answer a waiting fetch on new data.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable
from typing import Any

from aiokafka import (
    AIOKafkaConsumer,
    AIOKafkaProducer,
    ConsumerRebalanceListener,
    ConsumerRecord,
    TopicPartition,
)
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from shared.settings import ServiceSettings

__all__ = [
    "AIOKafkaConsumer",
    "AIOKafkaProducer",
    "ConsumerRebalanceListener",
    "ConsumerRecord",
    "KafkaError",
    "TopicPartition",
    "committed_offsets",
    "create_consumer",
    "create_producer",
    "ensure_topics",
    "stop_quietly",
]

# Partitions of every topic: the most consumers of one group that do work at once, and so the cap
# on a consuming service's replicas (deploy/README.md; tests/test_deploy.py holds the HPAs to it).
DEFAULT_PARTITIONS = 4
# aiokafka's stop() waits on the group coordinator and in-flight requests; against a broker that
# does not answer (or mid-rebalance on the bundled one) it can wait forever.
STOP_TIMEOUT_S = 5.0


async def stop_quietly(client: AIOKafkaProducer | AIOKafkaConsumer) -> None:
    """Stop a client on the way out, never raising and never waiting more than STOP_TIMEOUT_S."""
    with contextlib.suppress(Exception):
        async with asyncio.timeout(STOP_TIMEOUT_S):
            await client.stop()


def create_producer(settings: ServiceSettings, **overrides: Any) -> AIOKafkaProducer:
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap_servers,
        "acks": "all",
        "enable_idempotence": settings.kafka_enable_idempotence,
        "linger_ms": 0,
        "request_timeout_ms": 10_000,
        "retry_backoff_ms": 200,
        "client_id": f"{settings.service_name}-producer",
    }
    options.update(overrides)
    return AIOKafkaProducer(**options)


def create_consumer(
    settings: ServiceSettings, *topics: str, group_id: str | None, **overrides: Any
) -> AIOKafkaConsumer:
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap_servers,
        "group_id": group_id,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "isolation_level": settings.kafka_isolation_level,
        "fetch_max_wait_ms": settings.kafka_fetch_max_wait_ms,
        "session_timeout_ms": settings.kafka_session_timeout_ms,
        "heartbeat_interval_ms": settings.kafka_heartbeat_interval_ms,
        "client_id": f"{settings.service_name}-consumer",
    }
    options.update(overrides)
    return AIOKafkaConsumer(*topics, **options)


@contextlib.asynccontextmanager
async def _admin(settings: ServiceSettings) -> AsyncIterator[AIOKafkaAdminClient]:
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers, request_timeout_ms=10_000)
    await admin.start()
    try:
        yield admin
    finally:
        await admin.close()


async def ensure_topics(
    settings: ServiceSettings, topics: Iterable[str], *, partitions: int = DEFAULT_PARTITIONS
) -> None:
    """Create topics up front with their final partition count (no create_partitions on Tansu)."""
    async with _admin(settings) as admin:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                name=t, num_partitions=partitions, replication_factor=settings.kafka_topic_replication_factor
            )
            for t in topics
            if t not in existing
        ]
        if wanted:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)


async def committed_offsets(
    settings: ServiceSettings, group: str, partitions: Iterable[TopicPartition]
) -> dict[TopicPartition, int | None]:
    """The group's committed offset of each partition (None: nothing committed), read without
    joining the group. Partitions are named: the bundled broker cannot list them itself."""
    wanted = list(partitions)
    async with _admin(settings) as admin:
        found = await admin.list_consumer_group_offsets(group, partitions=wanted)
    offsets: dict[TopicPartition, int | None] = {}
    for tp in wanted:
        meta = found.get(tp)
        offsets[tp] = meta.offset if meta is not None and meta.offset >= 0 else None
    return offsets
