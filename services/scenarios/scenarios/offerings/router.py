"""HTTP routes of innovation offerings (创新产品/服务, `五(五)`, `五(六)`)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel

from scenarios.idempotency import IdempotencyKey, claim
from scenarios.offerings import service
from scenarios.offerings.repository import Filters
from scenarios.offerings.schemas import OfferingActionIn, OfferingCreate, OfferingOut, OfferingPatch
from scenarios.offerings.views import offering_out
from scenarios.offerings.workflow import MaturityLevel, OfferingAction, OfferingStatus
from scenarios.steps import StepOut
from scenarios.tags import Tag
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page
from shared.reference import ClusterCode

router = APIRouter(prefix="/api/v1/offerings", tags=["offerings"])


class OfferingQuery(BaseModel):
    """The list's filters (a query-parameter model, as every list's)."""

    status: OfferingStatus | None = None
    center_id: uuid.UUID | None = None
    cluster_code: ClusterCode | None = None
    maturity_level: MaturityLevel | None = None
    tag: Tag | None = None

    def filters(self) -> Filters:
        return Filters(
            status=self.status.value if self.status else None,
            center_id=self.center_id,
            cluster_code=self.cluster_code,
            maturity_level=self.maturity_level.value if self.maturity_level else None,
            tag=self.tag,
        )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=OfferingOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Publish a center's innovation product or service (the center's own center_user, or a "
    "municipal_admin); open for matching at once",
)
async def create_offering(
    body: OfferingCreate,
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
            offering = await service.create_offering(session, principal, body)
            response = await claimed.respond(status.HTTP_201_CREATED, offering_out(offering))
    return tag_with_body_version(response)


@router.get(
    "",
    response_model=Page[OfferingOut],
    responses=problem_responses(401, 422),
    summary="Offerings, oldest first (every authenticated caller sees them all)",
)
async def list_offerings(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[OfferingQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[OfferingOut]:
    async with session.begin():
        rows = await service.list_offerings(session, filters=query.filters(), limit=limit, cursor=cursor)
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[offering_out(o) for o in page], next_cursor=next_cursor)


@router.get(
    "/{offering_id}",
    response_model=OfferingOut,
    responses=problem_responses(401, 404),
    summary="One offering (with its ETag for a PATCH or an action)",
)
async def get_offering(
    offering_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> OfferingOut:
    async with session.begin():
        offering = await service.get_offering(session, offering_id)
    response.headers["ETag"] = etag_of(offering.version)
    return offering_out(offering)


@router.patch(
    "/{offering_id}",
    response_model=OfferingOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Edit an offering of a center not revoked (its center_user, or a municipal_admin); "
    "needs If-Match",
)
async def update_offering(
    offering_id: uuid.UUID,
    body: OfferingPatch,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> OfferingOut:
    async with session.begin():
        offering = await service.update_offering(session, principal, offering_id, body, if_match=if_match)
    response.headers["ETag"] = etag_of(offering.version)
    return offering_out(offering)


@router.get(
    "/{offering_id}/history",
    response_model=list[StepOut],
    responses=problem_responses(401, 404),
    summary="Every withdrawal and reactivation of an offering, and registry's revocation of its center",
)
async def offering_history(
    offering_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> list[StepOut]:
    async with session.begin():
        steps = await service.history(session, offering_id)
    return [StepOut.model_validate(s) for s in steps]


@router.post(
    "/{offering_id}/actions/{action}",
    response_model=OfferingOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="withdraw (active → withdrawn) or reactivate (withdrawn → active); needs If-Match",
    description=(
        "Taken by a center_user of the offering's own center or a municipal_admin. An offering of "
        "a center registry revoked is withdrawn by registry's event and never reactivated (409 "
        "`center-revoked`)."
    ),
)
async def take_action(
    offering_id: uuid.UUID,
    action: OfferingAction,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    body: OfferingActionIn | None = None,
    if_match: Annotated[str | None, Header()] = None,
) -> OfferingOut:
    async with session.begin():
        offering = await service.take_action(
            session, principal, offering_id, action, comment=body.comment if body else None, if_match=if_match
        )
    response.headers["ETag"] = etag_of(offering.version)
    return offering_out(offering)
