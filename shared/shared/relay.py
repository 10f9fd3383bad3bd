"""Outbox relay: publishes unsent outbox rows to Kafka and marks them sent after the broker's ack.

One relay per service is active at a time: on PostgreSQL it holds an advisory lock on a dedicated
connection that also LISTENs for the outbox channel, so a commit in any replica wakes it at once.
Rows are claimed with ``FOR UPDATE SKIP LOCKED`` in id order (no id cursor is kept: a row that
failed stays unsent and is simply found again). Polling is only the safety net.

Latency: rows committed by this very process are handed over in memory after the commit
(:class:`shared.outbox.Handoff`) and published at once, then marked sent; the table read is for
everything else (other replicas' rows, failures, a restart, a re-publish).

With tracing on, each record is published in a span that continues the trace its event was
written in, and carries that span's context in its headers (shared.tracing).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
from collections.abc import AsyncIterator
from typing import Any

import structlog
from opentelemetry.trace import Status, StatusCode, Tracer
from prometheus_client import Counter, Gauge
from sqlalchemy import bindparam, event, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from shared.db import utcnow
from shared.events import CloudEvent, encode_binary
from shared.kafka import AIOKafkaProducer, create_producer, stop_quietly
from shared.outbox import CommittedRow, Handoff, Outbox, sweep_after_commit
from shared.settings import ServiceSettings
from shared.tracing import start_publish_span, trace_headers

log = structlog.get_logger(__name__)

CLAIMED_KEPT = 10_000
# ``path``: ``handoff`` (rows this process just committed, published without reading them back)
# or ``table`` (rows claimed from the outbox table: other replicas', restarts', the safety net).
PUBLISHED = Counter("mic_outbox_published_total", "Outbox rows published", ["service", "path"])
PUBLISH_FAILURES = Counter("mic_outbox_publish_failures_total", "Failed publish batches", ["service"])
BACKLOG = Gauge("mic_outbox_backlog", "Outbox rows not yet published", ["service"])
OLDEST_UNSENT_AGE = Gauge(
    "mic_outbox_oldest_unsent_age_seconds", "Age of the oldest unpublished outbox row (0: none)", ["service"]
)


def advisory_lock_key(channel: str) -> int:
    """A stable signed 64-bit key per service for ``pg_try_advisory_lock``."""
    digest = hashlib.sha256(channel.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class _Statements:
    """The relay's statements, built once: it runs them for every commit of its service."""

    def __init__(self, model: Any) -> None:
        self.claim = (
            select(model.id, model.topic, model.key, model.envelope)
            .where(model.sent_at.is_(None))
            .order_by(model.id)
            .limit(bindparam("limit"))
            .with_for_update(skip_locked=True)
        )
        ids = model.id.in_(bindparam("ids", expanding=True))
        self.mark_sent = (
            update(model)
            .where(ids, model.sent_at.is_(None))
            .values(sent_at=bindparam("now"), attempts=model.attempts + 1, last_error=None)
        )
        self.mark_failed = (
            update(model).where(ids).values(attempts=model.attempts + 1, last_error=bindparam("error"))
        )
        unsent = model.sent_at.is_(None)
        # How many rows wait and since when, in one read of the partial index of unsent rows.
        self.backlog = select(func.count(), func.min(model.created_at)).select_from(model).where(unsent)


def _track_backend_pids(engine: AsyncEngine) -> set[int]:
    """The PostgreSQL backend pids of this engine's pooled connections, kept current.

    A NOTIFY names the backend that committed; our own commits need no table sweep, because
    they reach the relay by hand-off.
    """
    pids: set[int] = set()
    if engine.dialect.name != "postgresql":
        return pids
    pool = engine.sync_engine.pool

    @event.listens_for(pool, "connect")
    def _connected(dbapi_connection: Any, record: Any) -> None:
        pid = int(dbapi_connection.driver_connection.get_server_pid())
        record.info["backend_pid"] = pid
        pids.add(pid)

    @event.listens_for(pool, "close")
    def _closed(_dbapi_connection: Any, record: Any) -> None:
        pids.discard(record.info.pop("backend_pid", -1))

    @event.listens_for(pool, "invalidate")
    def _invalidated(_dbapi_connection: Any, record: Any, _exc: Any) -> None:
        pids.discard(record.info.pop("backend_pid", -1))

    return pids


