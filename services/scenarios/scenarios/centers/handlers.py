"""Keep the center read model current from every ``registry.center`` event; a revocation
withdraws the center's offerings from matching, in the event's transaction."""

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.centers.models import CenterView
from scenarios.centers.revocation import REVOKED
from scenarios.offerings.service import withdraw_for_revoked_center
from shared.center_view import apply_snapshot, snapshot_of
from shared.contracts.registry import CenterStatusChanged
from shared.events import CloudEvent


async def on_center_changed(session: AsyncSession, event: CloudEvent) -> None:
    await apply_snapshot(session, CenterView, snapshot_of(event))


async def on_center_status_changed(session: AsyncSession, event: CloudEvent) -> None:
    """The snapshot first (its row is what creates and reactivations hold), then the offerings."""
    await on_center_changed(session, event)
    body = CenterStatusChanged.model_validate(event.data)
    if body.to_status == REVOKED:
        await withdraw_for_revoked_center(
            session, center_id=body.center.id, actor=body.actor, comment=body.comment, event_id=event.id
        )
