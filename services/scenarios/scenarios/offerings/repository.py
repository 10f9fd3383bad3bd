"""All SQL about offerings, their tags and steps — and what matching reads of them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from scenarios.offerings.models import Offering, OfferingStep, OfferingTag
from scenarios.offerings.workflow import OfferingStatus, WithdrawalReason
from shared.pagination import apply_keyset


@dataclass(frozen=True)
class Filters:
    status: str | None = None
    center_id: uuid.UUID | None = None
    cluster_code: str | None = None
    maturity_level: str | None = None
    tag: str | None = None


@dataclass(frozen=True)
class OpenOffering:
    """An offering as matching ranks it. ``version`` grows with every change of the offering and
    ``updated_at`` moves with it: a cache of what was computed from one keys on ``(id, version)``."""

    id: uuid.UUID
    center_id: uuid.UUID
    name: str
    description: str
    cluster_code: str
    tags: tuple[str, ...]
    version: int
    updated_at: dt.datetime


def _whole() -> Select[Offering]:
    return select(Offering).options(selectinload(Offering.tag_rows))


async def open_for_matching(session: AsyncSession) -> list[OpenOffering]:
    """Every offering open for matching, oldest first: ``active`` ones only — withdrawn by the
    center or the city, or by registry revoking the center, an offering is not offered."""
    query = _whole().where(Offering.status == OfferingStatus.ACTIVE.value)
    rows = await session.scalars(query.order_by(Offering.created_at, Offering.id))
    return [
        OpenOffering(
            id=o.id,
            center_id=o.center_id,
            name=o.name,
            description=o.description,
            cluster_code=o.cluster_code,
            tags=tuple(o.tags),
            version=o.version,
            updated_at=o.updated_at,
        )
        for o in rows
    ]


async def fingerprint(session: AsyncSession) -> tuple[int, int]:
    """A version of every offering row: their count and the sum of their version counters (every
    create, edit, withdrawal and revocation moves it), for the held index (``suggestions``)."""
    row = (await session.execute(select(func.count(), func.coalesce(func.sum(Offering.version), 0)))).one()
    return int(row[0]), int(row[1])


async def list_page(
    session: AsyncSession, *, filters: Filters, limit: int, cursor: str | None
) -> Sequence[Offering]:
    """Oldest first; ``limit + 1`` rows, for the next cursor."""
    query = _whole()
    for column, value in (
        (Offering.status, filters.status),
        (Offering.center_id, filters.center_id),
        (Offering.cluster_code, filters.cluster_code),
        (Offering.maturity_level, filters.maturity_level),
    ):
        if value is not None:
            query = query.where(column == value)
    if filters.tag is not None:
        query = query.where(
            Offering.id.in_(select(OfferingTag.offering_id).where(OfferingTag.tag == filters.tag))
        )
    query = apply_keyset(query, Offering.created_at, Offering.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(session: AsyncSession, offering_id: uuid.UUID, *, for_update: bool = False) -> Offering | None:
    query = _whole().where(Offering.id == offering_id)
    if for_update:
        # Re-read the row under its lock even when this session loaded it before.
        query = query.with_for_update(of=Offering).execution_options(populate_existing=True)
    return await session.scalar(query)


async def history(session: AsyncSession, offering_id: uuid.UUID) -> Sequence[OfferingStep]:
    query = select(OfferingStep).where(OfferingStep.offering_id == offering_id)
    return (await session.scalars(query.order_by(OfferingStep.id))).all()


async def withdraw_active_of_center(
    session: AsyncSession, center_id: uuid.UUID, *, at: dt.datetime
) -> Sequence[uuid.UUID]:
    """Withdraw every active offering of the center (reason ``center_revoked``) in one statement;
    the ids it withdrew (none when they all were already)."""
    statement = (
        update(Offering)
        .where(Offering.center_id == center_id, Offering.status == OfferingStatus.ACTIVE.value)
        .values(
            status=OfferingStatus.WITHDRAWN.value,
            withdrawal_reason=WithdrawalReason.CENTER_REVOKED.value,
            version=Offering.version + 1,
            updated_at=at,
        )
        .returning(Offering.id)
        .execution_options(synchronize_session=False)
    )
    return (await session.scalars(statement)).all()
