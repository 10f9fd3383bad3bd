"""All SQL about organizations."""

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from registry.organizations.models import Organization
from shared.pagination import apply_keyset


async def get(session: AsyncSession, organization_id: uuid.UUID) -> Organization | None:
    return await session.get(Organization, organization_id)


async def by_ids(
    session: AsyncSession, organization_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Organization]:
    """The registered organizations among ``organization_ids``, by id (unknown ids are left out)."""
    wanted = set(organization_ids)
    if not wanted:
        return {}
    rows = await session.scalars(select(Organization).where(Organization.id.in_(wanted)))
    return {o.id: o for o in rows}


async def find_by_uscc(session: AsyncSession, uscc: str) -> Organization | None:
    return await session.scalar(select(Organization).where(Organization.uscc == uscc))


async def list_page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    type_: str | None,
    district: str | None,
    q: str | None,
) -> Sequence[Organization]:
    """``limit + 1`` organizations after ``cursor``, oldest first; ``q`` matches part of the name."""
    query = select(Organization)
    if type_ is not None:
        query = query.where(Organization.type == type_)
    if district is not None:
        query = query.where(Organization.district == district)
    if q:
        query = query.where(Organization.name.icontains(q, autoescape=True))
    query = apply_keyset(query, Organization.created_at, Organization.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()
