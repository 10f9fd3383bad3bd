"""The programme catalogue as data: national, provincial and city programmes, each with the talent
levels it takes, and one round a year whose dates a talent officer enters."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shared.db import UTCDateTime, utcnow
from talent.base import Base


class TalentProgramme(Base):
    __tablename__ = "talent_programme"
    __table_args__ = (
        CheckConstraint("level IN ('national', 'provincial', 'municipal')", name="level_known"),
        Index("ix_talent_programme_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    # Talent levels (``talents.schemas.Level`` values) that may apply, in that enum's order.
    eligible_levels: Mapped[list[Any]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProgrammeRound(Base):
    """A programme's call of one year; it takes submissions until the end of ``deadline`` in China."""

    __tablename__ = "programme_round"
    __table_args__ = (
        UniqueConstraint("programme_id", "year"),
        CheckConstraint("opens_on <= deadline", name="opens_by_deadline"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("talent_programme.id"))
    year: Mapped[int] = mapped_column(Integer)
    opens_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    programme: Mapped[TalentProgramme] = relationship(lazy="raise")
