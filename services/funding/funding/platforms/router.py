"""HTTP routes for platforms led by centers and their yearly results (`五(四)`)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from funding.idempotency import IdempotencyKey, claim
from funding.platforms import service
from funding.platforms.models import PlatformResult
from funding.platforms.schemas import (
    PlatformCreate,
    PlatformKind,
    PlatformOut,
    ProjectApproval,
    ResultsCreate,
    ResultsOut,
)
from funding.support_cases.models import SupportCase
from funding.support_cases.views import case_out
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/platforms", tags=["platforms"])


def results_out(result: PlatformResult, case: SupportCase | None) -> ResultsOut:
    return ResultsOut(
        id=result.id,
        platform_id=result.platform_id,
        year=result.year,
        services_delivered=result.services_delivered,
        projects_verified=result.projects_verified,
        projects_commercialized=result.projects_commercialized,
        external_clients=result.external_clients,
        revenue=result.revenue,
        reported_by=result.reported_by,
        created_at=result.created_at,
        support_case=case_out(case) if case is not None else None,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PlatformOut,
    responses=problem_responses(401, 403, 422),
    summary="Register a concept-verification center or pilot platform led by a center",
)
async def register_platform(
    body: PlatformCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        platform = await service.register_platform(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, PlatformOut.model_validate(platform))


@router.get(
    "",
    response_model=Page[PlatformOut],
    responses=problem_responses(401, 403, 422),
    summary="Platforms in the caller's scope",
)
async def list_platforms(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    kind: Annotated[PlatformKind | None, Query()] = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[PlatformOut]:
    rows = await service.list_platforms(
        session, principal, limit=limit, cursor=cursor, kind=kind, center_id=center_id
    )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[PlatformOut.model_validate(p) for p in page], next_cursor=next_cursor)


@router.get(
    "/{platform_id}",
    response_model=PlatformOut,
    responses=problem_responses(401, 403, 404),
    summary="One platform",
)
async def get_platform(
    platform_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> PlatformOut:
    return PlatformOut.model_validate(await service.get_platform(session, principal, platform_id))


@router.post(
    "/{platform_id}/actions/approve_project",
    response_model=PlatformOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Select the platform on merit (择优立项); a municipal admin, once",
)
async def approve_project(
    platform_id: uuid.UUID, body: ProjectApproval, session: SessionDep, principal: CurrentPrincipal
) -> PlatformOut:
    async with session.begin():
        platform = await service.approve_project(session, principal, platform_id, body)
    return PlatformOut.model_validate(platform)


@router.post(
    "/{platform_id}/results",
    status_code=status.HTTP_201_CREATED,
    response_model=ResultsOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Report a finished year's operating results; its subsidy's support case opens at once",
)
async def report_results(
    platform_id: uuid.UUID,
    body: ResultsCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        result, case = await service.report_results(session, principal, platform_id, body)
        return await claimed.respond(status.HTTP_201_CREATED, results_out(result, case))


@router.get(
    "/{platform_id}/results",
    response_model=Page[ResultsOut],
    responses=problem_responses(401, 403, 404),
    summary="Every year's results of a platform with the support case of its subsidy",
)
async def list_results(
    platform_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> Page[ResultsOut]:
    rows = await service.results_of(session, principal, platform_id)
    return Page(items=[results_out(r, c) for r, c in rows], next_cursor=None)
