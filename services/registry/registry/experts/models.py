"""The expert registry: who an expert is, where they work and worked, what they declare (回避).

An expert is known by their token's ``sub``. Their declaration is the list of their affiliations
(organizations, with periods) and of the conflicts they declare; until a declaration is recorded
(``declared_at``), an expert is not assigned to any evaluation. Every change is kept as an
:class:`ExpertRevision` holding the whole record after it, who made it and when.
"""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.base import Base
from registry.organizations.models import Organization
from shared.db import UTCDateTime, utcnow


class Expert(Base):
    __tablename__ = "expert"
    __table_args__ = (
        # One record per token subject, also under concurrent registrations.
        UniqueConstraint("sub"),
        Index("ix_expert_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    sub: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The latest declaration: who recorded it and when (None: never declared, not assignable).
    declared_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    declared_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ExpertAffiliation(Base):
    """The expert works (or worked) at a registered organization from ``from_date`` to ``to_date``.

    Both days are included; ``to_date`` is None while the affiliation is current.
    """

    __tablename__ = "expert_affiliation"
    __table_args__ = (CheckConstraint("to_date IS NULL OR to_date >= from_date", name="dates_ordered"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    expert_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("expert.id"), index=True)
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"), index=True)
    from_date: Mapped[dt.date] = mapped_column(Date)
    to_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The order the expert listed them in, kept for reads and the conflict reasons.
    position: Mapped[int] = mapped_column(Integer)

    organization: Mapped[Organization] = relationship(lazy="raise")


class ExpertDeclaredConflict(Base):
    """A conflict the expert declares with one organization or one center, and why (``note``)."""

    __tablename__ = "expert_declared_conflict"
    __table_args__ = (CheckConstraint("(organization_id IS NULL) <> (center_id IS NULL)", name="one_party"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    expert_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("expert.id"), index=True)
    organization_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organization.id"), nullable=True, index=True
    )
    center_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("center.id"), nullable=True, index=True)
    note: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)

    organization: Mapped[Organization | None] = relationship(lazy="raise")


class ExpertRevision(Base):
    """One change of an expert's record as it happened: the whole record after it, who, when."""

    __tablename__ = "expert_revision"
    __table_args__ = (
        UniqueConstraint("expert_id", "version"),
        Index("ix_expert_revision_expert_id_changed_at_id", "expert_id", "changed_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    expert_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("expert.id"))
    version: Mapped[int] = mapped_column(Integer)
    change: Mapped[str] = mapped_column(String(20))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    changed_by: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
