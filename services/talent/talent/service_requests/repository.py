"""All SQL about service requests and their steps."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Scope
from shared.pagination import apply_keyset
from talent.access import scoped
from talent.service_requests.models import ServiceRequest, ServiceRequestStep
from talent.service_requests.workflow import OPEN


async def open_request_id(session: AsyncSession, *, talent_id: uuid.UUID, kind: str) -> uuid.UUID | None:
    query = select(ServiceRequest.id).where(
        ServiceRequest.talent_id == talent_id,
        ServiceRequest.kind == kind,
        ServiceRequest.status.in_([s.value for s in OPEN]),
    )
    return await session.scalar(query)


async def list_page(
    session: AsyncSession,
    *,
    scope: Scope,
    limit: int,
    cursor: str | None,
    status: str | None,
    kind: str | None,
    talent_id: uuid.UUID | None,
    center_id: uuid.UUID | None,
) -> Sequence[ServiceRequest]:
    """Oldest first."""
    query = scoped(select(ServiceRequest), scope, ServiceRequest.center_id)
    if status is not None:
        query = query.where(ServiceRequest.status == status)
    if kind is not None:
        query = query.where(ServiceRequest.kind == kind)
    if talent_id is not None:
        query = query.where(ServiceRequest.talent_id == talent_id)
    if center_id is not None:
        query = query.where(ServiceRequest.center_id == center_id)
    query = apply_keyset(query, ServiceRequest.created_at, ServiceRequest.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(
    session: AsyncSession, *, scope: Scope, request_id: uuid.UUID, for_update: bool = False
) -> ServiceRequest | None:
    query = scoped(select(ServiceRequest), scope, ServiceRequest.center_id).where(
        ServiceRequest.id == request_id
    )
    if for_update:
        query = query.with_for_update(of=ServiceRequest)
    return await session.scalar(query)


async def history(session: AsyncSession, request_id: uuid.UUID) -> Sequence[ServiceRequestStep]:
    query = select(ServiceRequestStep).where(ServiceRequestStep.request_id == request_id)
    return (await session.scalars(query.order_by(ServiceRequestStep.id))).all()
