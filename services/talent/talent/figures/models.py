"""Each center's talent figures per (China) year, kept as counters so concurrent changes add
up under the row's lock instead of recounting (and racing)."""

import datetime as dt
import uuid

from sqlalchemy import Integer, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow
from talent.base import Base


class CenterTalentFigures(Base):
    __tablename__ = "center_talent_figures"

    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    introduced: Mapped[int] = mapped_column(Integer, default=0)
    trained: Mapped[int] = mapped_column(Integer, default=0)
    awarded: Mapped[int] = mapped_column(Integer, default=0)
    services_fulfilled: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
