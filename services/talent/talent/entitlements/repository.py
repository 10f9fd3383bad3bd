"""All SQL about entitlement versions and their rows."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.selectable import ScalarSelect

from shared.pagination import apply_keyset
from talent.entitlements.decision import EntitlementsInForce
from talent.entitlements.models import ServiceEntitlement, ServiceEntitlementVersion
from talent.entitlements.schemas import Entitlement, ServiceKind
from talent.talents.schemas import Level


async def list_page(
    session: AsyncSession, *, limit: int, cursor: str | None, on: dt.date | None
) -> Sequence[ServiceEntitlementVersion]:
    """Oldest first; with ``on``, only the version in force that day (none before the first)."""
    query = select(ServiceEntitlementVersion)
    if on is not None:
        query = query.where(ServiceEntitlementVersion.version == _number_in_force(on))
    query = apply_keyset(query, ServiceEntitlementVersion.published_at, ServiceEntitlementVersion.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


def _number_in_force(on: dt.date) -> ScalarSelect[int]:
    """The highest version effective by ``on``: a newer version replaces every older one from its
    date, a scheduled one among them."""
    return (
        select(func.max(ServiceEntitlementVersion.version))
        .where(ServiceEntitlementVersion.effective_from <= on)
        .scalar_subquery()
    )


async def rows_of(
    session: AsyncSession, version_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[ServiceEntitlement]]:
    """Each version's rows, in one query."""
    query = select(ServiceEntitlement).where(ServiceEntitlement.version_id.in_(version_ids))
    rows: dict[uuid.UUID, list[ServiceEntitlement]] = {v: [] for v in version_ids}
    for row in await session.scalars(query):
        rows[row.version_id].append(row)
    return rows


async def in_force(session: AsyncSession, on: dt.date) -> EntitlementsInForce | None:
    """The version in force on ``on`` with its whole table; None before the first version."""
    version = await session.scalar(
        select(ServiceEntitlementVersion).where(ServiceEntitlementVersion.version == _number_in_force(on))
    )
    if version is None:
        return None
    rows = (await rows_of(session, [version.id]))[version.id]
    return EntitlementsInForce(
        version=version.version,
        effective_from=version.effective_from,
        clause=version.clause,
        table={(Level(r.level), ServiceKind(r.kind)): Entitlement(r.entitlement) for r in rows},
    )


async def latest_number(session: AsyncSession) -> int:
    return await session.scalar(select(func.coalesce(func.max(ServiceEntitlementVersion.version), 0))) or 0
