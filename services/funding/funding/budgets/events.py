"""Budget events through the outbox, in the caller's transaction."""

from sqlalchemy.ext.asyncio import AsyncSession

from funding.budgets.models import Budget, BudgetMovement
from funding.messaging import outbox
from shared.contracts import funding as contract
from shared.events import CloudEvent


async def budget_changed(session: AsyncSession, budget: Budget, movement: BudgetMovement) -> None:
    body = contract.BudgetChanged(
        budget_id=budget.id,
        year=budget.year,
        category=budget.category,
        movement=movement.kind,
        amount=movement.amount,
        reference=movement.reference,
        actor=movement.actor,
        allocated=movement.allocated_after,
        committed=movement.committed_after,
        disbursed=movement.disbursed_after,
        available=movement.allocated_after - movement.committed_after - movement.disbursed_after,
        occurred_at=movement.created_at,
    )
    event = CloudEvent(
        source=contract.SOURCE,
        type=contract.BUDGET_CHANGED,
        subject=str(budget.id),
        data=body.model_dump(mode="json"),
    )
    await outbox.add(session, event, topic=contract.BUDGET_TOPIC, key=str(budget.id))
