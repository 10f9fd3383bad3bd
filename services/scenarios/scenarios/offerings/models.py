"""A center's innovation offering, its tags and its steps."""

import datetime as dt
import uuid

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scenarios.base import Base
from scenarios.steps import StepMixin
from shared.db import UTCDateTime, utcnow


class OfferingTag(Base):
    __tablename__ = "offering_tag"
    __table_args__ = (Index("ix_offering_tag_tag", "tag"),)

    offering_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offering.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(50), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class OfferingStep(StepMixin, Base):
    __tablename__ = "offering_step"

    offering_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offering.id"), index=True)


class Offering(Base):
    __tablename__ = "offering"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'withdrawn')", name="status_known"),
        CheckConstraint(
            "maturity_level IN ('prototype', 'pilot_ready', 'small_batch', 'mass_production')",
            name="maturity_level_known",
        ),
        CheckConstraint(
            "(status = 'withdrawn') = (withdrawal_reason IS NOT NULL)", name="withdrawn_iff_reason"
        ),
        Index("ix_offering_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # A center of registry's, known from its events (``center_view``); no foreign key across them.
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    cluster_code: Mapped[str] = mapped_column(String(80), index=True)
    maturity_level: Mapped[str] = mapped_column(String(30))
    certifications: Mapped[list[str]] = mapped_column(JSON)
    # ``active`` is open for matching.
    status: Mapped[str] = mapped_column(String(20), index=True)
    withdrawal_reason: Mapped[str | None] = mapped_column(String(30), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    tag_rows: Mapped[list[OfferingTag]] = relationship(
        lazy="raise", order_by=OfferingTag.position, cascade="all, delete-orphan"
    )

    @property
    def tags(self) -> list[str]:
        return [row.tag for row in self.tag_rows]
