"""All SQL about center members and center governance."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from registry.governance.models import CenterGovernance, CenterMember
from registry.governance.schemas import MemberRole
from registry.organizations.models import Organization
from shared.pagination import apply_keyset


async def get_member(
    session: AsyncSession, center_id: uuid.UUID, member_id: uuid.UUID
) -> CenterMember | None:
    return await session.scalar(
        select(CenterMember)
        .options(joinedload(CenterMember.organization))
        .where(CenterMember.id == member_id, CenterMember.center_id == center_id)
    )


async def all_members(session: AsyncSession, center_id: uuid.UUID) -> Sequence[CenterMember]:
    """Every member of the center with its organization, oldest first."""
    return (
        await session.scalars(
            select(CenterMember)
            .options(joinedload(CenterMember.organization))
            .where(CenterMember.center_id == center_id)
            .order_by(CenterMember.created_at, CenterMember.id)
        )
    ).all()


async def find_lead(session: AsyncSession, center_id: uuid.UUID) -> CenterMember | None:
    """The center's one ``lead`` member, with its organization."""
    return await session.scalar(
        select(CenterMember)
        .options(joinedload(CenterMember.organization))
        .where(CenterMember.center_id == center_id, CenterMember.role == MemberRole.LEAD.value)
    )


async def find_member(
    session: AsyncSession, center_id: uuid.UUID, organization_id: uuid.UUID, role: str
) -> CenterMember | None:
    return await session.scalar(
        select(CenterMember).where(
            CenterMember.center_id == center_id,
            CenterMember.organization_id == organization_id,
            CenterMember.role == role,
        )
    )


async def list_members_page(
    session: AsyncSession, center_id: uuid.UUID, *, limit: int, cursor: str | None, role: str | None
) -> Sequence[CenterMember]:
    """``limit + 1`` members of the center after ``cursor``, oldest first, with their organizations."""
    query = (
        select(CenterMember)
        .options(joinedload(CenterMember.organization))
        .where(CenterMember.center_id == center_id)
    )
    if role is not None:
        query = query.where(CenterMember.role == role)
    query = apply_keyset(query, CenterMember.created_at, CenterMember.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()


async def member_roles_and_types(session: AsyncSession, center_id: uuid.UUID) -> Sequence[tuple[str, str]]:
    """(role, organization type) of every member of the center."""
    rows = await session.execute(
        select(CenterMember.role, Organization.type)
        .join(Organization, Organization.id == CenterMember.organization_id)
        .where(CenterMember.center_id == center_id)
    )
    return [(role, type_) for role, type_ in rows]


async def get_governance(
    session: AsyncSession, center_id: uuid.UUID, *, for_update: bool = False
) -> CenterGovernance | None:
    return await session.get(CenterGovernance, center_id, with_for_update=for_update)
