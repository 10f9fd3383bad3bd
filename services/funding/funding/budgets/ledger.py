"""The budget ledger: commit, release and disburse money against a year's budget of a category.

Each movement is one conditional ``UPDATE`` of the budget row (the row lock PostgreSQL takes
for an UPDATE serializes concurrent movements, and the condition is re-checked on the newest
row), so two approvals can never both take the last yuan; a CHECK constraint backs it up.
Every movement writes a ledger row and a ``budget.changed`` event in the caller's transaction.

Other areas (municipal support, platform subsidies, …) call these functions; they only flush.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from funding.budgets import events
from funding.budgets.exceptions import BudgetExceeded, NoBudget
from funding.budgets.models import Budget, BudgetMovement
from shared.db import utcnow

COMMIT, RELEASE, DISBURSE, ALLOCATE = "commit", "release", "disburse", "allocate"
ZERO = Decimal("0.00")


async def commit(
    session: AsyncSession, *, year: int, category: str, amount: Decimal, reference: str, actor: str
) -> BudgetMovement | None:
    """Reserve ``amount`` of what is available (approval); BudgetExceeded when it does not fit."""
    available = Budget.allocated - Budget.committed - Budget.disbursed
    return await _move(
        session,
        kind=COMMIT,
        year=year,
        category=category,
        amount=amount,
        reference=reference,
        actor=actor,
        condition=available >= amount,
        values={"committed": Budget.committed + amount},
        refused="only {available} of budget {year}/{category} is available; {amount} does not fit",
        refused_zh="{year} 年度 {category} 预算可用余额仅 {available}，不足 {amount}",
    )


async def release(
    session: AsyncSession, *, year: int, category: str, amount: Decimal, reference: str, actor: str
) -> BudgetMovement | None:
    """Give committed money back to available (a cancelled or rejected approval)."""
    return await _move(
        session,
        kind=RELEASE,
        year=year,
        category=category,
        amount=amount,
        reference=reference,
        actor=actor,
        condition=Budget.committed >= amount,
        values={"committed": Budget.committed - amount},
        refused="only {committed} of budget {year}/{category} is committed; cannot release {amount}",
        refused_zh="{year} 年度 {category} 预算已承诺金额仅 {committed}，不能释放 {amount}",
    )


async def disburse(
    session: AsyncSession, *, year: int, category: str, amount: Decimal, reference: str, actor: str
) -> BudgetMovement | None:
    """Move committed money to disbursed (a payment made against an approval)."""
    return await _move(
        session,
        kind=DISBURSE,
        year=year,
        category=category,
        amount=amount,
        reference=reference,
        actor=actor,
        condition=Budget.committed >= amount,
        values={"committed": Budget.committed - amount, "disbursed": Budget.disbursed + amount},
        refused="only {committed} of budget {year}/{category} is committed; cannot pay {amount}",
        refused_zh="{year} 年度 {category} 预算已承诺金额仅 {committed}，不能拨付 {amount}",
    )


async def record_allocation(session: AsyncSession, budget: Budget, *, amount: Decimal, actor: str) -> None:
    """Ledger row and event for a budget's creation or a raised allocation (already flushed)."""
    await _record(session, budget, kind=ALLOCATE, amount=amount, reference=f"budget:{budget.id}", actor=actor)


async def _move(
    session: AsyncSession,
    *,
    kind: str,
    year: int,
    category: str,
    amount: Decimal,
    reference: str,
    actor: str,
    condition: ColumnElement[bool],
    values: dict[str, Any],
    refused: str,
    refused_zh: str,
) -> BudgetMovement | None:
    if amount < 0:
        raise ValueError(f"a budget movement is never negative: {amount}")
    if amount == 0:
        return None  # nothing moves; no ledger line for a zero
    budget_id = await session.scalar(
        update(Budget)
        .where(Budget.year == year, Budget.category == category, condition)
        .values(**values, version=Budget.version + 1, updated_at=utcnow())
        .returning(Budget.id)
        .execution_options(synchronize_session=False)
    )
    if budget_id is None:
        current = await session.scalar(select(Budget).where(Budget.year == year, Budget.category == category))
        if current is None:
            raise NoBudget(
                f"there is no budget for {year} and category {category}",
                detail_zh=f"没有 {year} 年度 {category} 类别的预算",
                extra={"year": year, "category": category},
            )
        facts = {
            "year": year,
            "category": category,
            "amount": f"{amount:.2f}",
            "available": f"{current.allocated - current.committed - current.disbursed:.2f}",
            "committed": f"{current.committed:.2f}",
        }
        raise BudgetExceeded(refused.format(**facts), detail_zh=refused_zh.format(**facts), extra=facts)
    budget = await _fresh(session, budget_id)
    return await _record(session, budget, kind=kind, amount=amount, reference=reference, actor=actor)


async def _fresh(session: AsyncSession, budget_id: uuid.UUID) -> Budget:
    """The row as the UPDATE left it (the identity map may hold an older copy)."""
    budget = await session.scalar(
        select(Budget).where(Budget.id == budget_id).execution_options(populate_existing=True)
    )
    assert budget is not None
    return budget


async def _record(
    session: AsyncSession, budget: Budget, *, kind: str, amount: Decimal, reference: str, actor: str
) -> BudgetMovement:
    movement = BudgetMovement(
        id=uuid.uuid4(),
        budget_id=budget.id,
        year=budget.year,
        category=budget.category,
        kind=kind,
        amount=amount,
        reference=reference,
        actor=actor,
        allocated_after=budget.allocated,
        committed_after=budget.committed,
        disbursed_after=budget.disbursed,
        created_at=utcnow(),
    )
    session.add(movement)
    await session.flush()
    await events.budget_changed(session, budget, movement)
    return movement


__all__ = ["ZERO", "BudgetExceeded", "NoBudget", "commit", "disburse", "release"]