class OutboxRelay:
    def __init__(
        self,
        *,
        settings: ServiceSettings,
        engine: AsyncEngine,
        outbox: Outbox,
        handoff: Handoff,
        tracer: Tracer | None = None,
    ) -> None:
        self._settings = settings
        self._tracer = tracer
        self._engine = engine
        self._outbox = outbox
        self._handoff = handoff
        self._statements = _Statements(outbox.model)
        self._producer: AIOKafkaProducer | None = None
        self._lock_connection: Any = None
        # Ids this relay published from the table lately (oldest first, bounded): a hand-off of the
        # same row is skipped. A dict for O(1) membership on every hand-off.
        self._claimed: dict[int, None] = {}
        self._own_backends = _track_backend_pids(engine)
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
            await stop_quietly(producer)

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
            while not await driver.fetchval("SELECT pg_try_advisory_lock($1)", key):
                # Another replica leads: it finds these rows in the table.
                self._handoff.settle(row.id for row in self._handoff.take())
                await asyncio.sleep(self._settings.relay_poll_interval_s)

            def _on_notify(_connection: Any, pid: int, _channel: str, _payload: str) -> None:
                # Our own commits come by hand-off; a commit from any other process means a sweep.
                if pid not in self._own_backends:
                    self._handoff.request_sweep()

            await driver.add_listener(self._outbox.channel, _on_notify)
            self._lock_connection = driver
            try:
                yield
            finally:
                self._lock_connection = None
                with contextlib.suppress(Exception):
                    await driver.remove_listener(self._outbox.channel, _on_notify)
                    await driver.execute("SELECT pg_advisory_unlock($1)", key)
                # Closed, not pooled: if the unlock failed it may still hold the lock.
                await conn.invalidate()

    async def _relay_forever(self) -> None:
        self._handoff.leading = True
        try:
            await self._relay_while_leading()
        finally:
            self._handoff.leading = False

    async def _relay_while_leading(self) -> None:
        signal = self._handoff.signal
        self._handoff.request_sweep()  # (re)gained leadership: whatever waits in the table first
        while True:
            signal.clear()
            await self.publish_handed_over()
            if self._handoff.take_sweep():
                while await self.publish_batch() > 0:
                    pass
            if signal.is_set():
                continue
            try:
                # Not wait_for: its extra task would cost a hand-off one more turn of the loop.
                async with asyncio.timeout(self._settings.relay_poll_interval_s):
                    await signal.wait()
            except TimeoutError:
                await self._check_leadership()
                self._handoff.request_sweep()  # the safety net

    async def _check_leadership(self) -> None:
        """The advisory lock lives as long as its connection: if that died, another replica may
        have taken over, so stop relaying (the caller retries and queues for the lock again)."""
        if self._lock_connection is not None:
            await self._lock_connection.fetchval("SELECT 1")

    async def _send(self, rows: list[CommittedRow]) -> None:
        producer = self._producer
        if producer is None:
            raise RuntimeError("relay producer is not started")
        pending = []
        spans = []
        try:
            for row in rows:
                event = CloudEvent.model_validate(row.envelope)
                headers, value = encode_binary(event)
                if self._tracer is not None:
                    spans.append(span := start_publish_span(self._tracer, event, topic=row.topic))
                    headers.extend(trace_headers(span))
                pending.append(
                    await producer.send(row.topic, value=value, key=row.key.encode(), headers=headers)
                )
            await asyncio.gather(*pending)
        except Exception as exc:
            for span in spans:
                span.record_exception(exc)
                span.set_status(Status(StatusCode.ERROR, repr(exc)))
            raise
        finally:
            for span in spans:
                span.end()

    async def watch_backlog(self) -> None:
        """Keep the backlog gauges current (every ``outbox_metrics_interval_s``) until cancelled,
        whether or not this replica leads or the broker answers: that is when they matter."""
        service = self._settings.service_name
        while True:
            try:
                async with self._engine.connect() as conn:
                    backlog, oldest = (await conn.execute(self._statements.backlog)).one()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.info("outbox_backlog_unknown", error=repr(exc))
            else:
                BACKLOG.labels(service).set(backlog or 0)
                OLDEST_UNSENT_AGE.labels(service).set(
                    max(0.0, (utcnow() - oldest).total_seconds()) if oldest is not None else 0.0
                )
            await asyncio.sleep(self._settings.outbox_metrics_interval_s)

    async def publish_handed_over(self) -> int:
        """Publish the rows this process just committed, without reading them back; then mark them.

        A failure leaves them unsent in the table, where :meth:`publish_batch` finds them.
        """
        taken = self._handoff.take()
        try:
            return await self._publish_taken([row for row in taken if row.id not in self._claimed])
        finally:
            self._handoff.settle(row.id for row in taken)

    async def _publish_taken(self, rows: list[CommittedRow]) -> int:
        if not rows:
            return 0
        try:
            await self._send(rows)
        except Exception as exc:
            log.warning("relay_handoff_failed", error=repr(exc), rows=len(rows))
            self._handoff.request_sweep()  # still unsent in the table: the sweep retries them
            return 0
        self._handoff.settle(row.id for row in rows)  # published: the committer may go on
        async with self._engine.connect() as conn:  # marked on their own (autocommit)
            autocommit = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(
                self._statements.mark_sent, {"ids": [r.id for r in rows], "now": utcnow()}
            )
        PUBLISHED.labels(self._settings.service_name, "handoff").inc(len(rows))
        return len(rows)

    def _remember_claimed(self, ids: list[int]) -> None:
        self._claimed.update(dict.fromkeys(ids))
        for old in list(itertools.islice(self._claimed, max(0, len(self._claimed) - CLAIMED_KEPT))):
            del self._claimed[old]

    async def publish_batch(self) -> int:
        """Publish one batch of unsent rows from the table; returns how many (0 when drained)."""
        failure: Exception | None = None
        async with self._engine.begin() as conn:
            result = await conn.execute(self._statements.claim, {"limit": self._settings.relay_batch_size})
            rows = [CommittedRow(r.id, r.topic, r.key, r.envelope) for r in result]
            if not rows:
                return 0
            ids = [r.id for r in rows]
            self._handoff.discard(ids)
            self._remember_claimed(ids)
            try:
                await self._send(rows)
            except Exception as exc:
                failure = exc
                await conn.execute(self._statements.mark_failed, {"ids": ids, "error": repr(exc)[:2000]})
            else:
                await conn.execute(self._statements.mark_sent, {"ids": ids, "now": utcnow()})
        if failure is not None:
            PUBLISH_FAILURES.labels(self._settings.service_name).inc()
            raise failure
        PUBLISHED.labels(self._settings.service_name, "table").inc(len(rows))
        return len(rows)


async def republish_period(session: AsyncSession, outbox: Outbox, *, since: Any, until: Any) -> int:
    """Mark the rows created in ``[since, until)`` unsent, so the relay publishes them again.

    The bundled broker forgets everything on restart; consumers are idempotent, so replay is safe.
    """
    model: Any = outbox.model
    result = await session.execute(
        update(model).where(model.created_at >= since, model.created_at < until).values(sent_at=None)
    )
    sweep_after_commit(session)  # the relay of this process, if it runs one
    if session.get_bind().dialect.name == "postgresql":
        # Wake the running relay (in whichever replica holds the lock) at commit.
        await session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": outbox.channel})
    return int(getattr(result, "rowcount", 0) or 0)
