"""Transactional outbox: the event row is written in the caller's transaction, never committed here.

A service declares ``class OutboxRecord(OutboxMixin, Base)`` and calls
``outbox.add(session, event, topic=..., key=...)`` beside its state change. The row is the durable
record of the event; the relay publishes it after the commit and marks it sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    BigInteger,
    Index,
    Integer,
    String,
    Table,
    Text,
    Uuid,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.ext.asyncio import AsyncSession, AsyncSessionTransaction
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column

from shared.db import UTCDateTime, utcnow
from shared.event_catalogue import check_declared
from shared.events import CloudEvent
from shared.tracing import creation_context
from shared.write_together import Rows, Write, write_together

OUTBOX_HANDOFF = "outbox_handoff"
_PENDING = "outbox_pending"
_SWEEP = "outbox_sweep"
_COMMITTED = "outbox_committed"


class OutboxMixin:
    """Columns of an outbox table; ``id`` gives publication order, ``event_id`` identity."""

    __tablename__ = "outbox_record"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    topic: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200))
    event_type: Mapped[str] = mapped_column(String(200))
    envelope: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)

    @declared_attr.directive
    @classmethod
    def __table_args__(cls) -> tuple[Any, ...]:
        # The relay only ever asks for unsent rows in order: keep that index small.
        return (
            Index(
                "ix_outbox_record_unsent",
                "id",
                postgresql_where=text("sent_at IS NULL"),
                sqlite_where=text("sent_at IS NULL"),
            ),
            Index("ix_outbox_record_created_at", "created_at"),
        )


def notify_channel(service_name: str) -> str:
    return f"outbox_{service_name}".replace("-", "_")


@dataclass(frozen=True)
class CommittedRow:
    """An outbox row as it was committed, so the relay can publish it without reading it back."""

    id: int
    topic: str
    key: str
    envelope: dict[str, Any]


class Handoff:
    """Rows this process has just committed, handed to its own relay, and the relay's wake-up.

    Only a latency shortcut: the table stays the record. The relay publishes these at once and
    then marks them sent; rows it never takes (another replica leads, or the bound is hit) are
    found in the table as always.

    The committing task waits (at most ``publish_wait_s``) until the relay has published its rows
    (:class:`PublishingSession`): the relay shares its event loop, and without the wait it would
    only run once the whole request or handler has finished (docs/decisions/0010).
    """

    def __init__(self, limit: int = 10_000, *, publish_wait_s: float = 0.0) -> None:
        self.signal = asyncio.Event()
        self.publish_wait_s = publish_wait_s
        # Set by the relay while it holds the service's lead: a replica that does not lead never
        # publishes hand-offs, so its committers must not wait for them.
        self.leading = False
        self._rows: OrderedDict[int, CommittedRow] = OrderedDict()
        self._unsettled: set[int] = set()  # offered, and the relay not done with them yet
        self._waiters: dict[int, asyncio.Future[None]] = {}
        self._limit = limit
        self._sweep = True  # read the table first: rows may be waiting from before a restart

    def request_sweep(self) -> None:
        """Rows not handed over may be waiting (another replica, a re-publish, a failure)."""
        self._sweep = True
        self.signal.set()

    def take_sweep(self) -> bool:
        sweep, self._sweep = self._sweep, False
        return sweep

    def offer(self, rows: Iterable[CommittedRow]) -> None:
        for row in rows:
            self._rows[row.id] = row
            self._unsettled.add(row.id)
        while len(self._rows) > self._limit:
            dropped, _ = self._rows.popitem(last=False)
            self.settle([dropped])
            self._sweep = True  # the dropped rows are still in the table
        self.signal.set()

    def take(self) -> list[CommittedRow]:
        rows = list(self._rows.values())
        self._rows.clear()
        return rows

    def discard(self, ids: Iterable[int]) -> None:
        """The relay claimed these from the table (it publishes them now)."""
        ids = list(ids)
        for row_id in ids:
            self._rows.pop(row_id, None)
        self.settle(ids)

    def settle(self, ids: Iterable[int]) -> None:
        """The relay is done with these rows (published, or left to the table): stop waiting."""
        for row_id in ids:
            self._unsettled.discard(row_id)
            waiter = self._waiters.pop(row_id, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(None)

    async def wait_published(self, ids: Iterable[int]) -> None:
        """Until the relay has settled ``ids``, at most ``publish_wait_s`` (0: never wait); at
        once when this process's relay does not lead."""
        if self.publish_wait_s <= 0 or not self.leading:
            return
        loop = asyncio.get_running_loop()
        waiting = {
            row_id: self._waiters.setdefault(row_id, loop.create_future())
            for row_id in ids
            if row_id in self._unsettled
        }
        if not waiting:
            return
        await asyncio.wait(waiting.values(), timeout=self.publish_wait_s)
        for row_id in waiting:
            self._waiters.pop(row_id, None)


