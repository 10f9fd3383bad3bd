"""Centers, the history of their lifecycle actions, and their upgrades."""

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine import Row
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base
from registry.reference.matching import normalize
from shared.db import Money, UTCDateTime, utcnow


def _sub_sector_key(context: DefaultExecutionContext) -> str:
    """An insert that gives no key (bulk seeds) gets the one its sub-sector text has."""
    parameters = context.get_current_parameters()  # type: ignore[no-untyped-call]  # untyped in SQLAlchemy
    return normalize(str(parameters["sub_sector"]))


class Center(Base):
    __tablename__ = "center"
    __table_args__ = (
        Index("ix_center_created_at_id", "created_at", "id"),
        Index("ix_center_cluster_sub_sector_key", "cluster_code", "sub_sector_key"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(40))
    cluster_code: Mapped[str] = mapped_column(ForeignKey("industry.code"))
    # The sub-sector as sent (the create contract of issue 2 takes text); ``sub_sector_code`` links
    # it to the catalogue when it names a listed sub-sector of the cluster, else it is None
    # (unlisted: a municipal admin lists it or re-maps the center). ``sub_sector_key`` is the
    # text normalized (``registry.reference.matching.normalize``), compared when unlisted.
    sub_sector: Mapped[str] = mapped_column(String(200))
    sub_sector_code: Mapped[str | None] = mapped_column(
        ForeignKey("sub_sector.code"), nullable=True, index=True
    )
    sub_sector_key: Mapped[str] = mapped_column(String(200), default=_sub_sector_key)
    district: Mapped[str] = mapped_column(ForeignKey("district.code"), index=True)
    # The lead organization (牵头单位), also the center's one ``lead`` member; its name, code and
    # type are kept here too, as shown on every read of the center.
    lead_organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"), index=True)
    lead_organization_name: Mapped[str] = mapped_column(String(200))
    lead_organization_uscc: Mapped[str] = mapped_column(String(18))
    lead_organization_type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(40), index=True)
    tier: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Counts member additions and removals; orders ``center.members_changed`` events.
    members_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_by: Mapped[str] = mapped_column(String(200))
    # `二` one center per sub-sector: a municipal admin's written reason for a second one.
    override_justification: Mapped[str | None] = mapped_column(Text, nullable=True)
    override_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CenterAction(Base):
    """One lifecycle action as it happened: who, in which role, when, from and to which status."""

    __tablename__ = "center_action"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str] = mapped_column(String(40))
    to_status: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    actor_role: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class CenterUpgrade(Base):
    """An upgrade to provincial or national tier (`二`, `五(一)`); one per center and tier."""

    __tablename__ = "center_upgrade"
    __table_args__ = (UniqueConstraint("center_id", "to_tier"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"), index=True)
    from_tier: Mapped[str] = mapped_column(String(20))
    to_tier: Mapped[str] = mapped_column(String(20))
    approved_on: Mapped[dt.date] = mapped_column(Date)
    approving_authority: Mapped[str | None] = mapped_column(String(200), nullable=True)
    document_no: Mapped[str] = mapped_column(String(200))
    total_share_capital: Mapped[Decimal] = mapped_column(Money)
    paid_in_capital: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    requires_matching_funds: Mapped[bool] = mapped_column(Boolean)
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# A center as read for showing it: the ORM object, or a plain row of the ``center`` table (same
# attribute names) where loading objects would only cost time.
CenterRecord = Center | Row[Any]
