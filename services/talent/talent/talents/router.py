"""HTTP routes for talents (`三(六)`).

Responses mask the ID number and phone unless the caller is a talent officer; each of those
reads writes the access log in the read's own transaction. The responses to writes are masked
for everyone: they are kept for ``Idempotency-Key`` replays, and a stored copy must not hold the
whole values.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import TypeAdapter

from shared.auth import CurrentPrincipal
from shared.db import ReadConnectionDep, SessionDep, get_session
from shared.errors import problem_responses
from shared.etag import etag_of, tag_with_body_version
from shared.pagination import Cursor, Limit, Page, keyset_page
from shared.permissions import operation_of
from talent.idempotency import IdempotencyKey, claim
from talent.personal_data import access_log
from talent.personal_data.dependency import CipherDep
from talent.talents import service
from talent.talents.schemas import Level, Origin, TalentCreate, TalentOut, TalentUpdate
from talent.talents.views import talent_fields, talent_out

router = APIRouter(prefix="/api/v1/talents", tags=["talents"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TalentOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Register a talent of a center (talent officer, or the center's own user)",
)
async def register_talent(
    body: TalentCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    cipher: CipherDep,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            response = claimed.replay
        else:
            talent = await service.register_talent(session, principal, cipher, body)
            response = await claimed.respond(status.HTTP_201_CREATED, talent_out(talent))
    return tag_with_body_version(response)


# A page is written straight to JSON from the rows' dicts: fifty models built only to be
# serialized again would cost a good part of a list request (docs/decisions/0007).
_TALENT_PAGE: TypeAdapter[Any] = TypeAdapter(Page[TalentOut])


@router.get(
    "",
    response_model=Page[TalentOut],
    responses=problem_responses(401, 403, 422),
    summary="Talents in the caller's scope; ?id_number= finds one by its whole document number",
)
async def list_talents(
    db: ReadConnectionDep,
    principal: CurrentPrincipal,
    cipher: CipherDep,
    request: Request,
    limit: Limit = 50,
    cursor: Cursor = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
    level: Annotated[Level | None, Query()] = None,
    origin: Annotated[Origin | None, Query()] = None,
    id_number: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=40,
            description="the whole ID document number (any document type); matched by keyed hash",
        ),
    ] = None,
) -> Response:
    rows = await service.list_talents(
        db,
        principal,
        cipher,
        limit=limit,
        cursor=cursor,
        center_id=center_id,
        level=level.value if level else None,
        origin=origin.value if origin else None,
        id_number=id_number,
    )
    page, next_cursor = keyset_page(list(rows), limit)
    unmasked = access_log.may_see_unmasked(principal)
    if unmasked and page:
        session = await get_session(request)
        async with session.begin():  # logged before anything is shown
            await access_log.record(session, principal, [t.id for t in page], via=operation_of(request)[1])
    body = {
        "items": [talent_fields(t, cipher if unmasked else None) for t in page],
        "next_cursor": next_cursor,
    }
    return Response(_TALENT_PAGE.dump_json(body, warnings=False), media_type="application/json")


@router.get(
    "/{talent_id}",
    response_model=TalentOut,
    responses=problem_responses(401, 403, 404),
    summary="One talent (with its ETag for edits)",
)
async def get_talent(
    talent_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    cipher: CipherDep,
    request: Request,
    response: Response,
) -> TalentOut:
    async with session.begin():
        talent = await service.get_talent(session, principal, talent_id)
        unmasked = access_log.may_see_unmasked(principal)
        if unmasked:
            await access_log.record(session, principal, [talent.id], via=operation_of(request)[1])
    response.headers["ETag"] = etag_of(talent.version)
    return talent_out(talent, cipher if unmasked else None)


@router.patch(
    "/{talent_id}",
    response_model=TalentOut,
    responses=problem_responses(401, 403, 404, 412, 422, 428),
    summary="Change a talent's contact, level, post, qualifications or leaving date; needs If-Match",
)
async def update_talent(
    talent_id: uuid.UUID,
    body: TalentUpdate,
    session: SessionDep,
    principal: CurrentPrincipal,
    cipher: CipherDep,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> TalentOut:
    async with session.begin():
        talent = await service.update_talent(session, principal, cipher, talent_id, body, if_match)
    response.headers["ETag"] = etag_of(talent.version)
    return talent_out(talent)
