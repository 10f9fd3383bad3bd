"""Consumer runner: handler + inbox row in one transaction, then the Kafka offset; DLQ on poison.

Order of effects for each record: database commit first, offset commit second (now and then, see
shared.offsets). A crash between the two redelivers the record and the inbox skips it, so a
handler's effect happens exactly once.
Database outages are retried without limit (never dead-lettered); any other failure is retried
with backoff ``consumer_max_attempts`` times, then the record goes to ``<topic>.dlq``.

Throughput: the records fetched from one partition are handled together in one transaction (one
inbox statement, one commit; a type may have a set-based batch handler). If anything in such a
batch fails, the transaction is rolled back and the records are handled one by one as above, so a
poison record costs its neighbours nothing but a retry.

Metrics: events by outcome, retries, the time to handle, and the lag behind each partition's end;
with tracing on, handling is a span continuing the trace the record carries (shared.tracing).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any

import structlog
from opentelemetry.context import Context
from opentelemetry.trace import Tracer
from prometheus_client import Counter, Gauge, Histogram
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tenacity import (
    AsyncRetrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)

from shared import inbox
from shared.db import is_database_outage
from shared.events import CloudEvent, MalformedEvent, decode_binary, dlq_topic
from shared.kafka import (
    AIOKafkaConsumer,
    AIOKafkaProducer,
    ConsumerRecord,
    TopicPartition,
    create_consumer,
    create_producer,
    stop_quietly,
)
from shared.offsets import PendingOffsets
from shared.settings import ServiceSettings
from shared.tracing import handling_span, record_parent
from shared.write_together import Rows, defer, write_deferred

log = structlog.get_logger(__name__)

Handler = Callable[[AsyncSession, CloudEvent], Awaitable[None]]
# Handles a run of events of one type, in order, inside the caller's transaction.
BatchHandler = Callable[[AsyncSession, list[CloudEvent]], Awaitable[None]]

# How often an idle consumer checks that its positions still exist on the broker.
POSITION_CHECK_INTERVAL_S = 2.0

# How often the lag gauges are brought up to date (each costs a look at every assigned partition).
LAG_INTERVAL_S = 1.0

# The headers a dead letter carries besides the original record's, with what the AsyncAPI
# document says of each (shared.asyncapi).
DLQ_ERROR = "dlq_error"
DLQ_ERROR_TYPE = "dlq_error_type"
DLQ_CONSUMER = "dlq_consumer"
DLQ_SOURCE = "dlq_source"
DLQ_ERROR_MAX = 4000
DEAD_LETTER_HEADERS = {
    DLQ_ERROR: f"`<ExceptionType>: <message>` of the last failure, cut to {DLQ_ERROR_MAX} characters.",
    DLQ_ERROR_TYPE: "The exception class name, e.g. `MalformedEvent`, `ValidationError`.",
    DLQ_CONSUMER: "The consumer group that parked the record (the service name by default).",
    DLQ_SOURCE: "Where the original record was, `<topic>/<partition>/<offset>`.",
}
CONSUMED = Counter("mic_events_consumed_total", "Events handled", ["consumer", "outcome"])
# ``reason``: ``error`` (retried with backoff, then dead-lettered) or ``database_unavailable``
# (retried until the database answers).
RETRIED = Counter(
    "mic_events_retried_total",
    "Handler attempts that failed and are tried again",
    ["consumer", "event_type", "reason"],
)
HANDLER_DURATION = Histogram(
    "mic_event_handler_duration_seconds",
    "Time to handle: an event handled alone, its transaction (handler, inbox row, commit); in a "
    "batch, its handler's call (the batch shares one commit)",
    ["consumer", "event_type"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
LAG = Gauge(
    "mic_consumer_lag",
    "Records of a partition not yet handled: its highwater minus the next offset to handle",
    ["consumer", "topic", "partition"],
)


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


async def _rewind_positions_past_the_end(consumer: AIOKafkaConsumer) -> None:
    """A position beyond the log's end means the broker lost its log (the bundled broker keeps
    nothing across a restart and never answers OFFSET_OUT_OF_RANGE). Start such a partition
    over from the beginning, as ``auto_offset_reset="earliest"`` would: the inbox makes the
    replay harmless, and nothing the relay re-publishes is skipped.

    The bundled broker also under-reports a partition's end by up to one record batch, so a
    position past the end alone proves nothing; a lost log has lost the group's committed
    offset with it, and only then is the partition started over."""
    partitions = list(consumer.assignment())
    if not partitions:
        return
    ends = await consumer.end_offsets(partitions)
    for tp in partitions:
        position = await consumer.position(tp)
        if position > ends[tp] and await consumer.committed(tp) is None:
            log.warning("consumer_position_past_end", topic=tp.topic, partition=tp.partition, end=ends[tp])
            consumer.seek(tp, 0)


class EventConsumer:
    """Runs one consumer group: ``handlers`` maps a CloudEvents type to its handler."""

    def __init__(
        self,
        *,
        settings: ServiceSettings,
        sessionmaker: async_sessionmaker[AsyncSession],
        inbox_model: type[inbox.InboxMixin],
        group_id: str,
        topics: list[str],
        handlers: Mapping[str, Handler],
        batch_handlers: Mapping[str, BatchHandler] | None = None,
        after_db_commit: Callable[[CloudEvent], None] | None = None,
        tracer: Tracer | None = None,
    ) -> None:
        self._settings = settings
        self._tracer = tracer
        # The trace context of each event being handled (only with a tracer).
        self._parents: dict[uuid.UUID, Context | None] = {}
        self._lag_labels: set[tuple[str, str]] = set()
        self._sessionmaker = sessionmaker
        self._inbox_model = inbox_model
        self.group_id = group_id
        self._topics = topics
        self._handlers = handlers
        self._batch_handlers = batch_handlers or {}
        # Observation point between the database commit and the offset commit (fault tests).
        self._after_db_commit = after_db_commit
        self.assigned = asyncio.Event()
        self.connected = False

    async def run(self) -> None:
        backoff = 0.2
        while True:
            try:
                await self._consume()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.connected = False
                log.warning("consumer_retrying", group=self.group_id, error=repr(exc))
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)

    async def _consume(self) -> None:
        consumer = create_consumer(self._settings, group_id=self.group_id)
        offsets = PendingOffsets(
            consumer, group=self.group_id, interval_s=self._settings.consumer_commit_interval_s
        )
        consumer.subscribe(self._topics, listener=offsets)
        dlq = create_producer(self._settings)
        try:
            # Inside the try: a stop (cancel) or a failure while joining still closes the client.
            await consumer.start()
            await dlq.start()
            self.connected = True
            last_position_check = last_lag = 0.0
            # The next offset to handle of each partition handled since it was assigned (lag).
            positions: dict[TopicPartition, int] = {}
            while True:
                batches = await self._fetch(consumer)
                if consumer.assignment():
                    self.assigned.set()
                now = asyncio.get_running_loop().time()
                if not batches and now - last_position_check > POSITION_CHECK_INTERVAL_S:
                    last_position_check = now
                    await _rewind_positions_past_the_end(consumer)
                for tp, records in batches.items():
                    positions.setdefault(tp, records[0].offset)  # first batch since assignment
                # Before the handling too, which may wait long (the database away, a retried
                # event): the gauge then shows this batch, not the 0 of the last catch-up.
                if now - last_lag > LAG_INTERVAL_S:
                    last_lag = now
                    self._export_lag(consumer, positions)
                if batches:
                    await self._handle_batches(consumer, batches, dlq)
                    handled = {tp: records[-1].offset + 1 for tp, records in batches.items()}
                    offsets.handled(handled)
                    positions.update(handled)
                    self._export_lag(consumer, positions)  # in memory: cheap per batch
                await offsets.commit_if_due()
        except asyncio.CancelledError:
            # Stopping: hand over what was handled. (After a failure the broker is likely away;
            # the inbox covers the redelivery, and the retry should not wait on a commit.)
            await offsets.commit_on_stop()
            raise
        finally:
            self.connected = False
            await stop_quietly(dlq)
            await stop_quietly(consumer)

    def _export_lag(self, consumer: AIOKafkaConsumer, positions: dict[TopicPartition, int]) -> None:
        """Each assigned partition's lag: the highwater the last fetch reported minus the next
        offset this consumer is to handle, both known without asking the broker (a partition
        has a gauge from its first fetched batch on). A revoked partition's gauge
        goes. The bundled broker may report an end one batch short, hence never below zero."""
        assigned = consumer.assignment()
        for tp in [tp for tp in positions if tp not in assigned]:
            del positions[tp]
        labels: set[tuple[str, str]] = set()
        for tp, position in positions.items():
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            labels.add(label := (tp.topic, str(tp.partition)))
            LAG.labels(self.group_id, *label).set(max(0, highwater - position))
        for gone in self._lag_labels - labels:
            LAG.remove(self.group_id, *gone)
        self._lag_labels = labels

    @contextlib.contextmanager
    def _handling(self, event_type: str, events: list[CloudEvent]) -> Iterator[None]:
        """Times handling ``events`` (of one type), failed attempts too, and with tracing on
        spans it."""
        started = time.perf_counter()
        parents = [self._parents.get(event.id) for event in events]
        try:
            with handling_span(self._tracer, f"process {event_type}", parents, group=self.group_id):
                yield
        finally:
            HANDLER_DURATION.labels(self.group_id, event_type).observe(time.perf_counter() - started)

    async def _handle_batches(
        self,
        consumer: AIOKafkaConsumer,
        batches: dict[TopicPartition, list[ConsumerRecord[Any, Any]]],
        dlq: AIOKafkaProducer,
    ) -> None:
        """Handle the records. No fetching meanwhile: the bundled broker holds every fetch for
        ``fetch_max_wait_ms``, so an idle consumer polls hundreds of times a second, and each
        poll would take the handler's CPU; the next fetch goes out as soon as the batch is done."""
        consumer.pause(*consumer.assignment())
        try:
            await self._handle_records([r for records in batches.values() for r in records], dlq)
        finally:
            consumer.resume(*consumer.paused())

    async def _fetch(
        self, consumer: AIOKafkaConsumer
    ) -> dict[TopicPartition, list[ConsumerRecord[Any, Any]]]:
        """Wait for records; then, without waiting, take whatever is already fetched, up to one
        batch — so a busy consumer handles big batches while a lone event goes at once."""
        size = self._settings.consumer_batch_size
        batches: dict[TopicPartition, list[ConsumerRecord[Any, Any]]] = await consumer.getmany(
            timeout_ms=200, max_records=size
        )
        taken = sum(len(records) for records in batches.values())
        while batches and taken < size:
            more = await consumer.getmany(timeout_ms=0, max_records=size - taken)
            if not more:
                break
            for tp, records in more.items():
                batches.setdefault(tp, []).extend(records)
                taken += len(records)
        return batches

    async def _handle_records(self, records: list[ConsumerRecord[Any, Any]], dlq: AIOKafkaProducer) -> None:
        """Handle fetched records (each partition's in order): together if possible, else one by one."""
        wanted: list[tuple[ConsumerRecord[Any, Any], CloudEvent]] = []
        self._parents.clear()
        for record in records:
            try:
                event = decode_binary(list(record.headers), record.value)
            except MalformedEvent as exc:
                await self._dead_letter(record, dlq, exc)
                continue
            if event.type in self._handlers or event.type in self._batch_handlers:
                wanted.append((record, event))
                if self._tracer is not None:
                    self._parents[event.id] = record_parent(record.headers)
            else:
                CONSUMED.labels(self.group_id, "ignored").inc()
        if len(wanted) > 1:
            events = [event for _, event in wanted]
            try:
                await self._handle_together(events)
            except Exception as exc:
                log.info("consumer_batch_split", group=self.group_id, size=len(events), error=repr(exc))
            else:
                for event in events:
                    self._committed(event)
                return
        for record, event in wanted:
            await self._handle_record(record, event, dlq)

    async def _handle_together(self, events: list[CloudEvent]) -> None:
        """All events in one transaction: one inbox statement, runs of a type to its batch handler."""
        parents = [self._parents.get(event.id) for event in events]
        with handling_span(self._tracer, "process batch", parents, group=self.group_id):
            async with self._sessionmaker() as session, session.begin():
                fresh = await inbox.claim_many(
                    session, self._inbox_model, consumer=self.group_id, events=events
                )
                todo = [event for event in events if fresh.pop(event.id, None) is not None]
                CONSUMED.labels(self.group_id, "duplicate").inc(len(events) - len(todo))
                for event_type, run in _runs_by_type(todo):
                    batch_handler = self._batch_handlers.get(event_type)
                    if batch_handler is not None:
                        with self._handling(event_type, run):
                            await batch_handler(session, run)
                    else:
                        for event in run:
                            with self._handling(event_type, [event]):
                                await self._handler_for(event_type)(session, event)
        CONSUMED.labels(self.group_id, "handled").inc(len(todo))

    def _handler_for(self, event_type: str) -> Handler:
        handler = self._handlers.get(event_type)
        if handler is not None:
            return handler
        batch_handler = self._batch_handlers[event_type]

        async def one(session: AsyncSession, event: CloudEvent) -> None:
            await batch_handler(session, [event])

        return one

    async def _handle_record(
        self, record: ConsumerRecord[Any, Any], event: CloudEvent, dlq: AIOKafkaProducer
    ) -> None:
        try:
            await self._run_handler_until_database_answers(self._handler_for(event.type), event)
        except Exception as exc:
            await self._dead_letter(record, dlq, exc)
            return
        self._committed(event)

    def _committed(self, event: CloudEvent) -> None:
        if self._after_db_commit is not None:
            self._after_db_commit(event)

    async def _run_handler_until_database_answers(self, handler: Handler, event: CloudEvent) -> None:
        while True:
            try:
                await self._run_handler_with_retries(handler, event)
                return
            except Exception as exc:
                if not is_database_outage(exc):
                    raise
                log.warning("consumer_database_unavailable", group=self.group_id, error=repr(exc))
                RETRIED.labels(self.group_id, event.type, "database_unavailable").inc()
                await asyncio.sleep(1.0)

    async def _run_handler_with_retries(self, handler: Handler, event: CloudEvent) -> None:
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._settings.consumer_max_attempts),
            wait=wait_exponential(multiplier=self._settings.consumer_retry_backoff_s, max=5),
            # tenacity catches BaseException too: a cancelled consumer must stop, not retry.
            retry=retry_if_exception(lambda e: isinstance(e, Exception) and not is_database_outage(e)),
            before_sleep=lambda _state: RETRIED.labels(self.group_id, event.type, "error").inc(),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                await self._handle_once(handler, event)

    async def _handle_once(self, handler: Handler, event: CloudEvent) -> None:
        """The handler and the inbox claim in one transaction; the claim goes with the handler's
        writes (one round trip on PostgreSQL). A claim that fails because this consumer handled the
        event before rolls everything back: then, as after any failure, the inbox says whether the
        event was a duplicate (skipped) or the failure was real (retried, then dead-lettered)."""
        claim = inbox.claim(
            self._inbox_model, consumer=self.group_id, event_id=event.id, event_type=event.type
        )
        try:
            await self._run_handler(handler, event, claim)
        except Exception as exc:
            if is_database_outage(exc) or not await self._handled_before(event):
                raise
            CONSUMED.labels(self.group_id, "duplicate").inc()
            return
        CONSUMED.labels(self.group_id, "handled").inc()

    async def _run_handler(self, handler: Handler, event: CloudEvent, claim: Rows) -> None:
        with self._handling(event.type, [event]):
            async with self._sessionmaker() as session, session.begin():
                defer(session, claim)
                await handler(session, event)
                await write_deferred(session)

    async def _handled_before(self, event: CloudEvent) -> bool:
        async with self._sessionmaker() as session:
            return await inbox.handled(session, self._inbox_model, consumer=self.group_id, event_id=event.id)

    async def _dead_letter(
        self, record: ConsumerRecord[Any, Any], dlq: AIOKafkaProducer, exc: Exception
    ) -> None:
        """Park the record, untouched, on ``<topic>.dlq`` with the error; then move on."""
        CONSUMED.labels(self.group_id, "dead_lettered").inc()
        log.error(
            "event_dead_lettered",
            group=self.group_id,
            topic=record.topic,
            offset=record.offset,
            error=describe(exc)[:500],
        )
        headers = [
            *list(record.headers),
            (DLQ_ERROR, describe(exc)[:DLQ_ERROR_MAX].encode()),
            (DLQ_ERROR_TYPE, type(exc).__name__.encode()),
            (DLQ_CONSUMER, self.group_id.encode()),
            (DLQ_SOURCE, f"{record.topic}/{record.partition}/{record.offset}".encode()),
        ]
        await dlq.send_and_wait(dlq_topic(record.topic), value=record.value, key=record.key, headers=headers)


def _runs_by_type(events: list[CloudEvent]) -> list[tuple[str, list[CloudEvent]]]:
    """Consecutive events of one type, in order: batching never reorders a partition."""
    runs: list[tuple[str, list[CloudEvent]]] = []
    for event in events:
        if runs and runs[-1][0] == event.type:
            runs[-1][1].append(event)
        else:
            runs.append((event.type, [event]))
    return runs


__all__ = ["AIOKafkaConsumer", "BatchHandler", "EventConsumer", "Handler", "TopicPartition"]
