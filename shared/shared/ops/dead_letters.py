"""List and re-drive dead letters (``mic dead-letters …``).

A consumer parks a record it cannot handle on ``<topic>.dlq``, untouched, with ``dlq_*`` headers
saying why and where from (``shared.consumer.DEAD_LETTER_HEADERS``). Re-driving produces the
record back to its topic as it was first sent: same key (so the same partition and order among the
aggregate's events), same value, the original headers without the ``dlq_*`` ones. Every group
subscribed to the topic sees it again; the inbox makes that harmless: a group that had handled the
event skips it, the group that failed it (once its handler is fixed) handles it once.

Dead letters are read without a consumer group (partitions assigned, nothing committed), from the
beginning to the end offsets taken at the start; a re-driven record stays on the DLQ too (Kafka
keeps it), and re-driving it again is again harmless.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import Any

from shared.consumer import DEAD_LETTER_HEADERS, DLQ_CONSUMER, DLQ_ERROR, DLQ_SOURCE
from shared.events import dlq_topic
from shared.kafka import (
    AIOKafkaConsumer,
    TopicPartition,
    create_consumer,
    create_producer,
    stop_quietly,
)
from shared.settings import ServiceSettings

DLQ_SUFFIX = dlq_topic("")
# After the end offsets are reached, one more short fetch: the bundled broker may report a
# partition's end one record batch short (shared.consumer).
LAST_FETCH_MS = 300
FETCH_MS = 500
ERROR_SHOWN = 200
# Reading to the end offsets taken at the start cannot take longer than this on a broker that answers.
READ_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class DeadLetter:
    """One record of ``<topic>.dlq``: where it sits there, and the original record with the why."""

    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]

    def header(self, name: str) -> str | None:
        for key, raw in self.headers:
            if key == name:
                return raw.decode("utf-8", errors="replace") if raw is not None else None
        return None

    @property
    def event_id(self) -> str | None:
        return self.header("ce_id")

    @property
    def event_type(self) -> str | None:
        return self.header("ce_type")

    @property
    def consumer(self) -> str | None:
        return self.header(DLQ_CONSUMER)

    def original_headers(self) -> list[tuple[str, bytes]]:
        """The headers the record had before it was dead-lettered."""
        return [(name, raw) for name, raw in self.headers if name not in DEAD_LETTER_HEADERS]

    def line(self) -> str:
        """One line for a terminal: position, event, who parked it, why, where from."""
        error = (self.header(DLQ_ERROR) or "-").replace("\n", " ")
        if len(error) > ERROR_SHOWN:
            error = error[: ERROR_SHOWN - 1] + "…"
        return (
            f"{self.partition}@{self.offset}  {self.event_id or '-'}  {self.event_type or '-'}  "
            f"consumer={self.consumer or '-'}  source={self.header(DLQ_SOURCE) or '-'}  error={error}"
        )


def original_topic(topic: str) -> str:
    """The topic whose dead letters are asked for (``registry.center.dlq`` is taken as meant)."""
    return topic.removesuffix(DLQ_SUFFIX)


@contextlib.asynccontextmanager
async def _reader(settings: ServiceSettings) -> AsyncIterator[AIOKafkaConsumer]:
    consumer = create_consumer(settings, group_id=None)
    await consumer.start()
    try:
        yield consumer
    finally:
        await stop_quietly(consumer)


async def read(
    settings: ServiceSettings, topic: str, *, consumer: str | None = None, event_id: str | None = None
) -> list[DeadLetter]:
    """The dead letters of ``topic``, oldest first in each partition, optionally only those one
    consumer group parked or of one event."""
    dlq = dlq_topic(original_topic(topic))
    async with _reader(settings) as reader:
        await reader.topics()  # fetches the metadata partitions_for_topic answers from
        partitions = [TopicPartition(dlq, p) for p in sorted(reader.partitions_for_topic(dlq) or ())]
        if not partitions:
            return []
        reader.assign(partitions)
        ends = await reader.end_offsets(partitions)
        await reader.seek_to_beginning(*partitions)
        records: list[Any] = []
        async with asyncio.timeout(READ_TIMEOUT_S):
            while [tp for tp in partitions if await reader.position(tp) < ends[tp]]:
                for batch in (await reader.getmany(*partitions, timeout_ms=FETCH_MS)).values():
                    records.extend(batch)
        for batch in (await reader.getmany(*partitions, timeout_ms=LAST_FETCH_MS)).values():
            records.extend(batch)
    letters = [
        DeadLetter(partition=r.partition, offset=r.offset, key=r.key, value=r.value, headers=tuple(r.headers))
        for r in sorted(records, key=lambda r: (r.partition, r.offset))
    ]
    return [
        letter
        for letter in letters
        if (consumer is None or letter.consumer == consumer)
        and (event_id is None or letter.event_id == event_id)
    ]


async def redrive(settings: ServiceSettings, topic: str, letters: Iterable[DeadLetter]) -> int:
    """Produce each dead letter back to ``topic`` as first sent; the number produced."""
    target = original_topic(topic)
    producer = create_producer(settings)
    await producer.start()
    sent = 0
    try:
        for letter in letters:
            await producer.send_and_wait(
                target, value=letter.value, key=letter.key, headers=letter.original_headers()
            )
            sent += 1
    finally:
        await stop_quietly(producer)
    return sent
