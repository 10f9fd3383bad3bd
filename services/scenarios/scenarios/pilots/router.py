"""HTTP routes of pilots (验证、迭代、示范推广, `五(六)`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel

from scenarios.idempotency import IdempotencyKey, claim
from scenarios.pairs import Filters
from scenarios.pilots import service
from scenarios.pilots.schemas import MilestoneComplete, PilotComplete, PilotCreate, PilotOut
from scenarios.pilots.views import pilot_out
from scenarios.pilots.workflow import Milestone, PilotStatus
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/pilots", tags=["pilots"])
IfMatch = Annotated[str | None, Header()]


class PilotQuery(BaseModel):
    """The list's filters."""

    scenario_id: uuid.UUID | None = None
    offering_id: uuid.UUID | None = None
    center_id: uuid.UUID | None = None
    status: PilotStatus | None = None

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
    response_model=PilotOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Start a pilot of an accepted match (the scenario's own publisher, or a municipal_admin)",
    description="One pilot per match (409 `pilot-exists`); a match not accepted by both sides: 409.",
)
async def create_pilot(
    body: PilotCreate,
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
            pilot = await service.create_pilot(session, principal, body)
            response = await claimed.respond(status.HTTP_201_CREATED, pilot_out(pilot))
    return tag_with_body_version(response)


@router.get(
    "",
    response_model=Page[PilotOut],
    responses=problem_responses(401, 422),
    summary="Pilots the caller sees, oldest first: a center_user its center's, a publisher its "
    "scenarios', the city all",
)
async def list_pilots(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[PilotQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[PilotOut]:
    async with session.begin():
        rows = await service.list_pilots(
            session, principal, filters=query.filters(), limit=limit, cursor=cursor
        )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[pilot_out(p) for p in page], next_cursor=next_cursor)


@router.get(
    "/{pilot_id}",
    response_model=PilotOut,
    responses=problem_responses(401, 404),
    summary="One pilot with its milestones, evidence and outcome (and its ETag)",
)
async def get_pilot(
    pilot_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> PilotOut:
    async with session.begin():
        pilot = await service.get_pilot(session, principal, pilot_id)
    response.headers["ETag"] = etag_of(pilot.version)
    return pilot_out(pilot)


@router.post(
    "/{pilot_id}/milestones/{milestone}/complete",
    response_model=PilotOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Complete the next milestone with its evidence (the scenario's own publisher or a "
    "center_user of the offering's center); needs If-Match",
    description=(
        "In order: `verification` (验证), `iteration` (迭代), `demonstration` (示范推广); another "
        "one gets 409 `milestone-out-of-order`. Announces `pilot.milestone_completed`."
    ),
)
async def complete_milestone(
    pilot_id: uuid.UUID,
    milestone: Milestone,
    body: MilestoneComplete,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: IfMatch = None,
) -> PilotOut:
    async with session.begin():
        pilot = await service.complete_milestone(
            session, principal, pilot_id, milestone, body, if_match=if_match
        )
    response.headers["ETag"] = etag_of(pilot.version)
    return pilot_out(pilot)


@router.post(
    "/{pilot_id}/actions/complete",
    response_model=PilotOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="End a pilot with its outcome (the scenario's own publisher or a municipal_admin); "
    "needs If-Match",
    description=(
        "`successful` only after all three milestones (409 `milestones-incomplete`), "
        "`unsuccessful` at any time. Announces `pilot.completed`, which makes a successful "
        "pilot's offering eligible for funding's procurement catalogues (`五(五)`)."
    ),
)
async def complete_pilot(
    pilot_id: uuid.UUID,
    body: PilotComplete,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: IfMatch = None,
) -> PilotOut:
    async with session.begin():
        pilot = await service.complete(session, principal, pilot_id, body, if_match=if_match)
    response.headers["ETag"] = etag_of(pilot.version)
    return pilot_out(pilot)
