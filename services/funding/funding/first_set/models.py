"""Product recognitions (their subsidy is a support case), the per-firm yearly tally, and
catalogue-eligible offerings."""

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from funding.base import Base
from funding.support_cases.models import SupportCase
from shared.db import Money, UTCDateTime, utcnow


class ProductRecognition(Base):
    """A product in a first-set / first-batch / first-version catalogue of one year (`五(五)`)."""

    __tablename__ = "product_recognition"
    __table_args__ = (
        # A product is recognized once per catalogue and year.
        UniqueConstraint("catalogue", "year", "maker_uscc", "product_name"),
        Index("ix_product_recognition_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    catalogue: Mapped[str] = mapped_column(String(40), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    product_name: Mapped[str] = mapped_column(String(200))
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    maker_name: Mapped[str] = mapped_column(String(200))
    maker_uscc: Mapped[str] = mapped_column(String(18), index=True)
    buyer_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    price: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    sales: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    sales_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recognized_on: Mapped[dt.date] = mapped_column(Date)
    document_no: Mapped[str | None] = mapped_column(String(100), nullable=True)
    offering_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    # The support case that prices the subsidy (inputs, policy version, trace) and pays it.
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("support_case.id"), nullable=True, unique=True
    )
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[SupportCase | None] = relationship(lazy="raise")


class FirmYearSubsidy(Base):
    """What one firm was granted in one year across its recognitions; locked while a new one is
    priced, so two concurrent recognitions cannot both pass the yearly cap."""

    __tablename__ = "firm_year_subsidy"

    maker_uscc: Mapped[str] = mapped_column(String(18), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    granted: Mapped[Decimal] = mapped_column(Money)


class CatalogueEligibleOffering(Base):
    """An innovation offering that a successful pilot made eligible for the procurement catalogues."""

    __tablename__ = "catalogue_eligible_offering"
    __table_args__ = (Index("ix_catalogue_eligible_offering_created_at_id", "created_at", "id"),)

    # One row per offering: later pilots of the same offering change nothing.
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, doc="the offering id in scenarios")
    offering_name: Mapped[str] = mapped_column(String(200))
    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    pilot_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    scenario_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    scenario_title: Mapped[str] = mapped_column(String(300))
    completed_on: Mapped[dt.date] = mapped_column(Date)
    source_event_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
