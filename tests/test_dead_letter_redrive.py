"""``mic dead-letters``: a poison event one consumer group fails on is listed from the DLQ, and,
once the handler is fixed, re-driven to its topic — handled once by the group that failed it,
skipped (inbox) by the group that had handled it. Real broker, real inbox tables."""

from __future__ import annotations

import asyncio
import re
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.messaging import InboxRecord
from shared.cli import main as cli
from shared.consumer import CONSUMED, EventConsumer
from shared.events import CloudEvent, encode_binary
from shared.kafka import create_producer, ensure_topics
from shared.localbroker import LocalBroker
from shared.testing.services import eventually
from tests.test_delivery_faults import consuming, funding_db, settings

__all__ = ["funding_db"]  # a fixture

EVENT_TYPE = "gz.mic.test.thing.happened.v1"
# The consumers' own log lines (structlog's console format) share stdout with the command's.
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[")


def count(group: str, outcome: str) -> float:
    value: float = CONSUMED.labels(group, outcome)._value.get()
    return value


async def reached(group: str, outcome: str, value: float) -> bool:
    return count(group, outcome) >= value


async def mic(capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    """What ``mic <args>`` printed (run as the console script runs it, off the event loop)."""
    capsys.readouterr()
    await asyncio.to_thread(cli, list(args))
    return [line for line in capsys.readouterr().out.splitlines() if not LOG_LINE.match(line)]


async def test_a_dead_letter_is_listed_and_redriven_once_to_the_group_that_failed_it(
    broker: LocalBroker, funding_db: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    topic = f"test-{uuid.uuid4().hex[:10]}.ops.thing"
    await ensure_topics(settings(broker), [topic, f"{topic}.dlq"], partitions=1)
    failing, healthy = f"failing-{uuid.uuid4().hex[:6]}", f"healthy-{uuid.uuid4().hex[:6]}"
    broken = True

    async def handler(session: AsyncSession, event: CloudEvent) -> None:
        if broken:
            raise RuntimeError(f"cannot read the thing of {event.subject}")

    async def fine(session: AsyncSession, event: CloudEvent) -> None:
        return None

    def consumer(group: str, handle: Any) -> EventConsumer:
        return EventConsumer(
            settings=settings(broker),
            sessionmaker=funding_db,
            inbox_model=InboxRecord,
            group_id=group,
            topics=[topic],
            handlers={EVENT_TYPE: handle},
        )

    event = CloudEvent(source="/gz-mic/test", type=EVENT_TYPE, subject="thing-1", data={"n": 1})
    headers, value = encode_binary(event)
    producer = create_producer(settings(broker))
    await producer.start()
    try:
        await producer.send_and_wait(topic, value=value, key=b"thing-1", headers=headers)
    finally:
        await producer.stop()
    bootstrap = ["--bootstrap-servers", broker.bootstrap_servers]

    async with consuming(consumer(failing, handler)), consuming(consumer(healthy, fine)):
        await eventually(lambda: reached(failing, "dead_lettered", 1), what="the poison dead-lettered")
        await eventually(lambda: reached(healthy, "handled", 1), what="the healthy group's handling")

        listed = await mic(capsys, "dead-letters", "list", "--topic", topic, *bootstrap)
        assert listed[-1] == f"1 dead letters on {topic}.dlq"
        [line] = listed[:-1]
        assert line.startswith("0@0  ")
        for part in (str(event.id), EVENT_TYPE, f"consumer={failing}", f"source={topic}/0/0"):
            assert part in line
        assert "error=RuntimeError: cannot read the thing of thing-1" in line
        listed = await mic(
            capsys, "dead-letters", "list", "--topic", topic, "--consumer", healthy, *bootstrap
        )
        assert listed == [f"0 dead letters on {topic}.dlq"]

        broken = False  # the handler is fixed (a deploy)
        redriven = await mic(
            capsys, "dead-letters", "redrive", "--topic", f"{topic}.dlq", "--consumer", failing,
            "--event-id", str(event.id), *bootstrap,
        )  # fmt: skip
        assert redriven[-1] == f"1 dead letters re-driven to {topic}"
        assert str(event.id) in redriven[0]

        await eventually(lambda: reached(failing, "handled", 1), what="the failing group handling it")
        await eventually(lambda: reached(healthy, "duplicate", 1), what="the healthy group skipping it")
    assert count(failing, "handled") == 1
    assert count(failing, "dead_lettered") == 1
    assert count(healthy, "handled") == 1
    async with funding_db() as session:
        rows = await session.scalar(
            select(func.count()).select_from(InboxRecord).where(InboxRecord.event_id == event.id)
        )
    assert rows == 2  # one inbox row per group, each handled it once
