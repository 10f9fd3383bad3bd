"""A talent's application to one round of a programme, and the history of every step taken on it.

The center is the one that recommends: fixed when the application is made, so scoping never
follows a later edit of the talent.
"""

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.db import UTCDateTime, utcnow
from talent.base import Base
from talent.programmes.models import ProgrammeRound


class ApplicationStep(Base):
    """One action on an application: who took it, when, from and to which status, and the note."""

    __tablename__ = "talent_application_step"
    __table_args__ = (
        Index("ix_talent_application_step_application_id_acted_at", "application_id", "acted_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("talent_application.id"))
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    acted_by: Mapped[str] = mapped_column(String(200))
    acted_by_role: Mapped[str] = mapped_column(String(40))
    acted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class TalentApplication(Base):
    __tablename__ = "talent_application"
    __table_args__ = (
        # One application per talent and round (a round is one programme's, so per programme too).
        UniqueConstraint("talent_id", "round_id"),
        CheckConstraint(
            "status IN ('draft', 'recommended', 'submitted', 'awarded', 'rejected')", name="status_known"
        ),
        CheckConstraint("(status = 'awarded') = (awarded_on IS NOT NULL)", name="awarded_on_iff_awarded"),
        Index("ix_talent_application_created_at_id", "created_at", "id"),
        Index("ix_talent_application_center_id_created_at_id", "center_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    talent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("talent.id"))
    round_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme_round.id"), index=True)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    status: Mapped[str] = mapped_column(String(20))
    recommendation: Mapped[str] = mapped_column(Text)
    # The award's calendar day in China: the year the center's figures count it in.
    awarded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    round: Mapped[ProgrammeRound] = relationship(lazy="raise")
    history: Mapped[list[ApplicationStep]] = relationship(lazy="raise", order_by=ApplicationStep.acted_at)
