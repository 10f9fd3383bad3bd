"""HTTP routes of matches (产业场景应用对接, `五(六)`): both sides accept before a pilot."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel

from scenarios.idempotency import IdempotencyKey, claim
from scenarios.matches import service
from scenarios.matches.schemas import MatchActionIn, MatchCreate, MatchOut
from scenarios.matches.views import match_out
from scenarios.matches.workflow import MatchAction, MatchStatus
from scenarios.pairs import Filters
from scenarios.steps import StepOut
from scenarios.suggestions.router import MatchmakerDep
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/matches", tags=["matches"])


class MatchQuery(BaseModel):
    """The list's filters."""

    scenario_id: uuid.UUID | None = None
    offering_id: uuid.UUID | None = None
    center_id: uuid.UUID | None = None
    status: MatchStatus | None = None

    def filters(self) -> Filters:
        return Filters(
            scenario_id=self.scenario_id,
            offering_id=self.offering_id,
            center_id=self.center_id,
            status=self.status.value if self.status else None,
        )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=MatchOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Propose a match of a published or matching scenario and an active offering",
    description=(
        "Proposed by either side: the scenario's own scenario_publisher (or a municipal_admin), or "
        "a center_user of the offering's center; the proposing side counts as having accepted. "
        "The ranking's score and explanation now are kept with it. One match per scenario and "
        "offering (409 `match-exists`)."
    ),
)
async def propose_match(
    body: MatchCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    held: MatchmakerDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            response = claimed.replay
        else:
            match = await service.propose(session, principal, body, matchmaker=held)
            response = await claimed.respond(status.HTTP_201_CREATED, match_out(match))
    return tag_with_body_version(response)


@router.get(
    "",
    response_model=Page[MatchOut],
    responses=problem_responses(401, 422),
    summary="Matches the caller sees, oldest first: a center_user its center's, a publisher its "
    "scenarios', the city all",
)
async def list_matches(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[MatchQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[MatchOut]:
    async with session.begin():
        rows = await service.list_matches(
            session, principal, filters=query.filters(), limit=limit, cursor=cursor
        )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[match_out(m) for m in page], next_cursor=next_cursor)


@router.get(
    "/{match_id}",
    response_model=MatchOut,
    responses=problem_responses(401, 404),
    summary="One match the caller sees (with its ETag for an action)",
)
async def get_match(
    match_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> MatchOut:
    async with session.begin():
        match = await service.get_match(session, principal, match_id)
    response.headers["ETag"] = etag_of(match.version)
    return match_out(match)


@router.get(
    "/{match_id}/history",
    response_model=list[StepOut],
    responses=problem_responses(401, 404),
    summary="Every accept and decline of a match (`acted_as` names the role and the side)",
)
async def match_history(
    match_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> list[StepOut]:
    async with session.begin():
        steps = await service.history(session, principal, match_id)
    return [StepOut.model_validate(s) for s in steps]


@router.post(
    "/{match_id}/actions/{action}",
    response_model=MatchOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="accept or decline a proposed match, by the side that has not accepted yet; needs If-Match",
    description=(
        "`accept` by the other side makes the match `accepted` and announces "
        "`match.accepted`; `decline` makes it `declined`. A side that accepted already gets 409 "
        "`side-already-acted`; a caller on neither side 403."
    ),
)
async def take_action(
    match_id: uuid.UUID,
    action: MatchAction,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    body: MatchActionIn | None = None,
    if_match: Annotated[str | None, Header()] = None,
) -> MatchOut:
    async with session.begin():
        match = await service.take_action(
            session, principal, match_id, action, comment=body.comment if body else None, if_match=if_match
        )
    response.headers["ETag"] = etag_of(match.version)
    return match_out(match)
