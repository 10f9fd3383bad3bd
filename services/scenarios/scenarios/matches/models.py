"""A match of a scenario and an offering, and its steps."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from scenarios.base import Base
from scenarios.steps import StepMixin
from shared.db import UTCDateTime, utcnow


class MatchStep(StepMixin, Base):
    __tablename__ = "match_step"

    match_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("match.id"), index=True)


class Match(Base):
    __tablename__ = "match"
    __table_args__ = (
        UniqueConstraint("scenario_id", "offering_id", name="one_per_pair"),
        CheckConstraint("status IN ('proposed', 'accepted', 'declined')", name="status_known"),
        CheckConstraint("proposed_side IN ('scenario', 'center')", name="proposed_side_known"),
        # Accepted exactly when both sides have.
        CheckConstraint(
            "(status = 'accepted') = (scenario_accepted_at IS NOT NULL AND center_accepted_at IS NOT NULL)",
            name="accepted_by_both",
        ),
        Index("ix_match_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    scenario_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("scenario.id"), index=True)
    offering_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offering.id"), index=True)
    # The offering's center, kept here so a center's matches are found without a join.
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The ranking's score and explanation when the match was proposed (suggestions.schemas).
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON)
    proposed_by: Mapped[str] = mapped_column(String(200))
    proposed_side: Mapped[str] = mapped_column(String(20))
    scenario_accepted_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    scenario_accepted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    center_accepted_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    center_accepted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
