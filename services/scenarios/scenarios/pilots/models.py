"""A pilot of an accepted match, its completed milestones and their evidence."""

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scenarios.base import Base
from shared.db import UTCDateTime, utcnow


class PilotEvidence(Base):
    """A link or a document reference backing a milestone, and who recorded it when."""

    __tablename__ = "pilot_evidence"
    __table_args__ = (
        ForeignKeyConstraint(
            ["pilot_id", "milestone"], ["pilot_milestone.pilot_id", "pilot_milestone.milestone"]
        ),
        CheckConstraint("url IS NOT NULL OR document_ref IS NOT NULL", name="url_or_document"),
        Index("ix_pilot_evidence_pilot_id_milestone", "pilot_id", "milestone"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    pilot_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    milestone: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    document_ref: Mapped[str | None] = mapped_column(String(200), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PilotMilestone(Base):
    """A completed milestone (a row exists once it is done)."""

    __tablename__ = "pilot_milestone"
    __table_args__ = (
        CheckConstraint(
            "milestone IN ('verification', 'iteration', 'demonstration')", name="milestone_known"
        ),
    )

    pilot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pilot.id"), primary_key=True)
    milestone: Mapped[str] = mapped_column(String(20), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    completed_by: Mapped[str] = mapped_column(String(200))
    completed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    evidence: Mapped[list[PilotEvidence]] = relationship(
        lazy="raise", order_by=PilotEvidence.position, cascade="all, delete-orphan"
    )


class Pilot(Base):
    __tablename__ = "pilot"
    __table_args__ = (
        CheckConstraint("status IN ('running', 'completed')", name="status_known"),
        CheckConstraint(
            "(status = 'completed') = (outcome IS NOT NULL AND completed_at IS NOT NULL)",
            name="completed_iff_outcome",
        ),
        CheckConstraint("outcome IS NULL OR outcome IN ('successful', 'unsuccessful')", name="outcome_known"),
        Index("ix_pilot_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # One pilot per match.
    match_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("match.id"), unique=True)
    scenario_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scenario.id"), index=True)
    offering_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offering.id"), index=True)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    plan: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)
    completed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    milestones: Mapped[list[PilotMilestone]] = relationship(
        lazy="raise", order_by=PilotMilestone.position, cascade="all, delete-orphan"
    )
