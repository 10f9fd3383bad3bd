"""All SQL about platforms and their results."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from funding.investments.access import scoped
from funding.platforms.models import Platform, PlatformResult
from funding.support_cases.models import SupportCase
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


async def results_with_cases(
    session: AsyncSession, platform_id: uuid.UUID
) -> Sequence[tuple[PlatformResult, SupportCase | None]]:
    """Every year's results, oldest first, each with the support case of its subsidy (and lines)."""
    rows = await session.execute(
        select(PlatformResult, SupportCase)
        .outerjoin(SupportCase, SupportCase.id == PlatformResult.case_id)
        .options(selectinload(SupportCase.lines))
        .where(PlatformResult.platform_id == platform_id)
        .order_by(PlatformResult.year)
    )
    return [(r, c) for r, c in rows]
