"""Event handlers: an upgrade in registry makes funding evaluate its subsidy by itself."""

from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers.handlers import on_center_changed
from funding.support_cases.evaluation import evaluate_upgrade
from shared.contracts.registry import CenterUpgraded
from shared.events import CloudEvent


async def on_center_upgraded(session: AsyncSession, event: CloudEvent) -> None:
    await on_center_changed(session, event)
    await evaluate_upgrade(session, event_id=event.id, body=CenterUpgraded.model_validate(event.data))
