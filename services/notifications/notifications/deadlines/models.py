"""A deadline (a scenario's, a talent-programme round's, a rectification's) and each reminder sent
for it: one row per deadline, recipient and days-before, so a reminder goes out once."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, CheckConstraint, Date, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from notifications.base import Base
from shared.db import UTCDateTime, utcnow


class Deadline(Base):
    __tablename__ = "deadline"
    __table_args__ = (
        UniqueConstraint("kind", "ref_id"),
        CheckConstraint("kind IN ('scenario', 'talent_round', 'rectification')", name="kind_known"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(20))
    # The scenario, round or evaluation the deadline is of.
    ref_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    title_zh: Mapped[str] = mapped_column(String(300))
    # The last day (China date).
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # Whom it concerns besides every user who wants reminders of its kind (see recipients).
    center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    cluster_code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    owner_sub: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # False once the thing is over before its deadline (a scenario closed): no more reminders.
    open: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
