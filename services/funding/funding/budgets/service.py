"""Budget use cases. Services flush, never commit: the route owns the transaction."""

import uuid
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from funding.budgets import ledger, repository
from funding.budgets.exceptions import AllocationLowered, BudgetExists, BudgetNotFound
from funding.budgets.models import Budget, BudgetMovement
from funding.budgets.schemas import BudgetCreate, BudgetRaise
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import FieldError, Forbidden, Unprocessable
from shared.etag import require_match

READERS = (Role.MUNICIPAL_ADMIN, Role.FINANCE_OFFICER, Role.INTEGRATION)


def require_reader(principal: Principal) -> None:
    if not principal.has(*READERS):
        raise Forbidden(
            "budgets are for municipal admins and finance officers",
            detail_zh="只有市级管理员和财务人员可以查看预算",
        )


def _require_admin(principal: Principal) -> None:
    if not principal.has(Role.MUNICIPAL_ADMIN):
        raise Forbidden("only a municipal admin allocates budgets", detail_zh="只有市级管理员可以下达预算")


async def create(session: AsyncSession, principal: Principal, data: BudgetCreate) -> Budget:
    """A year's budget of one category; its allocation is the ledger's first line."""
    _require_admin(principal)
    if await repository.find(session, data.year, data.category) is not None:
        raise _exists(data)
    now = utcnow()
    budget = Budget(
        id=uuid.uuid4(),
        year=data.year,
        category=data.category,
        allocated=data.allocated,
        committed=ledger.ZERO,
        disbursed=ledger.ZERO,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(budget)
            await session.flush()
    except IntegrityError as exc:  # a concurrent create of the same year and category won
        raise _exists(data) from exc
    await ledger.record_allocation(session, budget, amount=data.allocated, actor=principal.sub)
    return budget


def _exists(data: BudgetCreate) -> BudgetExists:
    return BudgetExists(
        f"a budget for {data.year} and {data.category} exists; raise its allocation instead",
        detail_zh=f"{data.year} 年度 {data.category} 预算已存在，请追加额度",
    )


async def raise_allocation(
    session: AsyncSession,
    principal: Principal,
    budget_id: uuid.UUID,
    data: BudgetRaise,
    *,
    if_match: str | None,
) -> Budget:
    _require_admin(principal)
    budget = await repository.get(session, budget_id, for_update=True)
    if budget is None:
        raise _not_found(budget_id)
    require_match(if_match, budget.version)
    if data.allocated < budget.allocated:
        raise AllocationLowered(
            f"the allocation only goes up: {data.allocated:.2f} is below {budget.allocated:.2f}",
            detail_zh=f"预算额度只能追加：{data.allocated:.2f} 低于现有 {budget.allocated:.2f}",
        )
    delta = data.allocated - budget.allocated
    if delta == 0:
        return budget
    budget.allocated = data.allocated
    budget.version += 1
    budget.updated_at = utcnow()
    await session.flush()
    await ledger.record_allocation(session, budget, amount=delta, actor=principal.sub, note=data.comment)
    return budget


def _not_found(budget_id: uuid.UUID) -> BudgetNotFound:
    return BudgetNotFound(f"no budget {budget_id}", detail_zh=f"未找到预算 {budget_id}")


async def get(session: AsyncSession, principal: Principal, budget_id: uuid.UUID) -> Budget:
    require_reader(principal)
    budget = await repository.get(session, budget_id)
    if budget is None:
        raise _not_found(budget_id)
    return budget


async def check_category(session: AsyncSession, category: str) -> None:
    """A category filter names a programme's budget category (a policy's code, or municipal
    support) or one a budget was allocated to; 422 otherwise, never an empty page that looks
    like no money moved."""
    if await repository.category_known(session, category):
        return
    raise Unprocessable(
        f"unknown budget category {category!r}: no policy and no budget has it",
        detail_zh=f"未知的预算类别 {category}",
        errors=[FieldError("category", "unknown budget category", "未知的预算类别")],
    )


async def list_budgets(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    year: int | None,
    category: str | None,
) -> Sequence[Budget]:
    require_reader(principal)
    if category is not None:
        await check_category(session, category)
    return await repository.list_page(session, limit=limit, cursor=cursor, year=year, category=category)


async def movements(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int | None,
    cursor: str | None,
    year: int | None,
    category: str | None,
    kind: str | None,
) -> Sequence[BudgetMovement]:
    require_reader(principal)
    if category is not None:
        await check_category(session, category)
    return await repository.movements(
        session, limit=limit, cursor=cursor, year=year, category=category, kind=kind
    )
