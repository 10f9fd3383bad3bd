"""Policies as data: read by any signed-in user; created and versioned by the city or a district."""

import base64
import binascii
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from funding.idempotency import IdempotencyKey, claim
from funding.policies import repository, service
from funding.policies.jurisdiction import check_jurisdiction
from funding.policies.models import Policy, PolicyVersion
from funding.policies.readonly import read_only
from funding.policies.schemas import (
    CODE_PATTERN,
    PolicyCreate,
    PolicyOut,
    PolicyVersionCreate,
    PolicyVersionOut,
    SimulationOut,
)
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import FieldError, Unprocessable, problem_responses
from shared.pagination import Cursor, Limit, Page

router = APIRouter(prefix="/api/v1/policies", tags=["policies"])


def _policy_out(policy: Policy, versions: Sequence[PolicyVersion]) -> PolicyOut:
    return PolicyOut(
        code=policy.code,
        title=policy.title,
        clause=policy.clause,
        source=policy.source,
        jurisdiction=policy.jurisdiction,
        created_by=policy.created_by,
        created_at=policy.created_at,
        versions=[PolicyVersionOut.model_validate(v) for v in versions],
    )


async def _with_versions(session: AsyncSession, policies: Sequence[Policy]) -> list[PolicyOut]:
    by_code: dict[str, list[PolicyVersion]] = defaultdict(list)
    for version in await repository.versions_of(session, [p.code for p in policies]):
        by_code[version.policy_code].append(version)
    return [_policy_out(p, by_code[p.code]) for p in policies]


def _encode_cursor(code: str) -> str:
    return base64.urlsafe_b64encode(code.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> str:
    invalid = Unprocessable(
        "the cursor is not one this API issued",
        detail_zh="cursor 无效",
        errors=[FieldError("cursor", "invalid cursor", "分页游标无效")],
    )
    try:
        code = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise invalid from exc
    if not re.fullmatch(CODE_PATTERN, code):
        raise invalid
    return code


@router.get(
    "",
    response_model=Page[PolicyOut],
    responses=problem_responses(401, 422),
    summary="Policies with all their dated versions, by code",
)
async def list_policies(
    session: SessionDep,
    _principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    jurisdiction: Annotated[str | None, Query(max_length=40, description="city or a district code")] = None,
) -> Page[PolicyOut]:
    if jurisdiction is not None:
        await check_jurisdiction(session, jurisdiction)
    after = _decode_cursor(cursor) if cursor else None
    rows = await repository.list_policies(session, limit=limit + 1, after=after, jurisdiction=jurisdiction)
    page = list(rows[:limit])
    next_cursor = _encode_cursor(page[-1].code) if len(rows) > limit else None
    return Page(items=await _with_versions(session, page), next_cursor=next_cursor)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PolicyOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Create a policy of the city (municipal admin) or of a district (its district admin)",
)
async def create_policy(
    body: PolicyCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        policy = await service.create_policy(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, _policy_out(policy, []))


@router.get(
    "/{code}",
    response_model=PolicyOut,
    responses=problem_responses(401, 404),
    summary="One policy with all its versions",
)
async def get_policy(code: str, session: SessionDep, _principal: CurrentPrincipal) -> PolicyOut:
    policy = await service.get_policy(session, code)
    return (await _with_versions(session, [policy]))[0]


@router.post(
    "/{code}/versions",
    status_code=status.HTTP_201_CREATED,
    response_model=PolicyVersionOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Draft a new dated version (or publish it at once with status=published)",
)
async def create_version(
    code: str,
    body: PolicyVersionCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        version = await service.create_version(session, principal, code, body)
        return await claimed.respond(status.HTTP_201_CREATED, PolicyVersionOut.model_validate(version))


@router.get(
    "/{code}/versions/{version}",
    response_model=PolicyVersionOut,
    responses=problem_responses(401, 404),
    summary="One version of a policy",
)
async def get_version(
    code: str, version: int, session: SessionDep, _principal: CurrentPrincipal
) -> PolicyVersionOut:
    return PolicyVersionOut.model_validate(await service.get_version(session, code, version))


@router.post(
    "/{code}/versions/{version}/publish",
    response_model=PolicyVersionOut,
    responses=problem_responses(401, 403, 404, 409),
    summary="Publish a draft; an open-ended predecessor is closed the day before it takes effect",
)
async def publish_version(
    code: str, version: int, session: SessionDep, principal: CurrentPrincipal
) -> PolicyVersionOut:
    async with session.begin():
        published = await service.publish_version(session, principal, code, version)
    return PolicyVersionOut.model_validate(published)


@router.post(
    "/{code}/versions/{version}/simulate",
    response_model=SimulationOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="What-if: run a (draft) version over every past upgrade case; writes nothing",
)
async def simulate_version(
    code: str, version: int, session: SessionDep, principal: CurrentPrincipal
) -> SimulationOut:
    async with read_only(session):
        return await service.simulate_version(session, principal, code, version)
