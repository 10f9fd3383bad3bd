"""All SQL about pilots, their milestones and evidence."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from scenarios import pairs
from scenarios.pairs import Filters
from scenarios.pilots.models import Pilot, PilotMilestone
from shared.auth import Principal
from shared.pagination import apply_keyset


def _whole() -> Select[Pilot]:
    return select(Pilot).options(selectinload(Pilot.milestones).selectinload(PilotMilestone.evidence))


async def get(
    session: AsyncSession, pilot_id: uuid.UUID, *, principal: Principal, for_update: bool = False
) -> Pilot | None:
    query = _whole().where(Pilot.id == pilot_id)
    query = pairs.seen(query, Pilot, principal)
    if for_update:
        query = query.with_for_update(of=Pilot).execution_options(populate_existing=True)
    return await session.scalar(query)


async def of_match(session: AsyncSession, match_id: uuid.UUID) -> Pilot | None:
    return await session.scalar(select(Pilot).where(Pilot.match_id == match_id))


async def list_page(
    session: AsyncSession, principal: Principal, *, filters: Filters, limit: int, cursor: str | None
) -> Sequence[Pilot]:
    """Oldest first; ``limit + 1`` rows, for the next cursor."""
    query = _whole()
    query = pairs.filtered(query, Pilot, filters, principal)
    query = apply_keyset(query, Pilot.created_at, Pilot.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()