class PublishingSession(AsyncSession):
    """A session whose ``begin()`` block, once committed, lets this process's relay publish the
    events it committed before the caller goes on (bounded by the hand-off's wait)."""

    def begin(self) -> AsyncSessionTransaction:
        return _PublishingTransaction(self)


class _PublishingTransaction(AsyncSessionTransaction):
    async def __aexit__(self, type_: Any, value: Any, traceback: Any) -> None:
        await super().__aexit__(type_, value, traceback)
        if type_ is None:
            await _wait_published(self.session)
        else:
            self.session.info.pop(_COMMITTED, None)


async def _wait_published(session: AsyncSession) -> None:
    """Until this process's relay has published what ``session`` committed (bounded)."""
    handoff = session.info.get(OUTBOX_HANDOFF)
    committed = session.info.pop(_COMMITTED, None)
    if committed and isinstance(handoff, Handoff):
        await handoff.wait_published(committed)


class Outbox:
    """Writes events into one service's outbox table through the caller's session."""

    def __init__(self, model: type[OutboxMixin], *, service_name: str) -> None:
        # Typed loosely: the concrete class is the service's mapped subclass of the mixin.
        self.model: Any = model
        self.service_name = service_name
        self.channel = notify_channel(service_name)
        table = cast(Table, inspect(model).local_table)
        self._insert = insert(table).returning(table.c.id, table.c.event_id)

    async def add(self, session: AsyncSession, event: CloudEvent, *, topic: str, key: str) -> None:
        """Stage ``event`` in the current transaction; it is published only if that commits.

        Only a type declared in ``shared.contracts`` (so described by the AsyncAPI document) on its
        own topic is accepted: an undeclared one fails the test that emits it, not a consumer.
        """
        check_declared(self.service_name, event.type, topic)
        row = self.model(
            event_id=event.id,
            topic=topic,
            key=key,
            event_type=event.type,
            envelope=_envelope(event, creation_context()),
            created_at=utcnow(),
        )
        session.add(row)
        # Handed to the relay in this process after commit; on PostgreSQL a statement trigger
        # also NOTIFYs every relay LISTENing in any replica (see shared.migrations).
        session.info.setdefault(_PENDING, []).append(row)

    async def publish(
        self,
        session: AsyncSession,
        *,
        source: str,
        topic: str,
        type_: str,
        key: uuid.UUID,
        body: BaseModel,
    ) -> None:
        """Stage the domain event ``body`` of one aggregate, keyed and subjected by its id ``key``."""
        event = CloudEvent(source=source, type=type_, subject=str(key), data=body.model_dump(mode="json"))
        await self.add(session, event, topic=topic, key=str(key))

    async def add_many(
        self,
        session: AsyncSession,
        items: list[tuple[CloudEvent, str]],
        *,
        topic: str,
        together_with: Sequence[Write] = (),
    ) -> None:
        """Stage many ``(event, key)`` on one topic in one multi-row insert (a consumer's batch).

        ``together_with`` are the transaction's writes these events report; on PostgreSQL a small
        set goes out with the events' insert in one round trip (:mod:`shared.write_together`).
        """
        for staged, _key in items:
            check_declared(self.service_name, staged.type, topic)
        now = utcnow()
        trace_context = creation_context()
        rows: list[dict[str, Any]] = [
            {
                "event_id": event.id,
                "topic": topic,
                "key": key,
                "event_type": event.type,
                "envelope": _envelope(event, trace_context),
                "created_at": now,
                "attempts": 0,
            }
            for event, key in items
        ]
        result = await write_together(session, [*together_with, Rows(self._insert, rows)])
        if not rows or result is None:
            return
        ids = {row.event_id: row.id for row in result}
        session.info.setdefault(_PENDING, []).extend(
            CommittedRow(ids[r["event_id"]], topic, r["key"], r["envelope"]) for r in rows
        )


def _envelope(event: CloudEvent, trace_context: dict[str, str]) -> dict[str, Any]:
    """The event as stored: with the trace context of the transaction that wrote it, so that the
    trace survives the outbox (shared.tracing); unset attributes are left out, as CloudEvents has it."""
    return {**event.model_dump(mode="json", exclude_none=True), **trace_context}


@event.listens_for(Session, "after_commit")
def _hand_over_after_commit(session: Session) -> None:
    """In-process hand-off: the relay in this process publishes right after our commit."""
    rows = session.info.pop(_PENDING, None)
    sweep = session.info.pop(_SWEEP, False)
    handoff = session.info.get(OUTBOX_HANDOFF)
    if not isinstance(handoff, Handoff):
        return
    if rows:
        # expire_on_commit is off: the committed values (and the generated id) are still loaded.
        committed = [CommittedRow(r.id, r.topic, r.key, r.envelope) for r in rows]
        session.info.setdefault(_COMMITTED, []).extend(row.id for row in committed)
        handoff.offer(committed)
    if sweep:
        handoff.request_sweep()


def sweep_after_commit(session: AsyncSession) -> None:
    """Ask this process's relay to read the table after the commit (rows were marked unsent)."""
    session.info[_SWEEP] = True


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_SWEEP, None)
