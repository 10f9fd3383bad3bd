"""Outbox relay: publishes unsent outbox rows to Kafka and marks them sent after the broker's ack.

One relay per service is active at a time: on PostgreSQL it holds an advisory lock on a dedicated
connection that also LISTENs for the outbox channel, so a commit in any replica wakes it at once.
Rows are claimed with ``FOR UPDATE SKIP LOCKED`` in id order (no id cursor is kept: a row that
failed stays unsent and is simply found again). Polling is only the safety net.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import AsyncIterator
from typing import Any

import structlog
from prometheus_client import Counter
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from shared.db import utcnow
from shared.events import CloudEvent, encode_binary
from shared.kafka import AIOKafkaProducer, create_producer
from shared.outbox import Outbox
from shared.settings import ServiceSettings

log = structlog.get_logger(__name__)

PUBLISHED = Counter("mic_outbox_published_total", "Outbox rows published", ["service"])
PUBLISH_FAILURES = Counter("mic_outbox_publish_failures_total", "Failed publish batches", ["service"])


def advisory_lock_key(channel: str) -> int:
    """A stable signed 64-bit key per service for ``pg_try_advisory_lock``."""
    digest = hashlib.sha256(channel.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class OutboxRelay:
    def __init__(
        self,
        *,
        settings: ServiceSettings,
        engine: AsyncEngine,
        sessionmaker: async_sessionmaker[AsyncSession],
        outbox: Outbox,
        signal: asyncio.Event,
    ) -> None:
        self._settings = settings
        self._engine = engine
        self._sessionmaker = sessionmaker
        self._outbox = outbox
        self._signal = signal
        self._producer: AIOKafkaProducer | None = None
        self._lock_connection: Any = None
        self.connected = False

    async def run(self) -> None:
        """Relay until cancelled; every failure (broker or database down) is retried."""
        backoff = 0.2
        while True:
            try:
                async with self._leadership(), self._producer_started():
                    backoff = 0.2
                    await self._relay_forever()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.connected = False
                log.warning("relay_retrying", error=repr(exc), backoff_s=backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)

    @contextlib.asynccontextmanager
    async def _producer_started(self) -> AsyncIterator[None]:
        producer = create_producer(self._settings)
        await producer.start()
        self._producer = producer
        self.connected = True
        try:
            yield
        finally:
            self.connected = False
            self._producer = None
            with contextlib.suppress(Exception):
                await producer.stop()

    @contextlib.asynccontextmanager
    async def _leadership(self) -> AsyncIterator[None]:
        """Hold the service's advisory lock (PostgreSQL) and LISTEN for commits."""
        if self._engine.dialect.name != "postgresql":
            yield
            return
        key = advisory_lock_key(self._outbox.channel)
        async with self._engine.connect() as conn:
            raw = await conn.get_raw_connection()
            driver: Any = raw.driver_connection
            while not await driver.fetchval("SELECT pg_try_advisory_lock($1)", key):  # noqa: ASYNC110 -- polling the lock holder is the point
                await asyncio.sleep(self._settings.relay_poll_interval_s)

            def _on_notify(*_args: Any) -> None:
                self._signal.set()

            await driver.add_listener(self._outbox.channel, _on_notify)
            self._lock_connection = driver
            try:
                yield
            finally:
                self._lock_connection = None
                with contextlib.suppress(Exception):
                    await driver.remove_listener(self._outbox.channel, _on_notify)
                    await driver.execute("SELECT pg_advisory_unlock($1)", key)

    async def _relay_forever(self) -> None:
        while True:
            self._signal.clear()
            while await self.publish_batch() > 0:
                pass
            try:
                await asyncio.wait_for(self._signal.wait(), self._settings.relay_poll_interval_s)
            except TimeoutError:
                await self._check_leadership()

    async def _check_leadership(self) -> None:
        """The advisory lock lives as long as its connection: if that died, another replica may
        have taken over, so stop relaying (the caller retries and queues for the lock again)."""
        if self._lock_connection is not None:
            await self._lock_connection.fetchval("SELECT 1")

    async def publish_batch(self) -> int:
        """Publish one batch of unsent rows; returns how many were sent (0 when drained)."""
        producer = self._producer
        if producer is None:
            raise RuntimeError("relay producer is not started")
        model: Any = self._outbox.model
        failure: Exception | None = None
        async with self._sessionmaker() as session, session.begin():
            rows = (
                await session.scalars(
                    select(model)
                    .where(model.sent_at.is_(None))
                    .order_by(model.id)
                    .limit(self._settings.relay_batch_size)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            if not rows:
                return 0
            ids = [r.id for r in rows]
            try:
                pending = []
                for row in rows:
                    headers, value = encode_binary(CloudEvent.model_validate(row.envelope))
                    pending.append(
                        await producer.send(row.topic, value=value, key=row.key.encode(), headers=headers)
                    )
                await asyncio.gather(*pending)
            except Exception as exc:
                failure = exc
                await session.execute(
                    update(model)
                    .where(model.id.in_(ids))
                    .values(attempts=model.attempts + 1, last_error=repr(exc)[:2000])
                )
            else:
                await session.execute(
                    update(model)
                    .where(model.id.in_(ids))
                    .values(sent_at=utcnow(), attempts=model.attempts + 1, last_error=None)
                )
        if failure is not None:
            PUBLISH_FAILURES.labels(self._settings.service_name).inc()
            raise failure
        PUBLISHED.labels(self._settings.service_name).inc(len(rows))
        return len(rows)


async def republish_period(session: AsyncSession, outbox: Outbox, *, since: Any, until: Any) -> int:
    """Mark the rows created in ``[since, until)`` unsent, so the relay publishes them again.

    The bundled broker forgets everything on restart; consumers are idempotent, so replay is safe.
    """
    model: Any = outbox.model
    result = await session.execute(
        update(model).where(model.created_at >= since, model.created_at < until).values(sent_at=None)
    )
    if session.get_bind().dialect.name == "postgresql":
        # Wake the running relay (in whichever replica holds the lock) at commit.
        await session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": outbox.channel})
    return int(getattr(result, "rowcount", 0) or 0)
