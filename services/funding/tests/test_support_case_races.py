"""A case's own races (issue 24: core promises proved): the same officer's second approval sent
twice at once succeeds once, and tranches paid at once never add up beyond the approved amount."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from sqlalchemy import select

from funding.budgets.models import BudgetMovement
from services.funding.tests.workflow_fixtures import (
    Actors,
    a_budget,
    act,
    approved_case,
    ok,
    people,
    producer,
    stack,
    tranche,
    upgraded_case,
)
from shared.kafka import AIOKafkaProducer
from shared.testing.services import runtime_of
from tests.stack import Stack

__all__ = ["people", "producer", "stack"]  # module fixtures

PROVINCIAL_GRANT = Decimal("10000000.00")


async def _movements(stack: Stack, case_id: str) -> list[tuple[str, Decimal]]:
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        rows = await session.scalars(select(BudgetMovement).where(BudgetMovement.reference.contains(case_id)))
        return sorted((m.kind, m.amount) for m in rows)


async def test_the_second_approval_sent_twice_at_once_by_one_officer_succeeds_once(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    await a_budget(stack.funding, people.admin, allocated="500000000.00")
    case = await upgraded_case(stack, producer, people)
    await ok(stack.funding, people.admin, case["id"], "select_option", option="grant")
    await ok(stack.funding, people.officer_a, case["id"], "approve")
    responses = await asyncio.gather(
        *(act(stack.funding, people.officer_b, case["id"], "approve") for _ in range(2))
    )
    assert sorted(r.status_code for r in responses) == [200, 409], [r.text for r in responses]
    [done] = [r.json() for r in responses if r.status_code == 200]
    assert done["status"] == "approved"
    # One commitment of the budget, not two.
    assert await _movements(stack, case["id"]) == [("commit", PROVINCIAL_GRANT)]


async def test_tranches_paid_at_once_never_exceed_the_approved_amount(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    await a_budget(stack.funding, people.admin, allocated="500000000.00")
    case = await approved_case(stack, producer, people)
    # Six tranches of ¥3,000,000 against ¥10,000,000 approved: at most three fit.
    responses = await asyncio.gather(
        *(
            act(stack.funding, people.officer_a, case["id"], "disburse", **tranche("3000000.00"))
            for _ in range(6)
        )
    )
    paid = [r for r in responses if r.status_code == 200]
    assert len(paid) == 3, [r.text for r in responses]
    assert {r.status_code for r in responses if r.status_code != 200} == {409}
    disbursed = [amount for kind, amount in await _movements(stack, case["id"]) if kind == "disburse"]
    assert disbursed == [Decimal("3000000.00")] * 3
    assert sum(disbursed) <= PROVINCIAL_GRANT
    last = await ok(stack.funding, people.officer_a, case["id"], "disburse", **tranche("1000000.00"))
    assert last["status"] == "disbursed"
    refused = await act(stack.funding, people.officer_a, case["id"], "disburse", **tranche("0.01"))
    assert refused.status_code == 409, refused.text
