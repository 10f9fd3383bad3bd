"""All SQL about platforms, their results and subsidies."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.investments.access import scoped
from funding.platforms.models import Platform, PlatformResult, PlatformSubsidy
from shared.auth import Scope
from shared.pagination import apply_keyset


async def list_page(
    session: AsyncSession,
    *,
    scope: Scope,
    limit: int,
    cursor: str | None,
    kind: str | None,
    center_id: uuid.UUID | None,
) -> Sequence[Platform]:
    query = scoped(select(Platform), scope, Platform.center_id)
    if kind is not None:
        query = query.where(Platform.kind == kind)
    if center_id is not None:
        query = query.where(Platform.center_id == center_id)
    query = apply_keyset(query, Platform.created_at, Platform.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(session: AsyncSession, *, scope: Scope, platform_id: uuid.UUID) -> Platform | None:
    query = scoped(select(Platform), scope, Platform.center_id)
    return await session.scalar(query.where(Platform.id == platform_id))


async def result_of_year(session: AsyncSession, platform_id: uuid.UUID, year: int) -> PlatformResult | None:
    return await session.scalar(
        select(PlatformResult).where(PlatformResult.platform_id == platform_id, PlatformResult.year == year)
    )


async def results_with_subsidies(
    session: AsyncSession, platform_id: uuid.UUID
) -> Sequence[tuple[PlatformResult, PlatformSubsidy | None]]:
    rows = await session.execute(
        select(PlatformResult, PlatformSubsidy)
        .outerjoin(PlatformSubsidy, PlatformSubsidy.result_id == PlatformResult.id)
        .where(PlatformResult.platform_id == platform_id)
        .order_by(PlatformResult.year)
    )
    return [(r, s) for r, s in rows]
