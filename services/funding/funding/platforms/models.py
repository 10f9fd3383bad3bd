"""Platforms led by centers, their yearly operating results and the subsidy each year earns."""

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.db import Money, UTCDateTime, utcnow


class Platform(Base):
    """A concept-verification center (概念验证中心) or pilot platform (中试平台)."""

    __tablename__ = "platform"
    __table_args__ = (Index("ix_platform_created_at_id", "created_at", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(200))
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    project_approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, doc="择优立项")
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PlatformResult(Base):
    """One year of a platform's operating results (运行成效); reported once per year."""

    __tablename__ = "platform_result"
    __table_args__ = (UniqueConstraint("platform_id", "year"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    platform_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("platform.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    services_delivered: Mapped[int] = mapped_column(Integer)
    projects_verified: Mapped[int] = mapped_column(Integer)
    projects_commercialized: Mapped[int] = mapped_column(Integer)
    external_clients: Mapped[int] = mapped_column(Integer)
    revenue: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    reported_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PlatformSubsidy(Base):
    """The decision on one year's results: inputs, policy version, clause and trace."""

    __tablename__ = "platform_subsidy"
    __table_args__ = (UniqueConstraint("platform_id", "year"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    platform_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("platform.id"), index=True)
    result_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("platform_result.id"), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(40), index=True)
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    policy_code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    policy_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clause: Mapped[str | None] = mapped_column(String(80), nullable=True)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON)
    trace: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
