"""Policies as versioned data (DESIGN 3): parameters and clause live in rows, not in code."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.db import UTCDateTime, utcnow

DRAFT = "draft"
PUBLISHED = "published"
CITY = "city"


class Policy(Base):
    """A rule of the city (``jurisdiction = "city"``) or of one district (五(八) 属地配套支持)."""

    __tablename__ = "policy"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    clause: Mapped[str] = mapped_column(String(80), doc="work-plan clause, e.g. 五(二)")
    source: Mapped[str] = mapped_column(Text, doc="the legal source the rule comes from")
    jurisdiction: Mapped[str] = mapped_column(String(40), default=CITY, index=True)
    created_by: Mapped[str] = mapped_column(String(200), default="seed", server_default="seed")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PolicyVersion(Base):
    """One dated version of a policy's rule; a decision stores which one it used.

    A published version never changes, except that publishing a successor closes an
    open-ended predecessor the day before the successor takes effect (``publish_trace``).
    """

    __tablename__ = "policy_version"
    __table_args__ = (
        UniqueConstraint("policy_code", "version"),
        CheckConstraint("status IN ('draft', 'published')", name="status"),
        CheckConstraint("effective_to IS NULL OR effective_to >= effective_from", name="dates_ordered"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    policy_code: Mapped[str] = mapped_column(ForeignKey("policy.code"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rule_kind: Mapped[str] = mapped_column(String(80))
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON)
    clause: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(Text)
    # Its figures are not in the work plan or a source document yet (the bureau's parameters to
    # confirm): a case priced by it goes to needs_review, a person confirms before approval.
    provisional: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(20), default=PUBLISHED)
    created_by: Mapped[str] = mapped_column(String(200), default="seed", server_default="seed")
    published_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    publish_trace: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
