"""Reference data (DESIGN 2): the 15 clusters, the future industries, their sub-sectors and the
districts.

They are seeded, versioned and editable by municipal admins; every create or edit is kept as a
:class:`ReferenceChange` (who, when, before, after). Codes never change: centers refer to them.
"""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base
from shared.db import UTCDateTime, utcnow


class Industry(Base):
    """A strategic cluster of the "12218" system or a future industry (`三(二)`, `二`)."""

    __tablename__ = "industry"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200))
    group: Mapped[str] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class District(Base):
    __tablename__ = "district"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class SubSector(Base):
    """A sub-sector (细分行业领域) of one cluster or future industry (`二`: one center per sub-sector).

    The code is unique across all clusters, so one code names one sub-sector everywhere; the
    cluster never changes (centers link to the pair). Within a cluster no two sub-sectors share a
    code or a zh/en name once normalized (``registry.reference.matching``).
    """

    __tablename__ = "sub_sector"

    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    cluster_code: Mapped[str] = mapped_column(ForeignKey("industry.code"), index=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class ReferenceChange(Base):
    """One create or edit of an industry, a sub-sector or a district, as it happened."""

    __tablename__ = "reference_change"
    __table_args__ = (Index("ix_reference_change_entity_code", "entity", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
