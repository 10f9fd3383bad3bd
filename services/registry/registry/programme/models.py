"""The programme's targets (`二`) as data: what is counted, how many, by when."""

import datetime as dt

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base


class ProgrammeTarget(Base):
    __tablename__ = "programme_target"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    metric: Mapped[str] = mapped_column(String(80), doc="what is counted; see programme.service.METRICS")
    title_zh: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    clause: Mapped[str] = mapped_column(String(40))
    target_value: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[dt.date] = mapped_column(Date)
