"""All SQL about matches and their steps."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scenarios import pairs
from scenarios.matches.models import Match, MatchStep
from scenarios.pairs import Filters
from shared.auth import Principal
from shared.pagination import apply_keyset


async def get(
    session: AsyncSession, match_id: uuid.UUID, *, principal: Principal, for_update: bool = False
) -> Match | None:
    """The match if the caller sees it."""
    query = select(Match).where(Match.id == match_id)
    query = pairs.seen(query, Match, principal)
    if for_update:
        query = query.with_for_update(of=Match).execution_options(populate_existing=True)
    return await session.scalar(query)


async def of_pair(session: AsyncSession, scenario_id: uuid.UUID, offering_id: uuid.UUID) -> Match | None:
    query = select(Match).where(Match.scenario_id == scenario_id, Match.offering_id == offering_id)
    return await session.scalar(query)


async def list_page(
    session: AsyncSession, principal: Principal, *, filters: Filters, limit: int, cursor: str | None
) -> Sequence[Match]:
    """Oldest first; ``limit + 1`` rows, for the next cursor."""
    query = select(Match)
    query = pairs.filtered(query, Match, filters, principal)
    query = apply_keyset(query, Match.created_at, Match.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def history(session: AsyncSession, match_id: uuid.UUID) -> Sequence[MatchStep]:
    query = select(MatchStep).where(MatchStep.match_id == match_id)
    return (await session.scalars(query.order_by(MatchStep.id))).all()
