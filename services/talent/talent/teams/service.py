"""Use cases on teams. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal
from shared.china_time import china_today
from shared.db import utcnow
from shared.errors import FieldError, NotFound, Unprocessable
from shared.etag import require_match
from talent import access
from talent.talents.models import Talent
from talent.talents.schemas import Origin
from talent.teams import repository
from talent.teams.models import Team
from talent.teams.schemas import TeamCreate, TeamUpdate


class TeamNotFound(NotFound):
    code = "team-not-found"


def _member_ids(leader_id: uuid.UUID, member_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    """The leader first, then the members, each once."""
    return list(dict.fromkeys([leader_id, *member_ids]))


async def _require_center_talents(session: AsyncSession, center_id: uuid.UUID, ids: list[uuid.UUID]) -> None:
    found = await repository.talents_of_center(session, center_id, ids)
    missing = [str(i) for i in ids if i not in found]
    if missing:
        raise Unprocessable(
            f"not talents of this center: {', '.join(missing)}",
            detail_zh=f"以下人员不是本中心登记的人才：{', '.join(missing)}",
            errors=[
                FieldError(
                    "member_ids",
                    "every member and the leader are talents of the team's center",
                    "负责人和所有成员都应是该团队所属中心的人才",
                )
            ],
        )


async def create_team(session: AsyncSession, principal: Principal, data: TeamCreate) -> Team:
    access.require_writer_for(principal, data.center_id)
    errors: list[FieldError] = []
    if data.formed_on > china_today():
        errors.append(FieldError("formed_on", "cannot be in the future", "不能是将来的日期"))
    if (data.origin is Origin.INTRODUCED) != (data.introduced_from is not None):
        errors.append(
            FieldError(
                "introduced_from",
                "given for an introduced team, and only for one",
                "仅引进团队填写，且只能填写一个",
            )
        )
    if errors:
        raise Unprocessable("the team has invalid data", detail_zh="团队信息校验未通过", errors=errors)
    await access.known_center(session, data.center_id)
    members = _member_ids(data.leader_id, data.member_ids)
    await _require_center_talents(session, data.center_id, members)
    now = utcnow()
    team = Team(
        id=uuid.uuid4(),
        center_id=data.center_id,
        name=data.name,
        research_field=data.research_field,
        description=data.description,
        leader_id=data.leader_id,
        origin=data.origin.value,
        introduced_from=data.introduced_from,
        formed_on=data.formed_on,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(team)
    await session.flush()
    await repository.replace_members(session, team.id, members)
    return team


async def update_team(
    session: AsyncSession, principal: Principal, team_id: uuid.UUID, data: TeamUpdate, if_match: str | None
) -> Team:
    team = await repository.get(session, scope=access.read_scope(principal), team_id=team_id, for_update=True)
    if team is None:
        raise _not_found(team_id)
    access.require_writer_for(principal, team.center_id)
    require_match(if_match, team.version)
    changes = data.model_dump(exclude_unset=True)
    cleared = [
        name for name in ("name", "research_field", "leader_id", "member_ids") if changes.get(name, 0) is None
    ]
    if cleared:
        raise Unprocessable(
            "a team's name, field, leader and members cannot be cleared",
            detail_zh="团队名称、研究方向、负责人和成员不能置空",
            errors=[FieldError(name, "cannot be cleared", "不能清空") for name in cleared],
        )
    for name in ("name", "research_field", "description"):
        if name in changes:
            setattr(team, name, changes[name])
    if data.leader_id is not None or data.member_ids is not None:
        current = [t.id for t in (await repository.members_of(session, [team.id]))[team.id]]
        leader = data.leader_id or team.leader_id
        rest = data.member_ids if data.member_ids is not None else [i for i in current if i != team.leader_id]
        members = _member_ids(leader, rest)
        await _require_center_talents(session, team.center_id, members)
        team.leader_id = leader
        await repository.replace_members(session, team.id, members)
    team.version += 1
    team.updated_at = utcnow()
    await session.flush()
    return team


async def list_teams(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    center_id: uuid.UUID | None,
) -> Sequence[Team]:
    scope = access.read_scope(principal)
    return await repository.list_page(session, scope=scope, limit=limit, cursor=cursor, center_id=center_id)


async def get_team(session: AsyncSession, principal: Principal, team_id: uuid.UUID) -> Team:
    team = await repository.get(session, scope=access.read_scope(principal), team_id=team_id)
    if team is None:
        raise _not_found(team_id)
    return team


async def members_of(session: AsyncSession, teams: Sequence[Team]) -> dict[uuid.UUID, list[Talent]]:
    return await repository.members_of(session, [t.id for t in teams])


def _not_found(team_id: uuid.UUID) -> TeamNotFound:
    return TeamNotFound(f"no team {team_id} in your scope", detail_zh=f"您的范围内没有团队 {team_id}")
