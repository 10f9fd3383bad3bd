"""All SQL about recognitions, the per-firm yearly tally and catalogue-eligible offerings."""

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from funding.first_set.models import CatalogueEligibleOffering, FirmYearSubsidy, ProductRecognition
from funding.investments.access import scoped
from funding.support_cases.models import SupportCase
from shared.auth import Scope
from shared.pagination import apply_keyset


def _insert(session: AsyncSession) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


async def lock_firm_year(session: AsyncSession, maker_uscc: str, year: int) -> FirmYearSubsidy:
    """The firm's tally for the year, created at zero if new, locked until the transaction ends."""
    table: Any = FirmYearSubsidy.__table__
    await session.execute(
        _insert(session)(table)
        .values(maker_uscc=maker_uscc, year=year, granted=Decimal("0.00"))
        .on_conflict_do_nothing(index_elements=["maker_uscc", "year"])
    )
    tally = await session.scalar(
        select(FirmYearSubsidy)
        .where(FirmYearSubsidy.maker_uscc == maker_uscc, FirmYearSubsidy.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert tally is not None  # inserted above or by a concurrent transaction that committed
    return tally


async def find_recognition(
    session: AsyncSession, *, catalogue: str, year: int, maker_uscc: str, product_name: str
) -> ProductRecognition | None:
    return await session.scalar(
        select(ProductRecognition).where(
            ProductRecognition.catalogue == catalogue,
            ProductRecognition.year == year,
            ProductRecognition.maker_uscc == maker_uscc,
            ProductRecognition.product_name == product_name,
        )
    )


async def list_page(
    session: AsyncSession,
    *,
    scope: Scope,
    limit: int,
    cursor: str | None,
    filters: dict[str, object | None],
) -> Sequence[ProductRecognition]:
    """``limit + 1`` recognitions after ``cursor``; ``status`` filters by their cases' status."""
    query = scoped(_with_case(select(ProductRecognition)), scope, ProductRecognition.center_id)
    for column, value in filters.items():
        if value is None:
            continue
        if column == "status":
            query = query.join(SupportCase, SupportCase.id == ProductRecognition.case_id).where(
                SupportCase.status == value
            )
        else:
            query = query.where(getattr(ProductRecognition, column) == value)
    query = apply_keyset(query, ProductRecognition.created_at, ProductRecognition.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


def _with_case(query: Select[ProductRecognition]) -> Select[ProductRecognition]:
    """The recognition with its support case and the case's lines (what the API shows)."""
    return query.options(selectinload(ProductRecognition.case).selectinload(SupportCase.lines))


async def get(session: AsyncSession, *, scope: Scope, recognition_id: uuid.UUID) -> ProductRecognition | None:
    query = scoped(_with_case(select(ProductRecognition)), scope, ProductRecognition.center_id)
    return await session.scalar(query.where(ProductRecognition.id == recognition_id))


async def recognitions_of_product(
    session: AsyncSession, *, product_name: str, maker_uscc: str, year: int
) -> Sequence[ProductRecognition]:
    return (
        await session.scalars(
            select(ProductRecognition)
            .where(
                ProductRecognition.product_name == product_name,
                ProductRecognition.maker_uscc == maker_uscc,
                ProductRecognition.year == year,
            )
            .order_by(ProductRecognition.created_at)
        )
    ).all()


async def add_eligible_offering(session: AsyncSession, values: dict[str, Any]) -> bool:
    """Insert unless the offering is already eligible; True when this call made it eligible."""
    table: Any = CatalogueEligibleOffering.__table__
    result = await session.execute(
        _insert(session)(table).values(**values).on_conflict_do_nothing(index_elements=["id"])
    )
    return bool(getattr(result, "rowcount", 0))


async def eligible_offerings(
    session: AsyncSession, *, scope: Scope, limit: int, cursor: str | None, center_id: uuid.UUID | None
) -> Sequence[CatalogueEligibleOffering]:
    query = scoped(select(CatalogueEligibleOffering), scope, CatalogueEligibleOffering.center_id)
    if center_id is not None:
        query = query.where(CatalogueEligibleOffering.center_id == center_id)
    query = apply_keyset(query, CatalogueEligibleOffering.created_at, CatalogueEligibleOffering.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def eligible_offering(
    session: AsyncSession, *, scope: Scope, offering_id: uuid.UUID
) -> CatalogueEligibleOffering | None:
    query = scoped(select(CatalogueEligibleOffering), scope, CatalogueEligibleOffering.center_id)
    return await session.scalar(query.where(CatalogueEligibleOffering.id == offering_id))
