"""Who a center is made of, as funding knows it from registry's events: its member organizations
(its lead among them, since registry makes the lead a member) and the legal entity of its
governance. A guide-fund investment must go to one of them (`五(三)`, issue 22)."""

import uuid
from typing import Any

from sqlalchemy import JSON, Integer, Uuid
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from funding.base import Base
from shared.contracts.registry import (
    CENTER_MEMBERS_CHANGED,
    CenterCreated,
    CenterGovernanceChanged,
    CenterMembersChanged,
)
from shared.events import CloudEvent


class CenterParties(Base):
    """One row per center; each half moves only forward by its own version, so a redelivered or
    reordered event never brings an older list back."""

    __tablename__ = "center_parties"

    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    members_version: Mapped[int] = mapped_column(Integer, default=0)
    # [{organization_id, name, uscc, type, role}] as the latest members event listed them.
    members: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    governance_version: Mapped[int] = mapped_column(Integer, default=0)
    legal_entity: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


async def _row(session: AsyncSession, center_id: uuid.UUID) -> CenterParties:
    row = await session.get(CenterParties, center_id, with_for_update=True)
    if row is None:
        row = CenterParties(center_id=center_id, members_version=0, members=[], governance_version=0)
        session.add(row)
    return row


async def apply_members(session: AsyncSession, event: CloudEvent) -> None:
    """The members of a ``center.created`` or ``center.members_changed``, if newer than held."""
    body: CenterCreated | CenterMembersChanged
    if event.type == CENTER_MEMBERS_CHANGED:
        body = CenterMembersChanged.model_validate(event.data)
    else:
        body = CenterCreated.model_validate(event.data)
    row = await _row(session, body.center.id)
    if body.members_version <= row.members_version:
        return
    row.members_version = body.members_version
    row.members = [
        {
            "organization_id": str(m.organization.id),
            "name": m.organization.name,
            "uscc": m.organization.uscc,
            "type": m.organization.type,
            "role": m.role,
        }
        for m in body.members
    ]
    await session.flush()


async def apply_governance(session: AsyncSession, event: CloudEvent) -> None:
    """The legal entity of a corporate-alliance center's governance (`四(一)`), if newer than held."""
    body = CenterGovernanceChanged.model_validate(event.data)
    row = await _row(session, body.center_id)
    if body.version <= row.governance_version:
        return
    entity = body.governance.get("legal_entity") or None
    row.governance_version = body.version
    row.legal_entity = {"name": entity.get("name"), "uscc": entity.get("uscc")} if entity else None
    await session.flush()


async def relation_of(session: AsyncSession, center_id: uuid.UUID, uscc: str) -> str | None:
    """How the organization with ``uscc`` belongs to the center: its member role (``lead``,
    ``member``, …) or ``legal_entity``; None when funding knows no such tie."""
    row = await session.get(CenterParties, center_id)
    if row is None:
        return None
    if row.legal_entity is not None and row.legal_entity.get("uscc") == uscc:
        return "legal_entity"
    roles = [m["role"] for m in row.members if m["uscc"] == uscc]
    return "lead" if "lead" in roles else (roles[0] if roles else None)
