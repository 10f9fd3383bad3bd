"""Event handlers: an upgrade in registry makes funding evaluate its subsidy by itself."""

from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers.models import CenterView
from funding.support_cases.evaluation import evaluate_upgrades
from shared.center_view import snapshots_write
from shared.contracts.registry import CenterUpgraded
from shared.events import CloudEvent


async def on_center_upgraded(session: AsyncSession, event: CloudEvent) -> None:
    """One upgrade, as a run of one."""
    await on_centers_upgraded(session, [event])


async def on_centers_upgraded(session: AsyncSession, events: list[CloudEvent]) -> None:
    """A run of upgrades, set-based: the read model and the cases written together."""
    upgrades = [(event.id, CenterUpgraded.model_validate(event.data)) for event in events]
    view = snapshots_write(session, CenterView, [body.center for _, body in upgrades])
    await evaluate_upgrades(session, upgrades, together_with=[view])
