"""Inbox: one row per (consumer, event id), written in the handler's transaction.

If the row already exists the event was handled before (a redelivery or a replay) and is skipped.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import String, Uuid, inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from shared.events import CloudEvent


class InboxMixin:
    __tablename__ = "inbox_record"

    consumer: Mapped[str] = mapped_column(String(100), primary_key=True)
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    event_type: Mapped[str] = mapped_column(String(200))
    processed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


async def claim(
    session: AsyncSession, model: type[InboxMixin], *, consumer: str, event_id: uuid.UUID, event_type: str
) -> bool:
    """Insert the inbox row; False when this consumer already handled the event."""
    values = {"consumer": consumer, "event_id": event_id, "event_type": event_type, "processed_at": utcnow()}
    result = await session.execute(_claim_statement(session.get_bind().dialect.name, model), values)
    return bool(getattr(result, "rowcount", 0))


_CLAIMS: dict[tuple[str, type[InboxMixin]], Any] = {}


def _claim_statement(dialect: str, model: type[InboxMixin]) -> Any:
    """The claim, built once per dialect and table: every event runs it, and building it again
    each time cost as much as its round trip."""
    key = (dialect, model)
    if key not in _CLAIMS:
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        # On the table, not the mapped class: an ORM insert run with parameters reports no rowcount.
        table = inspect(model).local_table
        _CLAIMS[key] = insert(table).on_conflict_do_nothing(index_elements=["consumer", "event_id"])
    return _CLAIMS[key]


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
