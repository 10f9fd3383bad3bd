"""HTTP routes for support cases."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from funding.support_cases import service
from funding.support_cases.models import SupportCase
from funding.support_cases.schemas import OptionOut, PolicyRef, SupportCaseOut
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.money import parse_money
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/support-cases", tags=["support cases"])


def case_out(case: SupportCase) -> SupportCaseOut:
    policy = None
    if case.policy_code is not None and case.policy_version is not None:
        policy = PolicyRef(code=case.policy_code, version=case.policy_version, clause=case.clause or "")
    return SupportCaseOut(
        id=case.id,
        center_id=case.center_id,
        kind=case.kind,
        tier=case.tier,
        status=case.status,
        options=[OptionOut(type=o["type"], amount=parse_money(o["amount"])) for o in case.options],
        reason=case.reason,
        policy=policy,
        inputs=case.inputs,
        trace=case.trace,
        created_at=case.created_at,
        updated_at=case.updated_at,
    )


@router.get(
    "",
    response_model=Page[SupportCaseOut],
    responses=problem_responses(401, 403, 422),
    summary="Support cases in the caller's scope",
)
async def list_cases(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
    kind: Annotated[str | None, Query()] = None,
    status: Annotated[str | None, Query()] = None,
    tier: Annotated[str | None, Query()] = None,
) -> Page[SupportCaseOut]:
    filters: dict[str, object | None] = {"center_id": center_id, "kind": kind, "status": status, "tier": tier}
    rows = await service.list_cases(session, principal, limit=limit, cursor=cursor, filters=filters)
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[case_out(c) for c in page], next_cursor=next_cursor)


@router.get(
    "/{case_id}",
    response_model=SupportCaseOut,
    responses=problem_responses(401, 403, 404),
    summary="One support case with its trace",
)
async def get_case(case_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal) -> SupportCaseOut:
    return case_out(await service.get_case(session, principal, case_id))
