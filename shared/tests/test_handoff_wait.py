"""A committer waits for its own relay to publish what it committed: until settled, and never long."""

from __future__ import annotations

import asyncio
import time

from shared.outbox import CommittedRow, Handoff


def rows(*ids: int) -> list[CommittedRow]:
    return [CommittedRow(row_id, "topic", "key", {}) for row_id in ids]


def leading_handoff(*, publish_wait_s: float, limit: int = 10_000) -> Handoff:
    """A hand-off whose relay holds the service's lead (the relay sets this while it leads)."""
    handoff = Handoff(limit, publish_wait_s=publish_wait_s)
    handoff.leading = True
    return handoff


async def test_the_committer_goes_on_as_soon_as_the_relay_settles_its_rows() -> None:
    handoff = leading_handoff(publish_wait_s=5.0)
    handoff.offer(rows(1, 2))
    order: list[str] = []

    async def relay() -> None:
        await handoff.signal.wait()
        taken = handoff.take()
        order.append("published")
        handoff.settle(row.id for row in taken)

    task = asyncio.create_task(relay())
    started = time.perf_counter()
    await handoff.wait_published([1, 2])
    order.append("committer goes on")
    await task
    assert order == ["published", "committer goes on"]
    assert time.perf_counter() - started < 1.0


async def test_an_unpublished_row_holds_the_committer_only_for_the_bound() -> None:
    handoff = leading_handoff(publish_wait_s=0.05)
    handoff.offer(rows(7))
    started = time.perf_counter()
    await handoff.wait_published([7])
    waited = time.perf_counter() - started
    assert 0.04 <= waited < 1.0
    handoff.settle([7])  # a late settle finds no waiter left behind
    await handoff.wait_published([7])  # settled: no wait at all


async def test_rows_already_settled_or_never_offered_and_a_zero_bound_never_wait() -> None:
    handoff = leading_handoff(publish_wait_s=5.0)
    handoff.offer(rows(1))
    handoff.discard([1])  # claimed from the table by the relay's sweep
    started = time.perf_counter()
    await handoff.wait_published([1, 99])
    no_wait = leading_handoff(publish_wait_s=0.0)
    no_wait.offer(rows(3))
    await no_wait.wait_published([3])
    not_leading = Handoff(publish_wait_s=5.0)  # another replica's relay leads: nobody here publishes
    not_leading.offer(rows(4))
    await not_leading.wait_published([4])
    assert time.perf_counter() - started < 1.0


async def test_rows_dropped_over_the_bound_release_their_committer() -> None:
    handoff = leading_handoff(limit=1, publish_wait_s=5.0)
    handoff.offer(rows(1))
    waiter = asyncio.create_task(handoff.wait_published([1]))
    await asyncio.sleep(0)
    handoff.offer(rows(2))  # row 1 dropped: the table sweep publishes it, not the hand-off
    await asyncio.wait_for(waiter, 1.0)
    assert handoff.take_sweep()
