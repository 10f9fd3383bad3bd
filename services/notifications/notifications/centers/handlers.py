"""Keep the center read model current from every ``registry.center`` snapshot event."""

from sqlalchemy.ext.asyncio import AsyncSession

from notifications.centers.models import CenterView
from shared.center_view import apply_snapshot, snapshot_of
from shared.events import CloudEvent


async def on_center_changed(session: AsyncSession, event: CloudEvent) -> None:
    await apply_snapshot(session, CenterView, snapshot_of(event))
