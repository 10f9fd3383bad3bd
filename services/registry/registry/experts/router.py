"""HTTP routes of the expert registry: register, list, read, rename, declare, history."""

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from registry.experts import service
from registry.experts.schemas import (
    Declaration,
    ExpertPatch,
    ExpertRegistration,
    ExpertRevisionOut,
    RegisteredExpertOut,
)
from registry.idempotency import IdempotencyKey, claim
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/experts", tags=["experts"])

IfMatch = Annotated[str | None, Header(description="the ETag of your last read of this expert")]


def _out(response: Response, record: service.ExpertRecord) -> RegisteredExpertOut:
    response.headers["ETag"] = etag_of(record.expert.version)
    return service.record_out(record)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=RegisteredExpertOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Register an expert (municipal admin), with their declaration if it is at hand",
)
async def register_expert(
    body: ExpertRegistration,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        record = await service.register(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, service.record_out(record))


@router.get(
    "",
    response_model=Page[RegisteredExpertOut],
    responses=problem_responses(401, 403, 422),
    summary="The expert registry, oldest first (municipal admin)",
)
async def list_experts(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    declared: Annotated[
        bool | None, Query(description="true: only experts with a declaration; false: only those without")
    ] = None,
) -> Page[RegisteredExpertOut]:
    records = await service.list_experts(session, principal, limit=limit, cursor=cursor, declared=declared)
    page, next_cursor = keyset_page(records, limit, value_of=lambda r: r.expert.created_at)
    return Page(items=[service.record_out(r) for r in page], next_cursor=next_cursor)


@router.get(
    "/{expert_sub}",
    response_model=RegisteredExpertOut,
    responses=problem_responses(401, 403, 404),
    summary="One expert and their declaration (municipal admin, or the expert themself)",
)
async def get_expert(
    expert_sub: str, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> RegisteredExpertOut:
    return _out(response, await service.get_expert(session, principal, expert_sub))


@router.patch(
    "/{expert_sub}",
    response_model=RegisteredExpertOut,
    responses=problem_responses(401, 403, 404, 412, 422, 428),
    summary="Correct an expert's name (municipal admin); needs If-Match",
)
async def update_expert(
    expert_sub: str,
    body: ExpertPatch,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: IfMatch = None,
) -> RegisteredExpertOut:
    async with session.begin():
        record = await service.rename(session, principal, expert_sub, body, if_match=if_match)
        return _out(response, record)


@router.put(
    "/{expert_sub}/declaration",
    response_model=RegisteredExpertOut,
    responses=problem_responses(401, 403, 404, 412, 422, 428),
    summary="Record the expert's affiliations and declared conflicts (the expert themself or a "
    "municipal admin); both lists empty declares none; needs If-Match",
)
async def declare(
    expert_sub: str,
    body: Declaration,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: IfMatch = None,
) -> RegisteredExpertOut:
    async with session.begin():
        record = await service.declare(session, principal, expert_sub, body, if_match=if_match)
        return _out(response, record)


@router.get(
    "/{expert_sub}/history",
    response_model=Page[ExpertRevisionOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="Every change of the expert's record: who, when, and the record after it; oldest first",
)
async def expert_history(
    expert_sub: str,
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[ExpertRevisionOut]:
    rows = await service.history(session, principal, expert_sub, limit=limit, cursor=cursor)
    page, next_cursor = keyset_page(list(rows), limit, value_of=lambda r: r.changed_at)
    return Page(items=[ExpertRevisionOut.model_validate(r) for r in page], next_cursor=next_cursor)
