"""The fair pool against a real PostgreSQL: first come, first served, and no connection lost."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from prometheus_client import REGISTRY
from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from shared.db import create_engine
from shared.fair_pool import FairAsyncQueue, FairAsyncQueuePool, export_pool_gauges
from shared.testing.postgres import PgServer


@pytest.fixture
async def one_connection(pg: PgServer) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(
        pg.sqlalchemy_url("postgres"),
        poolclass=FairAsyncQueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=0.5,
    )
    yield engine
    await engine.dispose()


def line(engine: AsyncEngine) -> FairAsyncQueue:
    queue = engine.sync_engine.pool._pool  # type: ignore[attr-defined]
    assert isinstance(queue, FairAsyncQueue)
    return queue


async def until_waiting(engine: AsyncEngine, count: int) -> None:
    """Let the new tasks run up to their place in line (no I/O before it: the pool is full)."""
    for _ in range(100):
        if line(engine).waiting == count:
            return
        await asyncio.sleep(0)
    raise AssertionError(f"{line(engine).waiting} waiting, expected {count}")


async def test_services_get_the_fair_pool(pg: PgServer) -> None:
    engine = create_engine(pg.sqlalchemy_url("postgres"), pool_size=2, max_overflow=0)
    try:
        assert isinstance(engine.sync_engine.pool, FairAsyncQueuePool)
    finally:
        await engine.dispose()


async def test_a_returned_connection_goes_to_the_longest_waiter_not_to_whoever_asks_next(
    one_connection: AsyncEngine,
) -> None:
    served: list[str] = []

    async def use(name: str) -> None:
        async with one_connection.connect() as conn:
            served.append(name)
            await conn.execute(text("SELECT 1"))

    holder = await one_connection.connect()
    waiting = [asyncio.create_task(use("first in line")), asyncio.create_task(use("second in line"))]
    await until_waiting(one_connection, 2)
    await holder.close()
    # The holder asks again at once, before the waiters have run: with SQLAlchemy's own queue it
    # takes the connection it just returned, and the waiter woken for it goes to the back.
    again = await one_connection.connect()
    served.append("the one who returned it")
    await again.close()
    await asyncio.gather(*waiting)
    assert served == ["first in line", "second in line", "the one who returned it"]


async def test_a_waiter_that_times_out_leaves_the_line_and_the_connection_is_not_lost(
    one_connection: AsyncEngine,
) -> None:
    holder = await one_connection.connect()
    with pytest.raises(exc.TimeoutError):
        await one_connection.connect()
    assert line(one_connection).waiting == 0
    await holder.close()
    async with one_connection.connect() as conn:
        assert (await conn.execute(text("SELECT 1"))).scalar() == 1


async def test_a_waiter_cancelled_as_it_is_handed_a_connection_passes_it_to_the_next(
    one_connection: AsyncEngine,
) -> None:
    async def checkout() -> AsyncConnection:
        return await one_connection.connect()

    holder = await one_connection.connect()
    cancelled = asyncio.create_task(checkout())
    next_in_line = asyncio.create_task(checkout())
    await until_waiting(one_connection, 2)
    await holder.close()  # hands the connection to the first waiter ...
    cancelled.cancel()  # ... which is cancelled before it could run
    conn: AsyncConnection = await asyncio.wait_for(next_in_line, 5)
    assert (await conn.execute(text("SELECT 1"))).scalar() == 1
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    await conn.close()
    assert one_connection.sync_engine.pool.checkedout() == 0  # type: ignore[attr-defined]


async def test_metrics_show_the_line_and_the_connections_in_use(one_connection: AsyncEngine) -> None:
    export_pool_gauges(one_connection, "pool-test")

    def sample(name: str) -> float | None:
        return REGISTRY.get_sample_value(name, {"service": "pool-test"})

    holder = await one_connection.connect()
    waiter = asyncio.create_task(use_and_close(one_connection))
    await until_waiting(one_connection, 1)
    assert (sample("mic_db_pool_waiting"), sample("mic_db_pool_checked_out")) == (1, 1)
    await holder.close()
    await waiter
    assert (sample("mic_db_pool_waiting"), sample("mic_db_pool_checked_out")) == (0, 0)


async def use_and_close(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
