"""Policies as versioned data (DESIGN 3): parameters and clause live in rows, not in code."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.db import UTCDateTime, utcnow


class Policy(Base):
    __tablename__ = "policy"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    clause: Mapped[str] = mapped_column(String(80), doc="work-plan clause, e.g. 五(二)")
    source: Mapped[str] = mapped_column(Text, doc="the legal source the rule comes from")
    jurisdiction: Mapped[str] = mapped_column(String(40), default="city")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PolicyVersion(Base):
    """One dated version of a policy's rule; a decision stores which one it used."""

    __tablename__ = "policy_version"
    __table_args__ = (UniqueConstraint("policy_code", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    policy_code: Mapped[str] = mapped_column(ForeignKey("policy.code"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    rule_kind: Mapped[str] = mapped_column(String(80))
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON)
    clause: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="published")
    published_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
