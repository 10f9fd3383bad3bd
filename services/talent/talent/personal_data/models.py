"""The access log: one row for every talent whose whole ID number or phone a response showed."""

import datetime as dt
import uuid

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from talent.base import Base


class PersonalDataAccess(Base):
    __tablename__ = "personal_data_access"
    __table_args__ = (Index("ix_personal_data_access_talent_id_at", "talent_id", "at"),)

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    talent_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    accessor: Mapped[str] = mapped_column(String(200), index=True)
    accessor_role: Mapped[str] = mapped_column(String(40))
    fields: Mapped[list[str]] = mapped_column(JSON)
    # The route that showed them (method and path template) and the request's correlation id.
    via: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
