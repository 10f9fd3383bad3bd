"""HTTP routes of the talent programme catalogue (`五(七)`) and its yearly rounds."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page, keyset_page
from talent.idempotency import IdempotencyKey, claim
from talent.programmes import service
from talent.programmes.schemas import ProgrammeCreate, ProgrammeLevel, ProgrammeOut, RoundCreate, RoundOut
from talent.programmes.views import round_out

router = APIRouter(prefix="/api/v1/talent-programmes", tags=["talent programmes"])


@router.get(
    "",
    response_model=Page[ProgrammeOut],
    responses=problem_responses(401, 403, 422),
    summary="The national, provincial and city talent programmes centers recommend talents to",
)
async def list_programmes(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    level: Annotated[ProgrammeLevel | None, Query()] = None,
    active: Annotated[bool | None, Query()] = None,
) -> Page[ProgrammeOut]:
    async with session.begin():
        rows = await service.list_programmes(
            session,
            principal,
            limit=limit,
            cursor=cursor,
            level=level.value if level else None,
            active=active,
        )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[ProgrammeOut.model_validate(p) for p in page], next_cursor=next_cursor)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ProgrammeOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Add a programme to the catalogue (talent officer)",
)
async def create_programme(
    body: ProgrammeCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        programme = await service.create_programme(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, ProgrammeOut.model_validate(programme))


@router.get(
    "/{programme_id}",
    response_model=ProgrammeOut,
    responses=problem_responses(401, 403, 404),
    summary="One programme of the catalogue",
)
async def get_programme(
    programme_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> ProgrammeOut:
    async with session.begin():
        programme = await service.get_programme(session, principal, programme_id)
    return ProgrammeOut.model_validate(programme)


@router.post(
    "/{programme_id}/rounds",
    status_code=status.HTTP_201_CREATED,
    response_model=RoundOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Enter a programme's round of one year, with its opening day and deadline (talent officer)",
)
async def add_round(
    programme_id: uuid.UUID,
    body: RoundCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        round_ = await service.add_round(session, principal, programme_id, body)
        return await claimed.respond(status.HTTP_201_CREATED, round_out(round_))


@router.get(
    "/{programme_id}/rounds",
    response_model=Page[RoundOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="A programme's rounds, oldest first, each with when it closes",
)
async def list_rounds(
    programme_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[RoundOut]:
    async with session.begin():
        rows = await service.list_rounds(session, principal, programme_id, limit=limit, cursor=cursor)
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[round_out(r) for r in page], next_cursor=next_cursor)
