"""HTTP routes for support-service requests (`五(七)` 住房、医疗保健、教育服务)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page
from talent.entitlements.schemas import ServiceKind
from talent.idempotency import IdempotencyKey, claim
from talent.service_requests import service
from talent.service_requests.schemas import (
    ServiceRequestActionIn,
    ServiceRequestCreate,
    ServiceRequestOut,
    ServiceRequestStepOut,
)
from talent.service_requests.views import request_out
from talent.service_requests.workflow import ServiceRequestAction, ServiceRequestStatus

router = APIRouter(prefix="/api/v1/service-requests", tags=["service requests"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ServiceRequestOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Request a support service for a talent (the center's user, or a talent officer); "
    "judged at once by the entitlements in force",
)
async def submit_request(
    body: ServiceRequestCreate,
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
            created = await service.submit(session, principal, body)
            response = await claimed.respond(status.HTTP_201_CREATED, request_out(created))
    return tag_with_body_version(response)


@router.get(
    "",
    response_model=Page[ServiceRequestOut],
    responses=problem_responses(401, 403, 422),
    summary="Service requests in the caller's scope",
)
async def list_requests(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    status_: Annotated[ServiceRequestStatus | None, Query(alias="status")] = None,
    kind: Annotated[ServiceKind | None, Query()] = None,
    talent_id: Annotated[uuid.UUID | None, Query()] = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[ServiceRequestOut]:
    async with session.begin():
        rows = await service.list_requests(
            session,
            principal,
            limit=limit,
            cursor=cursor,
            status=status_.value if status_ else None,
            kind=kind.value if kind else None,
            talent_id=talent_id,
            center_id=center_id,
        )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[request_out(r) for r in page], next_cursor=next_cursor)


@router.get(
    "/{request_id}",
    response_model=ServiceRequestOut,
    responses=problem_responses(401, 403, 404),
    summary="One service request (with its ETag for actions)",
)
async def get_request(
    request_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> ServiceRequestOut:
    async with session.begin():
        found = await service.get_request(session, principal, request_id)
    response.headers["ETag"] = etag_of(found.version)
    return request_out(found)


@router.get(
    "/{request_id}/history",
    response_model=list[ServiceRequestStepOut],
    responses=problem_responses(401, 403, 404),
    summary="Every step of a request: who, in which role, when, from and to which status, and why",
)
async def request_history(
    request_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> list[ServiceRequestStepOut]:
    async with session.begin():
        steps = await service.history(session, principal, request_id)
    return [ServiceRequestStepOut.model_validate(s) for s in steps]


@router.post(
    "/{request_id}/actions/{action}",
    response_model=ServiceRequestOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="accept, fulfil or refuse a request (talent officer); needs If-Match",
)
async def take_action(
    request_id: uuid.UUID,
    action: ServiceRequestAction,
    body: ServiceRequestActionIn,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> ServiceRequestOut:
    async with session.begin():
        changed = await service.take_action(session, principal, request_id, action, body, if_match)
    response.headers["ETag"] = etag_of(changed.version)
    return request_out(changed)
