"""All SQL about guide-fund investments."""

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.investments.access import scoped
from funding.investments.models import GuideFundInvestment
from shared.auth import Scope
from shared.pagination import apply_keyset


async def list_page(
    session: AsyncSession,
    *,
    scope: Scope,
    limit: int,
    cursor: str | None,
    fund: str | None,
    center_id: uuid.UUID | None,
) -> Sequence[GuideFundInvestment]:
    query = scoped(select(GuideFundInvestment), scope, GuideFundInvestment.center_id)
    if fund is not None:
        query = query.where(GuideFundInvestment.fund == fund)
    if center_id is not None:
        query = query.where(GuideFundInvestment.center_id == center_id)
    query = apply_keyset(query, GuideFundInvestment.created_at, GuideFundInvestment.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(session: AsyncSession, *, scope: Scope, investment_id: uuid.UUID) -> GuideFundInvestment | None:
    query = scoped(select(GuideFundInvestment), scope, GuideFundInvestment.center_id)
    return await session.scalar(query.where(GuideFundInvestment.id == investment_id))


async def totals(session: AsyncSession, *, scope: Scope, by: str) -> list[tuple[str, int, Decimal]]:
    """(group key, count, summed amount) per fund or per center, in the caller's scope."""
    column = GuideFundInvestment.fund if by == "fund" else GuideFundInvestment.center_id
    query = scoped(
        select(column, func.count(GuideFundInvestment.id), func.sum(GuideFundInvestment.amount)).select_from(
            GuideFundInvestment
        ),
        scope,
        GuideFundInvestment.center_id,
    )
    rows = (await session.execute(query.group_by(column).order_by(column))).all()
    return [(str(key), int(count), Decimal(total)) for key, count, total in rows]
