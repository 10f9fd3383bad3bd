"""Support cases: one decision each, with its inputs, policy version, clause and trace."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.db import UTCDateTime, utcnow


class SupportCase(Base):
    __tablename__ = "support_case"
    __table_args__ = (
        # One upgrade support case per center and tier, ever (DESIGN 3), enforced here too.
        UniqueConstraint("center_id", "kind", "tier"),
        Index("ix_support_case_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    tier: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(40), index=True)
    options: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    policy_code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    policy_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clause: Mapped[str | None] = mapped_column(String(80), nullable=True)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON)
    trace: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    source_event_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
