"""All SQL about centers."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center, CenterUpgrade
from shared.pagination import decode_cursor


async def get(session: AsyncSession, center_id: uuid.UUID, *, for_update: bool = False) -> Center | None:
    return await session.get(Center, center_id, with_for_update=for_update)


async def find_upgrade(session: AsyncSession, center_id: uuid.UUID, to_tier: str) -> CenterUpgrade | None:
    return await session.scalar(
        select(CenterUpgrade).where(CenterUpgrade.center_id == center_id, CenterUpgrade.to_tier == to_tier)
    )


async def list_page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    filters: dict[str, str | None],
    district_scope: str | None,
    center_scope: uuid.UUID | None,
) -> Sequence[Center]:
    """``limit + 1`` centers after ``cursor``, oldest first, filtered and scoped."""
    query = select(Center)
    for column, value in filters.items():
        if value is not None:
            query = query.where(getattr(Center, column) == value)
    if district_scope is not None:
        query = query.where(Center.district == district_scope)
    if center_scope is not None:
        query = query.where(Center.id == center_scope)
    if cursor:
        created_at, last_id = decode_cursor(cursor)
        query = query.where(tuple_(Center.created_at, Center.id) > tuple_(created_at, last_id))
    query = query.order_by(Center.created_at, Center.id).limit(limit + 1)
    return (await session.scalars(query)).all()
