"""Support cases: one decision each, with its inputs, policy version, clause and trace; its priced
lines (the city rule and each district supplement), its history and its payments."""

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
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

from funding.base import Base
from shared.db import Money, UTCDateTime, utcnow

ZERO = Decimal("0.00")


class SupportCase(Base):
    """One programme's decision to pay a center (DESIGN 3: every programme pays through the same
    support case): upgrade support, municipal support, a platform subsidy, a first-set subsidy."""

    __tablename__ = "support_case"
    __table_args__ = (
        # One case per programme and subject, ever: an upgrade (center and tier), an application,
        # a platform's year, a recognition (funding.support_cases.programmes). A subject belongs
        # to one center for good, so the center leads the key: an evaluation reads a center's
        # earlier cases of a kind, and the generic plan of that query over a key led by the kind
        # or the subject scanned the whole index (the funding consumer lost a fifth of its rate).
        UniqueConstraint("center_id", "kind", "subject_key"),
        Index("ix_support_case_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    subject_key: Mapped[str] = mapped_column(String(200))
    # An upgrade's tier; for other programmes the center's tier when the case opened.
    tier: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(40), index=True)
    # The city line's options, policy and clause (issue 2's contract); every line is in ``lines``.
    options: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    policy_code: Mapped[str | None] = mapped_column(String(80), nullable=True)
    policy_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clause: Mapped[str | None] = mapped_column(String(80), nullable=True)
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON)
    trace: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # The event that opened the case (an upgrade); None for a case opened by a request.
    source_event_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    # What the center asked for (an application): no award goes above it without a second reviewer.
    requested_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    # The workflow (issue 4).
    selected_option: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # Who decided the amounts of a needs_review case, and who proposed them when they went above
    # the request or the rule's cap (a second reviewer then applies them): neither may approve.
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    resolution_proposed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    proposed_resolution: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    approved_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    disbursed_amount: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")
    budget_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_approved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    first_approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    suspended_from: Mapped[str | None] = mapped_column(String(40), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    lines: Mapped[list["SupportCaseLine"]] = relationship(
        lazy="raise", order_by="SupportCaseLine.position", cascade="all, delete-orphan"
    )


class SupportCaseLine(Base):
    """One priced line of a case: the city's rule or one district's supplement (五(八)), each with
    its own policy version, clause, trace and budget category (= the policy's code)."""

    __tablename__ = "support_case_line"
    __table_args__ = (UniqueConstraint("case_id", "policy_code"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_case.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    policy_code: Mapped[str] = mapped_column(String(80))
    policy_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clause: Mapped[str] = mapped_column(String(80))
    jurisdiction: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(40))
    options: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    trace: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    selected_option: Mapped[str | None] = mapped_column(String(20), nullable=True)
    approved_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    disbursed_amount: Mapped[Decimal] = mapped_column(Money, default=ZERO, server_default="0")


class SupportCaseTransition(Base):
    """Every action on a case: actor, role, time, comment, from/to status and its details."""

    __tablename__ = "support_case_transition"
    __table_args__ = (Index("ix_support_case_transition_case_id_created_at", "case_id", "created_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_case.id"))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str] = mapped_column(String(40))
    to_status: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    actor_role: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Disbursement(Base):
    """One payment tranche; a voucher number pays once, ever."""

    __tablename__ = "disbursement"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_case.id"), index=True)
    voucher_no: Mapped[str] = mapped_column(String(100), unique=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    # How the tranche was split over the case's lines (each line's budget category and year).
    allocations: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
