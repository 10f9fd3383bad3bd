"""Registry's event about a center's governance."""

from sqlalchemy.ext.asyncio import AsyncSession

from registry.governance.models import CenterGovernance
from registry.messaging import outbox
from shared.contracts import registry as contract
from shared.events import CloudEvent


async def governance_changed(session: AsyncSession, governance: CenterGovernance) -> None:
    """The whole new governance, so consumers never call back; ``version`` orders them."""
    body = contract.CenterGovernanceChanged(
        center_id=governance.center_id, version=governance.version, governance=governance.document
    )
    center_id = str(governance.center_id)
    event = CloudEvent(
        source=contract.SOURCE,
        type=contract.CENTER_GOVERNANCE_CHANGED,
        subject=center_id,
        data=body.model_dump(mode="json"),
    )
    await outbox.add(session, event, topic=contract.CENTER_TOPIC, key=center_id)
