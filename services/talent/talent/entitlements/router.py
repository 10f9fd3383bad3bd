"""HTTP routes for service entitlements (`五(七)`): read by every caller, published by talent officers."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page
from talent.entitlements import service
from talent.entitlements.models import ServiceEntitlement, ServiceEntitlementVersion
from talent.entitlements.schemas import (
    Entitlement,
    EntitlementRow,
    EntitlementVersionCreate,
    EntitlementVersionOut,
    ServiceKind,
)
from talent.idempotency import IdempotencyKey, claim
from talent.talents.schemas import Level

router = APIRouter(prefix="/api/v1/service-entitlements", tags=["service entitlements"])

# Rows in the order of the enums: level by level, each with its services.
_CELL_ORDER = {
    (level.value, kind.value): i for i, (level, kind) in enumerate(itertools.product(Level, ServiceKind))
}


def version_out(version: ServiceEntitlementVersion, rows: list[ServiceEntitlement]) -> EntitlementVersionOut:
    ordered = sorted(rows, key=lambda r: _CELL_ORDER.get((r.level, r.kind), len(_CELL_ORDER)))
    return EntitlementVersionOut(
        id=version.id,
        version=version.version,
        effective_from=version.effective_from,
        clause=version.clause,
        note=version.note,
        published_by=version.published_by,
        published_at=version.published_at,
        rows=[
            EntitlementRow(
                level=Level(r.level), kind=ServiceKind(r.kind), entitlement=Entitlement(r.entitlement)
            )
            for r in ordered
        ],
    )


@router.get(
    "",
    response_model=Page[EntitlementVersionOut],
    responses=problem_responses(401, 422),
    summary="Every entitlement version with its rows; ?on= gives only the one in force that day",
)
async def list_entitlement_versions(
    session: SessionDep,
    _principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    on: Annotated[dt.date | None, Query(description="a day (YYYY-MM-DD): the version in force on it")] = None,
) -> Page[EntitlementVersionOut]:
    async with session.begin():
        published, next_cursor = await service.list_versions(session, limit=limit, cursor=cursor, on=on)
    return Page(items=[version_out(v, rows) for v, rows in published], next_cursor=next_cursor)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=EntitlementVersionOut,
    responses=problem_responses(401, 403, 422),
    summary="Publish a new version deciding every level × service, effective today or later (talent officer)",
)
async def publish_entitlement_version(
    body: EntitlementVersionCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        version, rows = await service.publish_version(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, version_out(version, rows))
