"""Budgets per year and category, and the ledger of every movement on them."""

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.db import Money, UTCDateTime, utcnow


class Budget(Base):
    """Allocated money of one year and category; ``available`` = allocated − committed − disbursed."""

    __tablename__ = "budget"
    __table_args__ = (
        UniqueConstraint("year", "category"),
        # The last line of defence against overspending: no update can break these.
        CheckConstraint("committed >= 0 AND disbursed >= 0", name="non_negative"),
        CheckConstraint("committed + disbursed <= allocated", name="not_overspent"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    year: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(80))
    allocated: Mapped[Decimal] = mapped_column(Money)
    committed: Mapped[Decimal] = mapped_column(Money)
    disbursed: Mapped[Decimal] = mapped_column(Money)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class BudgetMovement(Base):
    """One line of the ledger: what moved, how much, why (reference) and who, with the balances after."""

    __tablename__ = "budget_movement"
    __table_args__ = (Index("ix_budget_movement_created_at_id", "created_at", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budget.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    category: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20), doc="allocate, commit, release or disburse")
    amount: Mapped[Decimal] = mapped_column(Money)
    reference: Mapped[str] = mapped_column(String(300))
    actor: Mapped[str] = mapped_column(String(200))
    allocated_after: Mapped[Decimal] = mapped_column(Money)
    committed_after: Mapped[Decimal] = mapped_column(Money)
    disbursed_after: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
