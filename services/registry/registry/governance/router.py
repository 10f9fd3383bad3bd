"""HTTP routes for a center's members and governance (`四`)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from registry.centers import service as centers
from registry.centers.models import Center
from registry.governance import service
from registry.governance.models import CenterGovernance, CenterMember
from registry.governance.schemas import (
    Gap,
    GovernanceDocument,
    GovernanceOut,
    MemberCreate,
    MemberOut,
    MemberRole,
)
from registry.idempotency import IdempotencyKey, claim
from registry.organizations.schemas import OrganizationOut
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import FieldError, problem_responses
from shared.etag import etag_of
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/centers", tags=["center governance"])


def member_out(member: CenterMember) -> MemberOut:
    return MemberOut(
        id=member.id,
        center_id=member.center_id,
        role=member.role,
        organization=OrganizationOut.model_validate(member.organization),
        created_at=member.created_at,
    )


def governance_out(
    center: Center, governance: CenterGovernance | None, gaps: list[FieldError]
) -> GovernanceOut:
    document = service.document_of(governance) or GovernanceDocument()
    return GovernanceOut(
        legal_entity=document.legal_entity,
        decision_body=document.decision_body,
        technical_committee=document.technical_committee,
        alliance=document.alliance,
        center_id=center.id,
        mode=center.mode,
        version=governance.version if governance else 0,
        updated_at=governance.updated_at if governance else None,
        updated_by=governance.updated_by if governance else None,
        gaps=[Gap(field=g.field, message=g.message) for g in gaps],
    )


@router.post(
    "/{center_id}/members",
    status_code=status.HTTP_201_CREATED,
    response_model=MemberOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Add an organization to the center in a role (the lead is the center's lead_organization)",
)
async def add_member(
    center_id: uuid.UUID,
    body: MemberCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        center = await centers.get_visible(session, principal, center_id, for_update=True)
        member = await service.add_member(session, principal, center, body)
        return await claimed.respond(status.HTTP_201_CREATED, member_out(member))


@router.get(
    "/{center_id}/members",
    response_model=Page[MemberOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="The center's member organizations and their roles",
)
async def list_members(
    center_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    role: Annotated[MemberRole | None, Query()] = None,
) -> Page[MemberOut]:
    center = await centers.get_visible(session, principal, center_id)
    rows = await service.list_members(
        session, center, limit=limit, cursor=cursor, role=role.value if role else None
    )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[member_out(m) for m in page], next_cursor=next_cursor)


@router.delete(
    "/{center_id}/members/{member_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 409),
    summary="Remove a member from the center (not its lead: PATCH the center's lead_organization)",
)
async def remove_member(
    center_id: uuid.UUID, member_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> None:
    async with session.begin():
        center = await centers.get_visible(session, principal, center_id, for_update=True)
        await service.remove_member(session, principal, center, member_id)


@router.get(
    "/{center_id}/governance",
    response_model=GovernanceOut,
    responses=problem_responses(401, 403, 404),
    summary="The center's governance (version 0 before the first PUT) and what approval still lacks",
)
async def get_governance(
    center_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> GovernanceOut:
    center = await centers.get_visible(session, principal, center_id)
    governance, gaps = await service.get_governance(session, center)
    body = governance_out(center, governance, gaps)
    response.headers["ETag"] = etag_of(body.version)
    return body


@router.put(
    "/{center_id}/governance",
    response_model=GovernanceOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Replace the center's governance (corporate_alliance, 四(一)); needs If-Match from your last GET",
)
async def put_governance(
    center_id: uuid.UUID,
    body: GovernanceDocument,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[
        str | None, Header(description='the ETag of your last read ("0" before the first PUT)')
    ] = None,
) -> GovernanceOut:
    async with session.begin():
        # Locked: concurrent PUTs on one center take turns, so versions never skip.
        center = await centers.get_visible(session, principal, center_id, for_update=True)
        governance, gaps = await service.put_governance(session, principal, center, body, if_match=if_match)
    out = governance_out(center, governance, gaps)
    response.headers["ETag"] = etag_of(out.version)
    return out
