"""Reads of the talent figures read model."""

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from registry.talent_figures.models import TalentFiguresView


async def of_center(
    session: AsyncSession, center_id: uuid.UUID, years: Collection[int]
) -> dict[int, TalentFiguresView]:
    """The center's figures for each of ``years`` that talent has recorded, by year."""
    if not years:
        return {}
    rows = await session.scalars(
        select(TalentFiguresView).where(
            TalentFiguresView.center_id == center_id, TalentFiguresView.year.in_(list(years))
        )
    )
    return {row.year: row for row in rows}
