"""What the two senders (webhooks, e-mail) share: the retry schedule kept in the row, the claim of
due rows under a lease, and inserts that a unique key makes happen once.

The schedule lives in the database (``next_attempt_at``), not in a sleeping task: a restart, a
deploy or a second replica loses no retry and doubles none.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

T = TypeVar("T")


def backoff_s(attempts: int, *, base_s: float, max_s: float, rng: random.Random | None = None) -> float:
    """The wait after the ``attempts``-th failure: base·2^(attempts-1) up to ``max_s``, less up to
    half of it at random ("equal jitter": never sooner than half, so a busy receiver gets air)."""
    ceiling: float = min(max_s, base_s * 2.0 ** max(attempts - 1, 0))
    return ceiling * (0.5 + 0.5 * (rng or random).random())


def retry_at(now: dt.datetime, attempts: int, *, base_s: float, max_s: float) -> dt.datetime:
    return now + dt.timedelta(seconds=backoff_s(attempts, base_s=base_s, max_s=max_s))


async def claim_due(
    session: AsyncSession,
    model: type[T],
    *,
    now: dt.datetime,
    lease_s: float,
    limit: int,
    where: Sequence[ColumnElement[bool]] = (),
) -> list[T]:
    """Pending rows due by ``now``, oldest due first, pushed ``lease_s`` into the future so that no
    other sender takes them meanwhile (``SKIP LOCKED`` on PostgreSQL keeps replicas apart while
    claiming). The caller commits, sends, then records the outcome in a transaction of its own."""
    table: Any = model
    query = (
        select(table)
        .where(table.status == "pending", table.next_attempt_at <= now, *where)
        .order_by(table.next_attempt_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    rows = list((await session.scalars(query)).all())
    for row in rows:
        row.next_attempt_at = now + dt.timedelta(seconds=lease_s)
    await session.flush()
    return rows


async def insert_once(
    session: AsyncSession, model: type[Any], values: dict[str, Any], *, key: list[str]
) -> bool:
    """Insert a row unless one with the same ``key`` columns exists; whether this call inserted it."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    result = await session.execute(insert(model).values(**values).on_conflict_do_nothing(index_elements=key))
    return bool(getattr(result, "rowcount", 0))
