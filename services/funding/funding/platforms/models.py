"""Platforms led by centers and their yearly operating results; the subsidy a year earns is a
support case (kind ``platform_subsidy``), opened when the results are reported."""

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
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
    # The support case that prices and pays the year's subsidy.
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("support_case.id"), nullable=True, unique=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
