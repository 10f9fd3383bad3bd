"""Reference data (DESIGN 2): the 15 clusters, the future industries and the districts."""

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base


class Industry(Base):
    """A strategic cluster of the "12218" system or a future industry (`三(二)`, `二`)."""

    __tablename__ = "industry"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200))
    group: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class District(Base):
    __tablename__ = "district"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80))
