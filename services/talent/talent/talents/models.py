"""A talent of a center. Personal data is stored sealed (``*_sealed``), with the masked form
beside it for every response that may not see the whole, and the ID number's keyed hash for
exact search; the plain values are in no column."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from talent.base import Base


class Talent(Base):
    __tablename__ = "talent"
    __table_args__ = (
        # One person, one record: a document number is registered once (a move between centers
        # is an edit of the record, not a second one).
        UniqueConstraint("id_document_type", "id_number_digest", name="uq_talent_document"),
        CheckConstraint("origin IN ('introduced', 'trained')", name="origin_known"),
        CheckConstraint(
            "(origin = 'introduced') = (introduced_from IS NOT NULL)", name="introduced_from_iff_introduced"
        ),
        Index("ix_talent_created_at_id", "created_at", "id"),
        Index("ix_talent_center_id_created_at_id", "center_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    name: Mapped[str] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(10))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(3))
    id_document_type: Mapped[str] = mapped_column(String(40))
    id_number_sealed: Mapped[str] = mapped_column(Text)
    id_number_masked: Mapped[str] = mapped_column(String(40))
    id_number_digest: Mapped[str] = mapped_column(String(64))
    phone_sealed: Mapped[str] = mapped_column(Text)
    phone_masked: Mapped[str] = mapped_column(String(40))
    # Which key sealed this row's values (``key_id_of``): what re-encryption still has to do.
    sealed_with: Mapped[str] = mapped_column(String(12), index=True)
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    level: Mapped[str] = mapped_column(String(40), index=True)
    role: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(20))
    introduced_from: Mapped[str | None] = mapped_column(String(200), nullable=True)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    qualifications: Mapped[list[Any]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    registered_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
