"""No overspend under concurrency (issue 4): 50 concurrent second approvals over HTTP against a
budget that fits only some of them commit exactly as many as fit; the rest get 409."""

from __future__ import annotations

import asyncio
import uuid
from decimal import Decimal

from sqlalchemy import func, select

from funding.budgets.models import BudgetMovement
from services.funding.tests.workflow_fixtures import (
    Actors,
    act,
    budget,
    cases_in_db,
    create_budget,
    ok,
    people,
    producer,
    stack,
)
from shared.contracts import registry
from shared.kafka import AIOKafkaProducer
from shared.testing.services import eventually, runtime_of
from tests.events import publish, upgraded_event
from tests.problems import problem_of
from tests.stack import Stack

__all__ = ["people", "producer", "stack"]  # module fixtures

APPROVALS = 50
FITS = 17  # provincial grants of ¥10,000,000.00 each


async def test_fifty_concurrent_approvals_commit_exactly_as_many_as_the_budget_fits(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    city = await create_budget(
        stack.funding, people.admin, allocated=f"{FITS * Decimal('10000000.00') + Decimal('9999999.99'):.2f}"
    )
    centers = [uuid.uuid4() for _ in range(APPROVALS)]
    for center_id in centers:
        await publish(producer, registry.CENTER_TOPIC, upgraded_event(center_id=center_id))
    rows = await eventually(lambda: cases_in_db(stack, centers), timeout=120, what="50 support cases")
    cases = [{"id": str(row.id)} for row in rows]
    for case in cases:
        await ok(stack.funding, people.admin, case["id"], "select_option", option="grant")
        await ok(stack.funding, people.officer_a, case["id"], "approve")

    responses = await asyncio.gather(
        *(act(stack.funding, people.officer_b, c["id"], "approve") for c in cases)
    )

    approved = [r for r in responses if r.status_code == 200]
    refused = [r for r in responses if r.status_code != 200]
    assert len(approved) == FITS
    assert len(refused) == APPROVALS - FITS
    for response in refused:
        problem_of(response, 409, "budget-exceeded")
    after = await budget(stack.funding, people.admin, city["id"])
    assert Decimal(after["committed"]) == FITS * Decimal("10000000.00")
    assert Decimal(after["committed"]) <= Decimal(after["allocated"])
    assert after["available"] == "9999999.99"
    runtime = runtime_of(stack.apps["funding"])
    async with runtime.sessionmaker() as session:
        commits = await session.scalar(
            select(func.count()).select_from(BudgetMovement).where(BudgetMovement.kind == "commit")
        )
    assert commits == FITS
    statuses = sorted(r.json()["status"] for r in approved)
    assert statuses == ["approved"] * FITS
