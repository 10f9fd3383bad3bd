"""Offsets of handled records, committed to the broker now and then, not after every record.

An offset commit is a request to the broker for every batch, and on a quiet consumer every batch is
one event: it cost a consumer about as much CPU as its handler. The inbox, not the offset, is what
makes an effect happen once (shared.consumer), so an offset committed late only means that a
consumer taking over redelivers a little more, which the inbox skips. Offsets are still committed
only after the database commit of what they cover; at most every ``interval_s`` while records flow,
before partitions are revoked in a rebalance, and when the consumer is stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable, Mapping

import structlog

from shared.kafka import AIOKafkaConsumer, ConsumerRebalanceListener, KafkaError, TopicPartition

log = structlog.get_logger(__name__)

COMMIT_ON_STOP_TIMEOUT_S = 5.0


class PendingOffsets(ConsumerRebalanceListener):  # type: ignore[misc]
    """The next offset to read of each partition whose records were handled, until committed."""

    def __init__(self, consumer: AIOKafkaConsumer, *, group: str, interval_s: float) -> None:
        self._consumer = consumer
        self._group = group
        self._interval_s = interval_s
        self._offsets: dict[TopicPartition, int] = {}
        self._last_commit = asyncio.get_running_loop().time()

    def handled(self, offsets: Mapping[TopicPartition, int]) -> None:
        """These records' effects are committed in the database."""
        self._offsets.update(offsets)

    async def commit_if_due(self) -> None:
        if self._offsets and asyncio.get_running_loop().time() - self._last_commit >= self._interval_s:
            await self.commit()

    async def commit(self, partitions: Iterable[TopicPartition] | None = None) -> None:
        """Commit the pending offsets (of ``partitions`` only, if given). A failed commit is
        logged and forgotten: a consumer that takes the partition over redelivers from the last
        committed offset, and the inbox skips what was handled."""
        wanted = self._offsets if partitions is None else set(partitions)
        offsets = {tp: offset for tp, offset in self._offsets.items() if tp in wanted}
        if not offsets:
            return
        for tp in offsets:
            del self._offsets[tp]
        self._last_commit = asyncio.get_running_loop().time()
        try:
            await self._consumer.commit(offsets)
        except KafkaError as exc:
            log.warning("consumer_offset_commit_failed", group=self._group, error=repr(exc))

    async def commit_on_stop(self) -> None:
        """Best effort and bounded: a consumer on its way out must not hang on the broker."""
        with contextlib.suppress(Exception):
            async with asyncio.timeout(COMMIT_ON_STOP_TIMEOUT_S):
                await self.commit(set(self._offsets) & self._consumer.assignment())

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self.commit(revoked)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        """Nothing to do: positions come from the committed offsets."""
