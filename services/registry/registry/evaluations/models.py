"""Annual evaluations: the versioned grading rule, each center's yearly evaluation, its experts."""

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base
from shared.db import Money, UTCDateTime, utcnow


class GradingRule(Base):
    """One dated version of the grading rule; ``parameters`` is read by ``grading.GradingRule``.

    A new version is a new row with a later ``effective_from``: concluded evaluations keep the
    version they were graded by, so old grades can always be explained and re-computed.
    """

    __tablename__ = "grading_rule"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    basis: Mapped[str] = mapped_column(Text, doc="the documents and clauses the rule implements")
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CenterEvaluation(Base):
    """A center's evaluation for one year: its indicators, then the graded result."""

    __tablename__ = "center_evaluation"
    __table_args__ = (
        # One evaluation per center and year (the service checks first for a clean 409).
        UniqueConstraint("center_id", "year"),
        Index("ix_center_evaluation_center_id_created_at_id", "center_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)

    # The yearly indicators the center reports.
    rd_spend: Mapped[Decimal] = mapped_column(Money)
    rd_staff_share: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    patents: Mapped[int] = mapped_column(Integer)
    standards_led: Mapped[int] = mapped_column(Integer)
    results_commercialized: Mapped[int] = mapped_column(Integer)
    enterprises_incubated: Mapped[int] = mapped_column(Integer)
    sme_services: Mapped[int] = mapped_column(Integer)
    talents_introduced: Mapped[int] = mapped_column(Integer)
    talents_trained: Mapped[int] = mapped_column(Integer)
    financing: Mapped[Decimal] = mapped_column(Money)
    submitted_by: Mapped[str] = mapped_column(String(200))

    # The result, once concluded.
    total_score: Mapped[Decimal | None] = mapped_column(Numeric(5, 2), nullable=True)
    grade: Mapped[str | None] = mapped_column(String(20), nullable=True)
    grading_rule_version: Mapped[int | None] = mapped_column(
        ForeignKey("grading_rule.version"), nullable=True
    )
    grading_trace: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    concluded_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    concluded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    conclusion_comment: Mapped[str | None] = mapped_column(Text, nullable=True)

    # 不合格: a one-year rectification, then a re-check; the system only proposes revocation.
    rectification_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recheck_passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    recheck_comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    rechecked_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    rechecked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revocation_proposed: Mapped[bool] = mapped_column(Boolean, default=False)

    # Closed without a grade: the center was revoked while the evaluation was open (the revoke
    # action that closed it, who and when, and the recorded reason).
    closed_by_action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("center_action.id"), nullable=True, index=True
    )
    closed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_reason: Mapped[str | None] = mapped_column(Text, nullable=True)

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class EvaluationExpert(Base):
    """An expert assigned to an evaluation, and the score sheet they filled in (None until then)."""

    __tablename__ = "evaluation_expert"
    __table_args__ = (UniqueConstraint("evaluation_id", "expert_sub"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # Looked up by the unique (evaluation_id, expert_sub) index.
    evaluation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center_evaluation.id"))
    expert_sub: Mapped[str] = mapped_column(String(200))
    # The version of the expert's registry record the conflict check read (None: assigned before
    # the registry, when the assigner named the organization).
    expert_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    assigned_by: Mapped[str] = mapped_column(String(200))
    # {dimension: {item: score}}, validated by ``schemas.ScoreSheet``.
    scores: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    scores_version: Mapped[int] = mapped_column(Integer, default=0)
    scored_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
