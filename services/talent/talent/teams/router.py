"""HTTP routes for the centers' innovation teams (`三(六)`: 创新团队)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page
from talent.idempotency import IdempotencyKey, claim
from talent.teams import service
from talent.teams.schemas import TeamCreate, TeamOut, TeamUpdate
from talent.teams.views import team_out

router = APIRouter(prefix="/api/v1/teams", tags=["teams"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TeamOut,
    responses=problem_responses(401, 403, 422),
    summary="Register a center's team: its leader and members are the center's talents",
)
async def create_team(
    body: TeamCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            response = claimed.replay
        else:
            team = await service.create_team(session, principal, body)
            members = await service.members_of(session, [team])
            response = await claimed.respond(status.HTTP_201_CREATED, team_out(team, members[team.id]))
    return tag_with_body_version(response)


@router.get(
    "",
    response_model=Page[TeamOut],
    responses=problem_responses(401, 403, 422),
    summary="Teams in the caller's scope",
)
async def list_teams(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[TeamOut]:
    async with session.begin():
        rows = await service.list_teams(session, principal, limit=limit, cursor=cursor, center_id=center_id)
        page, next_cursor = keyset_page(list(rows), limit)
        members = await service.members_of(session, page)
    return Page(items=[team_out(t, members[t.id]) for t in page], next_cursor=next_cursor)


@router.get(
    "/{team_id}",
    response_model=TeamOut,
    responses=problem_responses(401, 403, 404),
    summary="One team (with its ETag for edits)",
)
async def get_team(
    team_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> TeamOut:
    async with session.begin():
        team = await service.get_team(session, principal, team_id)
        members = await service.members_of(session, [team])
    response.headers["ETag"] = etag_of(team.version)
    return team_out(team, members[team.id])


@router.patch(
    "/{team_id}",
    response_model=TeamOut,
    responses=problem_responses(401, 403, 404, 412, 422, 428),
    summary="Rename a team, change its field, leader or members; needs If-Match",
)
async def update_team(
    team_id: uuid.UUID,
    body: TeamUpdate,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> TeamOut:
    async with session.begin():
        team = await service.update_team(session, principal, team_id, body, if_match)
        members = await service.members_of(session, [team])
    response.headers["ETag"] = etag_of(team.version)
    return team_out(team, members[team.id])
