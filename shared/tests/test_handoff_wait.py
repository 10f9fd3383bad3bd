"""A committer waits for its own relay to publish what it committed: until settled, and never long.

No timings are asserted: a wait that should not happen uses a bound far beyond the guard
(``asyncio.wait_for``) that fails the test if it does.
"""

from __future__ import annotations

import asyncio

from shared.outbox import CommittedRow, Handoff

GUARD_S = 10.0  # fails the test if a wait that should end does not
NEVER_S = 3600.0  # a bound no passing test reaches


def rows(*ids: int) -> list[CommittedRow]:
    return [CommittedRow(row_id, "topic", "key", {}) for row_id in ids]


def leading_handoff(*, publish_wait_s: float, limit: int = 10_000) -> Handoff:
    """A hand-off whose relay holds the service's lead (the relay sets this while it leads)."""
    handoff = Handoff(limit, publish_wait_s=publish_wait_s)
    handoff.leading = True
    return handoff


async def test_the_committer_goes_on_as_soon_as_the_relay_settles_its_rows() -> None:
    handoff = leading_handoff(publish_wait_s=NEVER_S)
    handoff.offer(rows(1, 2))
    order: list[str] = []

    async def relay() -> None:
        await handoff.signal.wait()
        taken = handoff.take()
        order.append("published")
        handoff.settle(row.id for row in taken)

    task = asyncio.create_task(relay())
    await asyncio.wait_for(handoff.wait_published([1, 2]), GUARD_S)
    order.append("committer goes on")
    await task
    assert order == ["published", "committer goes on"]


async def test_an_unpublished_row_holds_the_committer_only_for_the_bound() -> None:
    handoff = leading_handoff(publish_wait_s=0.05)
    handoff.offer(rows(7))
    await asyncio.wait_for(handoff.wait_published([7]), GUARD_S)  # never settled: the bound ends it
    assert 7 not in handoff._waiters  # and leaves no waiter behind
    handoff.publish_wait_s = NEVER_S
    handoff.settle([7])
    await asyncio.wait_for(handoff.wait_published([7]), GUARD_S)  # settled: no wait at all


async def test_rows_already_settled_or_never_offered_and_a_zero_bound_never_wait() -> None:
    handoff = leading_handoff(publish_wait_s=NEVER_S)
    handoff.offer(rows(1))
    handoff.discard([1])  # claimed from the table by the relay's sweep
    await asyncio.wait_for(handoff.wait_published([1, 99]), GUARD_S)
    no_wait = leading_handoff(publish_wait_s=0.0)
    no_wait.offer(rows(3))
    await asyncio.wait_for(no_wait.wait_published([3]), GUARD_S)
    not_leading = Handoff(publish_wait_s=NEVER_S)  # another replica's relay leads: nobody here publishes
    not_leading.offer(rows(4))
    await asyncio.wait_for(not_leading.wait_published([4]), GUARD_S)


async def test_rows_dropped_over_the_bound_release_their_committer() -> None:
    handoff = leading_handoff(limit=1, publish_wait_s=NEVER_S)
    handoff.offer(rows(1))
    waiter = asyncio.create_task(handoff.wait_published([1]))
    await asyncio.sleep(0)
    handoff.offer(rows(2))  # row 1 dropped: the table sweep publishes it, not the hand-off
    await asyncio.wait_for(waiter, GUARD_S)
    assert handoff.take_sweep()
