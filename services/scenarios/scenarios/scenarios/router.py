"""HTTP routes of application scenarios (`五(六)` 开放应用场景)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel

from scenarios.idempotency import IdempotencyKey, claim
from scenarios.scenarios import actions, service
from scenarios.scenarios.repository import Filters
from scenarios.scenarios.schemas import ScenarioActionIn, ScenarioCreate, ScenarioOut, ScenarioPatch
from scenarios.scenarios.views import scenario_out
from scenarios.scenarios.workflow import ScenarioAction, ScenarioStatus
from scenarios.steps import StepOut
from scenarios.tags import Tag
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page
from shared.reference import ClusterCode, DistrictCode

router = APIRouter(prefix="/api/v1/scenarios", tags=["scenarios"])


class ScenarioQuery(BaseModel):
    """The list's filters (a query-parameter model, as every list's)."""

    status: ScenarioStatus | None = None
    cluster_code: ClusterCode | None = None
    district: DistrictCode | None = None
    tag: Tag | None = None

    def filters(self) -> Filters:
        return Filters(
            status=self.status.value if self.status else None,
            cluster_code=self.cluster_code,
            district=self.district,
            tag=self.tag,
        )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ScenarioOut,
    responses=problem_responses(401, 403, 422),
    summary="Open an application scenario as a draft (a scenario_publisher, or a municipal_admin)",
)
async def create_scenario(
    body: ScenarioCreate,
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
            scenario = await service.create_scenario(session, principal, body)
            response = await claimed.respond(status.HTTP_201_CREATED, scenario_out(scenario))
    return tag_with_body_version(response)


@router.get(
    "",
    response_model=Page[ScenarioOut],
    responses=problem_responses(401, 422),
    summary="Scenarios the caller sees: every published one, and their own drafts (the city: all)",
)
async def list_scenarios(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[ScenarioQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[ScenarioOut]:
    async with session.begin():
        rows = await service.list_scenarios(
            session, principal, limit=limit, cursor=cursor, filters=query.filters()
        )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[scenario_out(s) for s in page], next_cursor=next_cursor)


@router.get(
    "/{scenario_id}",
    response_model=ScenarioOut,
    responses=problem_responses(401, 404),
    summary="One scenario (with its ETag for a PATCH or an action)",
)
async def get_scenario(
    scenario_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> ScenarioOut:
    async with session.begin():
        scenario = await service.visible(session, principal, scenario_id)
    response.headers["ETag"] = etag_of(scenario.version)
    return scenario_out(scenario)


@router.patch(
    "/{scenario_id}",
    response_model=ScenarioOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Edit a draft (its own publisher, or a municipal_admin); needs If-Match",
)
async def update_scenario(
    scenario_id: uuid.UUID,
    body: ScenarioPatch,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> ScenarioOut:
    async with session.begin():
        scenario = await service.update_scenario(session, principal, scenario_id, body, if_match=if_match)
    response.headers["ETag"] = etag_of(scenario.version)
    return scenario_out(scenario)


@router.get(
    "/{scenario_id}/history",
    response_model=list[StepOut],
    responses=problem_responses(401, 404),
    summary="Every lifecycle step of a scenario: who, in which role, when, from and to which status, and why",
)
async def scenario_history(
    scenario_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> list[StepOut]:
    async with session.begin():
        steps = await service.history(session, principal, scenario_id)
    return [StepOut.model_validate(s) for s in steps]


@router.post(
    "/{scenario_id}/actions/{action}",
    response_model=ScenarioOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Take a lifecycle step; needs If-Match",
    description=(
        "`publish` (draft → published; the deadline must not be over), `start_matching` "
        "(published → matching), `start_pilot` (matching → piloting), `complete` (piloting → "
        "completed), and `close` (from draft, published, matching or piloting → closed; needs a "
        "`comment` saying why). Taken by the scenario's own scenario_publisher or a "
        "municipal_admin. Publishing announces `scenario.published`, every later step "
        "`scenario.status_changed`; a draft closed unpublished is never announced."
    ),
)
async def take_action(
    scenario_id: uuid.UUID,
    action: ScenarioAction,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    body: ScenarioActionIn | None = None,
    if_match: Annotated[str | None, Header()] = None,
) -> ScenarioOut:
    async with session.begin():
        scenario = await actions.take_action(
            session, principal, scenario_id, action, comment=body.comment if body else None, if_match=if_match
        )
    response.headers["ETag"] = etag_of(scenario.version)
    return scenario_out(scenario)
