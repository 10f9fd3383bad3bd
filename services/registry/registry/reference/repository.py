"""Queries over reference data."""

from collections.abc import Mapping, Sequence

from sqlalchemy import exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from registry.reference.models import District, Industry, ReferenceChange, SubSector
from shared.db import Reader


async def list_industries(session: AsyncSession, *, group: str | None = None) -> Sequence[Industry]:
    query = select(Industry).order_by(Industry.sort_order, Industry.code)
    if group is not None:
        query = query.where(Industry.group == group)
    return (await session.scalars(query)).all()


async def list_districts(session: AsyncSession) -> Sequence[District]:
    return (await session.scalars(select(District).order_by(District.code))).all()


async def industry_exists(session: AsyncSession, code: str) -> bool:
    return await session.get(Industry, code) is not None


async def district_exists(session: AsyncSession, code: str) -> bool:
    return await session.get(District, code) is not None


async def known_codes(
    db: Reader, checks: Mapping[str, tuple[str, Sequence[InstrumentedAttribute[str]]]]
) -> dict[str, bool]:
    """For each name, whether its code is in any of its code columns; one statement for all."""
    query = select(
        *(
            or_(*(exists().where(column == code) for column in columns)).label(name)
            for name, (code, columns) in checks.items()
        )
    )
    row = (await db.execute(query)).one()
    return {name: bool(row._mapping[name]) for name in checks}


async def list_changes(
    session: AsyncSession, *, entity: str | None = None, code: str | None = None
) -> Sequence[ReferenceChange]:
    query = select(ReferenceChange).order_by(ReferenceChange.changed_at.desc(), ReferenceChange.id.desc())
    if entity is not None:
        query = query.where(ReferenceChange.entity == entity)
    if code is not None:
        query = query.where(ReferenceChange.code == code)
    return (await session.scalars(query)).all()


async def next_industry_sort_order(session: AsyncSession) -> int:
    current = await session.scalar(select(func.max(Industry.sort_order)))
    return (current or 0) + 1


async def list_sub_sectors(session: AsyncSession, *, cluster_code: str | None = None) -> Sequence[SubSector]:
    query = select(SubSector).order_by(SubSector.cluster_code, SubSector.sort_order, SubSector.code)
    if cluster_code is not None:
        query = query.where(SubSector.cluster_code == cluster_code)
    return (await session.scalars(query)).all()


async def lock_industry(session: AsyncSession, code: str) -> Industry | None:
    """The industry, locked: creates and renames of its sub-sectors take turns (no name clash slips in)."""
    return await session.get(Industry, code, with_for_update=True)


async def next_sub_sector_sort_order(session: AsyncSession, cluster_code: str) -> int:
    current = await session.scalar(
        select(func.max(SubSector.sort_order)).where(SubSector.cluster_code == cluster_code)
    )
    return (current or 0) + 1
