"""Organizations: enterprises, research institutes, universities and social organizations (`四`)."""

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base
from shared.db import UTCDateTime, utcnow


class Organization(Base):
    """One organization, known by its unified social credit code (统一社会信用代码)."""

    __tablename__ = "organization"
    __table_args__ = (
        # One row per USCC, also under concurrent creates (the service checks first for a clean 409).
        UniqueConstraint("uscc"),
        Index("ix_organization_created_at_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18))
    type: Mapped[str] = mapped_column(String(40), index=True)
    district: Mapped[str | None] = mapped_column(ForeignKey("district.code"), nullable=True, index=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
