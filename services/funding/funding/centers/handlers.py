"""Keep the center read model current from every ``registry.center`` event; a revocation
suspends the center's open support cases."""

from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers import parties
from funding.centers.models import CenterView
from funding.support_cases.actions import suspend_for_revocation
from shared.center_view import apply_snapshot, snapshot_of
from shared.contracts.registry import CenterStatusChanged
from shared.events import CloudEvent

REVOKED = "revoked"


async def on_center_changed(session: AsyncSession, event: CloudEvent) -> None:
    await apply_snapshot(session, CenterView, snapshot_of(event))


async def on_center_members(session: AsyncSession, event: CloudEvent) -> None:
    """A created center or a change of its members: its snapshot, and who it is made of."""
    await on_center_changed(session, event)
    await parties.apply_members(session, event)


async def on_center_governance_changed(session: AsyncSession, event: CloudEvent) -> None:
    await parties.apply_governance(session, event)


async def on_center_status_changed(session: AsyncSession, event: CloudEvent) -> None:
    await on_center_changed(session, event)
    body = CenterStatusChanged.model_validate(event.data)
    if body.to_status == REVOKED:
        await suspend_for_revocation(
            session, center_id=body.center.id, event_id=event.id, actor=body.actor, comment=body.comment
        )
