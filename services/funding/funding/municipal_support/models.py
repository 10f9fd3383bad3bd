"""Applications for municipal support and every transition of them. The money of a monetary
application goes through its support case (``case_id``): review, two approvals, budget, tranches."""

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, Uuid
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
    # The support case that pays a monetary application (None: project or financing support
    # without money, decided by the application's own review).
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("support_case.id"), nullable=True, unique=True
    )
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
