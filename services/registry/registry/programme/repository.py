"""Counts over centers for the programme's progress."""

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center
from registry.programme.models import ProgrammeTarget


async def targets(session: AsyncSession) -> Sequence[ProgrammeTarget]:
    return (await session.scalars(select(ProgrammeTarget).order_by(ProgrammeTarget.code))).all()


async def count_centers(session: AsyncSession, *, statuses: Iterable[str], tiers: Iterable[str]) -> int:
    query = (
        select(func.count())
        .select_from(Center)
        .where(Center.status.in_(list(statuses)), Center.tier.in_(list(tiers)))
    )
    return int(await session.scalar(query) or 0)


async def counts_by(session: AsyncSession, column_name: str) -> dict[str, int]:
    column = getattr(Center, column_name)
    rows = await session.execute(select(column, func.count()).group_by(column).order_by(column))
    return {str(key): int(count) for key, count in rows}
