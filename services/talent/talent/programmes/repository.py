"""All SQL about the programme catalogue."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from shared.pagination import apply_keyset
from talent.programmes.models import ProgrammeRound, TalentProgramme


async def programmes_page(
    session: AsyncSession, *, limit: int, cursor: str | None, level: str | None, active: bool | None
) -> Sequence[TalentProgramme]:
    query = select(TalentProgramme)
    if level is not None:
        query = query.where(TalentProgramme.level == level)
    if active is not None:
        query = query.where(TalentProgramme.active.is_(active))
    query = apply_keyset(query, TalentProgramme.created_at, TalentProgramme.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def code_taken(session: AsyncSession, code: str) -> bool:
    return await session.scalar(select(TalentProgramme.id).where(TalentProgramme.code == code)) is not None


async def round_of_year(session: AsyncSession, programme_id: uuid.UUID, year: int) -> ProgrammeRound | None:
    query = select(ProgrammeRound).where(
        ProgrammeRound.programme_id == programme_id, ProgrammeRound.year == year
    )
    return await session.scalar(query)


async def rounds_page(
    session: AsyncSession, *, programme_id: uuid.UUID, limit: int, cursor: str | None
) -> Sequence[ProgrammeRound]:
    query = (
        select(ProgrammeRound)
        .options(joinedload(ProgrammeRound.programme, innerjoin=True))
        .where(ProgrammeRound.programme_id == programme_id)
    )
    query = apply_keyset(query, ProgrammeRound.created_at, ProgrammeRound.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def round_with_programme(session: AsyncSession, round_id: uuid.UUID) -> ProgrammeRound | None:
    query = (
        select(ProgrammeRound)
        .options(joinedload(ProgrammeRound.programme, innerjoin=True))
        .where(ProgrammeRound.id == round_id)
    )
    return await session.scalar(query)
