"""Transactional outbox: the event row is written in the caller's transaction, never committed here.

A service declares ``class OutboxRecord(OutboxMixin, Base)`` and calls
``outbox.add(session, event, topic=..., key=...)`` beside its state change. The row is the durable
record of the event; the relay publishes it after the commit and marks it sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text, Uuid, event, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column

from shared.db import UTCDateTime, utcnow
from shared.events import CloudEvent

OUTBOX_SIGNAL = "outbox_signal"
_PENDING = "outbox_pending"


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


class Outbox:
    """Writes events into one service's outbox table through the caller's session."""

    def __init__(self, model: type[OutboxMixin], *, service_name: str) -> None:
        # Typed loosely: the concrete class is the service's mapped subclass of the mixin.
        self.model: Any = model
        self.channel = notify_channel(service_name)

    async def add(self, session: AsyncSession, event: CloudEvent, *, topic: str, key: str) -> None:
        """Stage ``event`` in the current transaction; it is published only if that commits."""
        session.add(
            self.model(
                event_id=event.id,
                topic=topic,
                key=key,
                event_type=event.type,
                envelope=event.model_dump(mode="json"),
                created_at=utcnow(),
            )
        )
        # Wakes the relay in this process after commit; on PostgreSQL a statement trigger also
        # NOTIFYs every relay LISTENing in any replica (see shared.migrations.outbox_trigger_sql).
        session.info[_PENDING] = True


@event.listens_for(Session, "after_commit")
def _wake_relay_after_commit(session: Session) -> None:
    """In-process wake-up: the relay in this process publishes right after our commit."""
    if session.info.pop(_PENDING, False):
        signal = session.info.get(OUTBOX_SIGNAL)
        if isinstance(signal, asyncio.Event):
            signal.set()


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)
