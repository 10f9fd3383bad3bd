"""Deadlines as the other services announce them: a scenario's (its snapshot's ``deadline``), a
talent-programme round's (``programme_round.opened``) and a rectification's (``center.evaluated``
with ``rectification_due``). The newest announcement wins; an end before the deadline closes it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from notifications.deadlines.models import Deadline
from notifications.scheduling import insert_once
from shared.contracts import registry, scenarios, talent
from shared.db import utcnow
from shared.events import CloudEvent

SCENARIO_OVER = {"completed", "closed"}


async def _keep(
    session: AsyncSession, *, kind: str, ref_id: uuid.UUID, due_on: dt.date, **facts: Any
) -> None:
    """Insert the deadline or bring it up to date (one row per kind and thing)."""
    now = utcnow()
    values = {"due_on": due_on, "updated_at": now, **facts}
    if await insert_once(
        session,
        Deadline,
        {"id": uuid.uuid4(), "kind": kind, "ref_id": ref_id, "created_at": now, "open": True, **values},
        key=["kind", "ref_id"],
    ):
        return
    await session.execute(
        update(Deadline).where(Deadline.kind == kind, Deadline.ref_id == ref_id).values(**values)
    )


async def _close(session: AsyncSession, *, kind: str, ref_id: uuid.UUID) -> None:
    await session.execute(
        update(Deadline)
        .where(Deadline.kind == kind, Deadline.ref_id == ref_id)
        .values(open=False, updated_at=utcnow())
    )


async def scenario(session: AsyncSession, event: CloudEvent) -> None:
    snapshot = scenarios.ScenarioSnapshot.model_validate(event.data["scenario"])
    await _keep(
        session,
        kind="scenario",
        ref_id=snapshot.id,
        due_on=snapshot.deadline,
        title_zh=snapshot.title[:300],
        cluster_code=snapshot.cluster_code,
        owner_sub=snapshot.created_by,
        open=snapshot.status not in SCENARIO_OVER,
    )


async def talent_round(session: AsyncSession, event: CloudEvent) -> None:
    e = talent.ProgrammeRoundOpened.model_validate(event.data)
    await _keep(
        session,
        kind="talent_round",
        ref_id=e.round_id,
        due_on=e.deadline,
        title_zh=f"{e.programme_name_zh}（{e.year} 年度）"[:300],
        owner_sub=e.created_by,
    )


async def rectification(session: AsyncSession, event: CloudEvent) -> None:
    e = registry.CenterEvaluated.model_validate(event.data)
    if e.rectification_due is None:
        return
    if e.recheck_passed is not None:
        await _close(session, kind="rectification", ref_id=e.evaluation_id)
        return
    await _keep(
        session,
        kind="rectification",
        ref_id=e.evaluation_id,
        due_on=e.rectification_due,
        title_zh=f"{e.center.name} {e.year} 年度评价整改"[:300],
        center_id=e.center.id,
    )


TRACKERS: dict[str, Callable[[AsyncSession, CloudEvent], Awaitable[None]]] = {
    scenarios.SCENARIO_PUBLISHED: scenario,
    scenarios.SCENARIO_STATUS_CHANGED: scenario,
    talent.PROGRAMME_ROUND_OPENED: talent_round,
    registry.CENTER_EVALUATED: rectification,
}


async def track(session: AsyncSession, event: CloudEvent) -> None:
    tracker = TRACKERS.get(event.type)
    if tracker is not None:
        await tracker(session, event)


async def open_deadlines(session: AsyncSession, *, since: dt.date, until: dt.date) -> list[Deadline]:
    query = select(Deadline).where(
        Deadline.open.is_(True), Deadline.due_on >= since, Deadline.due_on <= until
    )
    return list((await session.scalars(query.order_by(Deadline.due_on, Deadline.id))).all())
