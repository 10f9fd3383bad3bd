"""HTTP routes of talent-programme applications (`五(七)`)."""

from __future__ import annotations

import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel

from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of
from shared.pagination import Cursor, Limit, Page, keyset_page
from talent.applications import actions, service
from talent.applications.schemas import ActionIn, ApplicationCreate, ApplicationOut
from talent.applications.views import application_out
from talent.applications.workflow import ApplicationAction, ApplicationStatus
from talent.idempotency import IdempotencyKey, claim

router = APIRouter(prefix="/api/v1/talent-applications", tags=["talent applications"])


class ApplicationQuery(BaseModel):
    """The list's filters (a query-parameter model, as every list's)."""

    status: ApplicationStatus | None = None
    round_id: uuid.UUID | None = None
    talent_id: uuid.UUID | None = None
    center_id: uuid.UUID | None = None

    def filters(self) -> dict[str, object | None]:
        return {
            "status": self.status.value if self.status else None,
            "round_id": self.round_id,
            "talent_id": self.talent_id,
            "center_id": self.center_id,
        }


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Apply for a programme's round on a talent's behalf (the talent's center, or a talent officer)",
)
async def create_application(
    body: ApplicationCreate,
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
            application = await service.create_application(session, principal, body)
            response = await claimed.respond(status.HTTP_201_CREATED, application_out(application))
    response.headers["ETag"] = etag_of(json.loads(bytes(response.body))["version"])
    return response


@router.get(
    "",
    response_model=Page[ApplicationOut],
    responses=problem_responses(401, 403, 422),
    summary="Applications in the caller's scope, oldest first",
)
async def list_applications(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[ApplicationQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[ApplicationOut]:
    async with session.begin():
        rows = await service.list_applications(
            session, principal, limit=limit, cursor=cursor, filters=query.filters()
        )
        page, next_cursor = keyset_page(list(rows), limit)
        items = [application_out(a) for a in page]
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/{application_id}",
    response_model=ApplicationOut,
    responses=problem_responses(401, 403, 404),
    summary="One application with its history (and its ETag for actions)",
)
async def get_application(
    application_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> ApplicationOut:
    async with session.begin():
        application = await service.get_application(session, principal, application_id)
    response.headers["ETag"] = etag_of(application.version)
    return application_out(application)


@router.post(
    "/{application_id}/actions/{action}",
    response_model=ApplicationOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Take a workflow step; needs If-Match",
    description=(
        "`recommend` (draft → recommended) by the application's own center_user; `submit` "
        "(recommended → submitted) by a talent_officer; `award` (submitted → awarded) and `reject` "
        "(recommended or submitted → rejected) by a talent_officer. An optional `note` is kept in "
        "the history. After the round's deadline day (China) nothing is recommended or submitted "
        "(409 `round-closed`); the outcome is still recorded."
    ),
)
async def take_action(
    application_id: uuid.UUID,
    action: ApplicationAction,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    body: ActionIn | None = None,
    if_match: Annotated[str | None, Header()] = None,
) -> ApplicationOut:
    async with session.begin():
        application = await actions.take_action(
            session, principal, application_id, action, note=body.note if body else None, if_match=if_match
        )
    response.headers["ETag"] = etag_of(application.version)
    return application_out(application)
