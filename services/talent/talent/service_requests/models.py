"""A talent's request for a support service, and every step it took."""

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from talent.base import Base

_OPEN = text("status IN ('submitted', 'accepted')")


class ServiceRequest(Base):
    __tablename__ = "service_request"
    __table_args__ = (
        CheckConstraint("status IN ('submitted', 'accepted', 'fulfilled', 'refused')", name="status_known"),
        CheckConstraint("(status = 'refused') = (refusal_reason IS NOT NULL)", name="refused_iff_reason"),
        CheckConstraint("(status = 'fulfilled') = (fulfilled_on IS NOT NULL)", name="fulfilled_iff_date"),
        # One open request per talent and service; the service checks first under the talent's
        # lock, this is the last line of defence.
        Index(
            "uq_service_request_open",
            "talent_id",
            "kind",
            unique=True,
            postgresql_where=_OPEN,
            sqlite_where=_OPEN,
        ),
        Index("ix_service_request_created_at_id", "created_at", "id"),
        Index("ix_service_request_center_id_created_at_id", "center_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    talent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("talent.id"), index=True)
    # The talent's center when they asked: scoping, revocation and the figures go by it.
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(40))
    # Free text that may hold personal matters: shown in scope, never put in an event.
    details: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    # What the version in force on ``requested_on`` said of the talent's level and this service.
    entitlement: Mapped[str] = mapped_column(String(20))
    entitlement_version: Mapped[int] = mapped_column(ForeignKey("service_entitlement_version.version"))
    requested_on: Mapped[dt.date] = mapped_column(Date)
    refusal_reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    refusal_detail_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    refusal_detail_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    fulfilled_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    requested_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ServiceRequestStep(Base):
    """One step of a request: who, in which role, when, from and to which status, and why."""

    __tablename__ = "service_request_step"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    request_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_request.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    acted_by: Mapped[str] = mapped_column(String(200))
    acted_as: Mapped[str] = mapped_column(String(40))
    acted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
