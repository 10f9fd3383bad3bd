"""Equity investments by the city's guide funds (`五(三)`)."""

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Index, Numeric, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.db import Money, UTCDateTime, utcnow


class GuideFundInvestment(Base):
    __tablename__ = "guide_fund_investment"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("stake_percent > 0 AND stake_percent <= 100", name="stake_range"),
        Index("ix_guide_fund_investment_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    fund: Mapped[str] = mapped_column(String(40), index=True)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    investee_name: Mapped[str] = mapped_column(String(200))
    investee_uscc: Mapped[str] = mapped_column(String(18), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    # Percent of the investee's equity, exact: NUMERIC(7,4) holds 0.0001 to 100.0000.
    stake_percent: Mapped[Decimal] = mapped_column(Numeric(7, 4, asdecimal=True))
    invested_on: Mapped[dt.date] = mapped_column(Date)
    # How the investee belongs to the center (lead, member, legal_entity…), or None with the
    # written reason for investing outside it.
    investee_relation: Mapped[str | None] = mapped_column(String(40), nullable=True)
    investee_justification: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
