"""What a center is made of (`四`): its member organizations and its governance document."""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.base import Base
from registry.centers.models import Center
from registry.organizations.models import Organization
from shared.auth import Principal
from shared.db import UTCDateTime, utcnow


class CenterMember(Base):
    """An organization in a role in a center: lead, shareholder, member or alliance member."""

    __tablename__ = "center_member"
    __table_args__ = (
        UniqueConstraint("center_id", "organization_id", "role"),
        Index("ix_center_member_center_id_created_at_id", "center_id", "created_at", "id"),
        # Exactly one lead per center: the create names it, a PATCH of lead_organization swaps it.
        Index(
            "uq_center_member_lead",
            "center_id",
            unique=True,
            postgresql_where=text("role = 'lead'"),
            sqlite_where=text("role = 'lead'"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    organization_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organization.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    organization: Mapped[Organization] = relationship(lazy="raise")


class CenterGovernance(Base):
    """The current governance of a center (`四(一)`), replaced whole on every PUT.

    ``document`` is the validated body as JSON (money as decimal strings); every earlier
    version travels in a ``governance_changed`` event kept in the outbox.
    """

    __tablename__ = "center_governance"

    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200))


def new_member(principal: Principal, center: Center, organization: Organization, role: str) -> CenterMember:
    """A member not yet added to the session, its organization loaded (events carry it)."""
    member = CenterMember(
        id=uuid.uuid4(),
        center_id=center.id,
        organization_id=organization.id,
        role=role,
        created_by=principal.sub,
        created_at=utcnow(),
    )
    member.organization = organization
    return member
