"""HTTP routes for municipal support applications (`五(二)` 视建设情况给予项目、资金、融资等支持)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from funding.idempotency import IdempotencyKey, claim
from funding.municipal_support import service
from funding.municipal_support.models import MunicipalSupportApplication
from funding.municipal_support.schemas import (
    ActionRequest,
    ApplicationCreate,
    ApplicationOut,
    MunicipalSupportAction,
    MunicipalSupportStatus,
    MunicipalSupportTransitionOut,
    SupportType,
)
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/municipal-support/applications", tags=["municipal support"])


def application_out(application: MunicipalSupportApplication) -> ApplicationOut:
    return ApplicationOut(
        id=application.id,
        center_id=application.center_id,
        support_type=SupportType(application.support_type),
        title=application.title,
        description=application.description,
        requested_amount=application.requested_amount,
        status=MunicipalSupportStatus(application.status),
        support_case_id=application.case_id,
        created_by=application.created_by,
        created_at=application.created_at,
        updated_at=application.updated_at,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="A municipal center applies for project, funding or financing support",
)
async def apply(
    body: ApplicationCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        application = await service.apply(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, application_out(application))


@router.get(
    "",
    response_model=Page[ApplicationOut],
    responses=problem_responses(401, 403, 422),
    summary="Applications in the caller's scope",
)
async def list_applications(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
    status_: Annotated[MunicipalSupportStatus | None, Query(alias="status")] = None,
    support_type: Annotated[SupportType | None, Query()] = None,
) -> Page[ApplicationOut]:
    filters: dict[str, object | None] = {
        "center_id": center_id,
        "status": status_.value if status_ else None,
        "support_type": support_type.value if support_type else None,
    }
    rows = await service.list_applications(session, principal, limit=limit, cursor=cursor, filters=filters)
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[application_out(a) for a in page], next_cursor=next_cursor)


@router.get(
    "/{application_id}",
    response_model=ApplicationOut,
    responses=problem_responses(401, 403, 404),
    summary="One application, with the support case that decides and pays it",
)
async def get_application(
    application_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> ApplicationOut:
    return application_out(await service.get(session, principal, application_id))


@router.get(
    "/{application_id}/history",
    response_model=list[MunicipalSupportTransitionOut],
    responses=problem_responses(401, 403, 404),
    summary="Every transition with actor, role and time",
)
async def history(
    application_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> list[MunicipalSupportTransitionOut]:
    return [
        MunicipalSupportTransitionOut.model_validate(t)
        for t in await service.history(session, principal, application_id)
    ]


@router.post(
    "/{application_id}/actions/{action}",
    response_model=ApplicationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="withdraw (the center; cancels its support case) · review and close (municipal admin) of an "
    "application without money; a monetary one is decided and paid through its support case",
)
async def take_action(
    application_id: uuid.UUID,
    action: MunicipalSupportAction,
    body: ActionRequest,
    session: SessionDep,
    principal: CurrentPrincipal,
) -> ApplicationOut:
    async with session.begin():
        application = await service.take_action(session, principal, application_id, action, body)
    return application_out(application)
