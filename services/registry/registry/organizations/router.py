"""HTTP routes for organizations: register, read, list and search."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from registry.centers.schemas import OrganizationType
from registry.idempotency import IdempotencyKey, claim
from registry.organizations import service
from registry.organizations.schemas import OrganizationCreate, OrganizationOut
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/organizations", tags=["organizations"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=OrganizationOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Register an organization (enterprise, research institute, university, social organization)",
)
async def create_organization(
    body: OrganizationCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        organization = await service.create_organization(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, OrganizationOut.model_validate(organization))


@router.get(
    "",
    response_model=Page[OrganizationOut],
    responses=problem_responses(401, 422),
    summary="List organizations, by type and district or by part of the name",
)
async def list_organizations(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    type_: Annotated[OrganizationType | None, Query(alias="type")] = None,
    district: Annotated[str | None, Query()] = None,
    q: Annotated[str | None, Query(max_length=200, description="part of the name")] = None,
) -> Page[OrganizationOut]:
    rows = await service.list_organizations(
        session,
        limit=limit,
        cursor=cursor,
        type_=type_.value if type_ else None,
        district=district,
        q=q.strip() if q else None,
    )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[OrganizationOut.model_validate(o) for o in page], next_cursor=next_cursor)


@router.get(
    "/{organization_id}",
    response_model=OrganizationOut,
    responses=problem_responses(401, 404),
    summary="One organization",
)
async def get_organization(
    organization_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> OrganizationOut:
    return OrganizationOut.model_validate(await service.get_organization(session, organization_id))
