"""All SQL about scenarios, their tags, data resources and steps."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from scenarios.scenarios.models import Scenario, ScenarioStep, ScenarioTag
from scenarios.scenarios.workflow import MATCHABLE
from shared.pagination import apply_keyset


@dataclass(frozen=True)
class Filters:
    status: str | None = None
    cluster_code: str | None = None
    district: str | None = None
    tag: str | None = None


def whole() -> Select[Scenario]:
    """A scenario with what its response shows: tags and data resources."""
    return select(Scenario).options(selectinload(Scenario.tag_rows), selectinload(Scenario.data_resources))


def filtered(query: Select[Scenario], filters: Filters) -> Select[Scenario]:
    for column, value in (
        (Scenario.status, filters.status),
        (Scenario.cluster_code, filters.cluster_code),
        (Scenario.district, filters.district),
    ):
        if value is not None:
            query = query.where(column == value)
    if filters.tag is not None:
        tagged = select(ScenarioTag.scenario_id).where(ScenarioTag.tag == filters.tag)
        query = query.where(Scenario.id.in_(tagged))
    return query


async def list_page(
    session: AsyncSession, query: Select[Scenario], *, limit: int, cursor: str | None
) -> Sequence[Scenario]:
    """Oldest first; ``limit + 1`` rows, for the next cursor."""
    query = apply_keyset(query, Scenario.created_at, Scenario.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(session: AsyncSession, scenario_id: uuid.UUID, *, for_update: bool = False) -> Scenario | None:
    query = whole().where(Scenario.id == scenario_id)
    if for_update:
        query = query.with_for_update(of=Scenario)
    return await session.scalar(query)


async def history(session: AsyncSession, scenario_id: uuid.UUID) -> Sequence[ScenarioStep]:
    query = select(ScenarioStep).where(ScenarioStep.scenario_id == scenario_id)
    return (await session.scalars(query.order_by(ScenarioStep.id))).all()


async def open_for_matching(session: AsyncSession) -> Sequence[Scenario]:
    """The scenarios an offering may be matched with (published or matching), oldest first."""
    query = select(Scenario).options(selectinload(Scenario.tag_rows))
    query = query.where(Scenario.status.in_([s.value for s in MATCHABLE]))
    return (await session.scalars(query.order_by(Scenario.created_at, Scenario.id))).all()


async def fingerprint(session: AsyncSession) -> tuple[int, int]:
    """A version of every scenario row (their count and the sum of their version counters, which
    every edit and step moves), for the held index (``suggestions``)."""
    row = (await session.execute(select(func.count(), func.coalesce(func.sum(Scenario.version), 0)))).one()
    return int(row[0]), int(row[1])
