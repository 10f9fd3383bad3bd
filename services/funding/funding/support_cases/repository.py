"""All SQL about support cases."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers.models import CenterView
from funding.support_cases.models import SupportCase
from shared.pagination import apply_keyset


async def of_center(session: AsyncSession, center_id: uuid.UUID, kind: str) -> Sequence[SupportCase]:
    return (
        await session.scalars(
            select(SupportCase)
            .where(SupportCase.center_id == center_id, SupportCase.kind == kind)
            .order_by(SupportCase.created_at)
        )
    ).all()


async def list_page(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    filters: dict[str, object | None],
    district_scope: str | None,
    center_scope: uuid.UUID | None,
) -> Sequence[SupportCase]:
    query = select(SupportCase)
    for column, value in filters.items():
        if value is not None:
            query = query.where(getattr(SupportCase, column) == value)
    if district_scope is not None:
        query = query.join(CenterView, CenterView.id == SupportCase.center_id).where(
            CenterView.district == district_scope
        )
    if center_scope is not None:
        query = query.where(SupportCase.center_id == center_scope)
    query = apply_keyset(query, SupportCase.created_at, SupportCase.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()
