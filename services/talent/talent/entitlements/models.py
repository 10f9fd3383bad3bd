"""Entitlements as versioned data: a published version never changes, a newer one replaces it from
its ``effective_from``, and every request records the version that judged it."""

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from talent.base import Base


class ServiceEntitlementVersion(Base):
    __tablename__ = "service_entitlement_version"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    clause: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text)
    published_by: Mapped[str] = mapped_column(String(200))
    published_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ServiceEntitlement(Base):
    """One cell of a version's table: what a talent level gets of one service."""

    __tablename__ = "service_entitlement"
    __table_args__ = (
        CheckConstraint("entitlement IN ('entitled', 'not_entitled', 'review')", name="entitlement_known"),
    )

    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("service_entitlement_version.id"), primary_key=True
    )
    level: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    entitlement: Mapped[str] = mapped_column(String(20))
