"""All SQL about budgets and their ledger (the movements themselves are in ``ledger``)."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.budgets.models import Budget, BudgetMovement
from funding.policies.models import Policy
from funding.support_cases.programmes import Kind
from shared.pagination import apply_keyset


async def get(session: AsyncSession, budget_id: uuid.UUID, *, for_update: bool = False) -> Budget | None:
    query = select(Budget).where(Budget.id == budget_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    return await session.scalar(query)


async def find(session: AsyncSession, year: int, category: str) -> Budget | None:
    return await session.scalar(select(Budget).where(Budget.year == year, Budget.category == category))


async def list_page(
    session: AsyncSession, *, limit: int, cursor: str | None, year: int | None, category: str | None
) -> Sequence[Budget]:
    query = select(Budget)
    if year is not None:
        query = query.where(Budget.year == year)
    if category is not None:
        query = query.where(Budget.category == category)
    query = apply_keyset(query, Budget.created_at, Budget.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()


async def movements(
    session: AsyncSession,
    *,
    limit: int | None,
    cursor: str | None,
    year: int | None,
    category: str | None,
    kind: str | None,
) -> Sequence[BudgetMovement]:
    """Ledger lines oldest first; ``limit=None`` for the whole (filtered) ledger of an export."""
    query = select(BudgetMovement)
    if year is not None:
        query = query.where(BudgetMovement.year == year)
    if category is not None:
        query = query.where(BudgetMovement.category == category)
    if kind is not None:
        query = query.where(BudgetMovement.kind == kind)
    query = apply_keyset(query, BudgetMovement.created_at, BudgetMovement.id, cursor)
    if limit is not None:
        query = query.limit(limit + 1)
    return (await session.scalars(query)).all()


async def category_known(session: AsyncSession, category: str) -> bool:
    """Whether ``category`` is a policy's code, municipal support's, or a budget's."""
    if category == Kind.MUNICIPAL_SUPPORT:  # its line's category (no policy: a person sets the amount)
        return True
    policy = await session.scalar(select(Policy.code).where(Policy.code == category))
    budget = await session.scalar(select(Budget.id).where(Budget.category == category).limit(1))
    return policy is not None or budget is not None
