"""A center's innovation team: its leader is one of its members, every member a talent of the
same center."""

import datetime as dt
import uuid

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from talent.base import Base


class Team(Base):
    __tablename__ = "team"
    __table_args__ = (
        CheckConstraint("origin IN ('introduced', 'trained')", name="origin_known"),
        Index("ix_team_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    name: Mapped[str] = mapped_column(String(200))
    research_field: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    leader_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("talent.id"))
    origin: Mapped[str] = mapped_column(String(20))
    introduced_from: Mapped[str | None] = mapped_column(String(200), nullable=True)
    formed_on: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class TeamMember(Base):
    __tablename__ = "team_member"

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), primary_key=True)
    talent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("talent.id"), primary_key=True, index=True)
