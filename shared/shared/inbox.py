"""Inbox: one row per (consumer, event id), written in the handler's transaction.

If the row already exists the event was handled before (a redelivery or a replay): the claim
fails, the handler's writes roll back with it, and the event counts as a duplicate.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Insert, String, Uuid, insert, inspect, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from shared.events import CloudEvent
from shared.write_together import Rows


class InboxMixin:
    __tablename__ = "inbox_record"

    consumer: Mapped[str] = mapped_column(String(100), primary_key=True)
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    event_type: Mapped[str] = mapped_column(String(200))
    processed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


def claim(model: type[InboxMixin], *, consumer: str, event_id: uuid.UUID, event_type: str) -> Rows:
    """The inbox row of one event, as a plain insert: written in the handler's transaction (with
    its writes, see :func:`shared.write_together.defer`), it fails on the primary key when this
    consumer handled the event before, and takes the handler's writes down with it."""
    values = {"consumer": consumer, "event_id": event_id, "event_type": event_type, "processed_at": utcnow()}
    return Rows(_insert(model), [values])


_INSERTS: dict[type[InboxMixin], Insert] = {}


def _insert(model: type[InboxMixin]) -> Insert:
    """Built once per table: a statement built anew for every event is compiled anew, and it keys
    the cache of combined writes (shared.write_together)."""
    if model not in _INSERTS:
        # On the table, not the mapped class: an ORM insert run with parameters reports no rowcount.
        _INSERTS[model] = insert(inspect(model).local_table)
    return _INSERTS[model]


async def handled(
    session: AsyncSession, model: type[InboxMixin], *, consumer: str, event_id: uuid.UUID
) -> bool:
    """Whether this consumer handled the event already (its inbox row is committed)."""
    found = await session.scalar(
        select(literal(True)).where(model.consumer == consumer, model.event_id == event_id)
    )
    return bool(found)


async def claim_many(
    session: AsyncSession, model: type[InboxMixin], *, consumer: str, events: list[CloudEvent]
) -> dict[uuid.UUID, str]:
    """Insert the inbox rows of many events in one statement; returns those not handled before.

    An event id repeated within ``events`` is claimed once.
    """
    if not events:
        return {}
    now = utcnow()
    rows = {
        e.id: {"consumer": consumer, "event_id": e.id, "event_type": e.type, "processed_at": now}
        for e in events
    }
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # One statement, compiled once and cached: executemany runs it as batched multi-row VALUES.
    statement = (
        insert(model)
        .on_conflict_do_nothing(index_elements=["consumer", "event_id"])
        .returning(model.event_id, model.event_type)
    )
    result = await session.execute(statement, list(rows.values()))
    return {row.event_id: row.event_type for row in result}
