"""All SQL about teams and their members."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Scope
from shared.pagination import apply_keyset
from talent.access import scoped
from talent.talents.models import Talent
from talent.teams.models import Team, TeamMember


async def talents_of_center(
    session: AsyncSession, center_id: uuid.UUID, talent_ids: Iterable[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of ``talent_ids`` are talents of the center."""
    query = select(Talent.id).where(Talent.center_id == center_id, Talent.id.in_(list(talent_ids)))
    return set((await session.scalars(query)).all())


async def replace_members(session: AsyncSession, team_id: uuid.UUID, talent_ids: Iterable[uuid.UUID]) -> None:
    await session.execute(delete(TeamMember).where(TeamMember.team_id == team_id))
    rows = [{"team_id": team_id, "talent_id": talent_id} for talent_id in talent_ids]
    if rows:
        await session.execute(insert(TeamMember), rows)


async def members_of(session: AsyncSession, team_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Talent]]:
    """Each team's member talents, by name."""
    query = (
        select(TeamMember.team_id, Talent)
        .join(Talent, Talent.id == TeamMember.talent_id)
        .where(TeamMember.team_id.in_(team_ids))
        .order_by(Talent.name, Talent.id)
    )
    members: dict[uuid.UUID, list[Talent]] = {team_id: [] for team_id in team_ids}
    for team_id, talent in (await session.execute(query)).all():
        members[team_id].append(talent)
    return members


async def list_page(
    session: AsyncSession, *, scope: Scope, limit: int, cursor: str | None, center_id: uuid.UUID | None
) -> Sequence[Team]:
    query = scoped(select(Team), scope, Team.center_id)
    if center_id is not None:
        query = query.where(Team.center_id == center_id)
    query = apply_keyset(query, Team.created_at, Team.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(
    session: AsyncSession, *, scope: Scope, team_id: uuid.UUID, for_update: bool = False
) -> Team | None:
    query = scoped(select(Team), scope, Team.center_id).where(Team.id == team_id)
    if for_update:
        query = query.with_for_update(of=Team)
    return await session.scalar(query)
