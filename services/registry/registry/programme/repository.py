"""Counts over centers for the programme's progress."""

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center
from registry.programme.models import ProgrammeTarget
from registry.talent_figures.models import TalentFiguresView

TALENT_FIGURES = ("introduced", "trained", "awarded", "services_fulfilled")


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


async def talent_sums_by_year(session: AsyncSession) -> dict[int, dict[str, int]]:
    """Per year, each of talent's figures summed over registry's centers (the ones the counts
    beside it count): talent's word about an id registry does not know is not the programme's."""
    sums = [func.sum(getattr(TalentFiguresView, figure)).label(figure) for figure in TALENT_FIGURES]
    rows = await session.execute(
        select(TalentFiguresView.year, *sums)
        .join(Center, Center.id == TalentFiguresView.center_id)
        .group_by(TalentFiguresView.year)
        .order_by(TalentFiguresView.year)
    )
    return {row.year: {figure: int(row._mapping[figure]) for figure in TALENT_FIGURES} for row in rows}
