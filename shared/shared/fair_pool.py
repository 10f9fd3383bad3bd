"""A connection pool that serves waiting requests first come, first served.

SQLAlchemy's asyncio pool takes an idle connection "without awaiting" when one is there, so a
connection returned while requests wait goes to whichever request asks next: the waiter that was
woken for it finds the queue empty again and goes back to the end of the line. Under load a few
requests then wait seconds while most never wait (measured in bench/registry_api.py: pool waits
of p50 0 ms, p99 1.4 s; docs/decisions/0009). Here a returned connection is handed straight to
the longest waiter, and nobody takes an idle one while others wait.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque

from prometheus_client import Gauge
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import AsyncAdaptedQueuePool, ConnectionPoolEntry, QueuePool
from sqlalchemy.util.concurrency import await_
from sqlalchemy.util.queue import AsyncAdaptedQueue, Empty


class FairAsyncQueue(AsyncAdaptedQueue[ConnectionPoolEntry]):
    """The pool's queue of idle connections, with a line of waiters served in order."""

    def __init__(self, maxsize: int = 0, use_lifo: bool = False) -> None:
        super().__init__(maxsize, use_lifo)
        self._waiters: deque[asyncio.Future[ConnectionPoolEntry]] = deque()

    @property
    def waiting(self) -> int:
        """How many checkouts wait in line (for tests and diagnostics)."""
        return len(self._waiters)

    def put_nowait(self, item: ConnectionPoolEntry) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(item)
                return
        super().put_nowait(item)

    def get(self, block: bool = True, timeout: float | None = None) -> ConnectionPoolEntry:
        if not self._waiters:
            try:
                return self.get_nowait()
            except Empty:
                if not block:
                    raise
        elif not block:
            raise Empty()
        loop = asyncio.get_running_loop()
        return await_(self._wait_in_line(None if timeout is None else loop.time() + timeout))

    async def _wait_in_line(self, deadline: float | None) -> ConnectionPoolEntry:
        # asyncio.timeout_at, not wait_for: on Python 3.11 wait_for returns a result that arrives
        # as the caller is cancelled and swallows the cancellation.
        waiter: asyncio.Future[ConnectionPoolEntry] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout_at(deadline):
                return await waiter
        except BaseException as gave_up:
            self._leave_line(waiter)
            if isinstance(gave_up, TimeoutError):
                raise Empty() from gave_up
            raise

    def _leave_line(self, waiter: asyncio.Future[ConnectionPoolEntry]) -> None:
        """A waiter gives up (timeout, cancellation): out of the line; a connection handed to it
        in the meantime goes on to the next in line, never lost."""
        if waiter.done() and not waiter.cancelled():
            self.put_nowait(waiter.result())
            return
        waiter.cancel()
        with contextlib.suppress(ValueError):
            self._waiters.remove(waiter)


class FairAsyncQueuePool(AsyncAdaptedQueuePool):
    """:class:`AsyncAdaptedQueuePool` with :class:`FairAsyncQueue`: same settings, fair waits."""

    _queue_class = FairAsyncQueue


POOL_WAITING = Gauge("mic_db_pool_waiting", "Requests waiting in line for a database connection", ["service"])
POOL_CHECKED_OUT = Gauge("mic_db_pool_checked_out", "Database connections in use", ["service"])


def export_pool_gauges(engine: AsyncEngine, service: str) -> None:
    """Pool use on ``/metrics``, read at scrape time (from the engine's current pool: disposing
    the engine replaces it): a line that keeps growing means ``<SERVICE>_DATABASE_POOL_SIZE`` is
    too small for the load."""

    def waiting() -> int:
        queue = getattr(engine.sync_engine.pool, "_pool", None)
        return queue.waiting if isinstance(queue, FairAsyncQueue) else 0

    def checked_out() -> int:
        pool = engine.sync_engine.pool
        return pool.checkedout() if isinstance(pool, QueuePool) else 0

    POOL_WAITING.labels(service).set_function(waiting)
    POOL_CHECKED_OUT.labels(service).set_function(checked_out)
