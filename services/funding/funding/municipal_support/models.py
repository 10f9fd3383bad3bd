"""Applications for municipal support, every transition of them, and each paid tranche."""

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.db import Money, UTCDateTime, utcnow


class MunicipalSupportApplication(Base):
    __tablename__ = "municipal_support"
    __table_args__ = (Index("ix_municipal_support_created_at_id", "created_at", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    support_type: Mapped[str] = mapped_column(String(20), doc="project, funding or financing")
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    requested_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    awarded_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    budget_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    disbursed_amount: Mapped[Decimal] = mapped_column(Money)
    released_amount: Mapped[Decimal] = mapped_column(Money, doc="award given back to the budget on close")
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MunicipalSupportTransition(Base):
    """One action on an application: who, in which role, when, from and to which status."""

    __tablename__ = "municipal_support_step"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipal_support.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    actor: Mapped[str] = mapped_column(String(200))
    actor_role: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class MunicipalSupportDisbursement(Base):
    """A paid tranche; a voucher number is used once, so nothing is paid twice."""

    __tablename__ = "municipal_support_payment"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipal_support.id"), index=True)
    voucher_no: Mapped[str] = mapped_column(String(100), unique=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    actor: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
