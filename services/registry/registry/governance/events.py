"""Registry's event about a center's governance.

The contract model (``CenterGovernanceChanged``) is not in ``shared.contracts.registry`` yet;
until it is, the data is built here as a plain dict of the same shape.
"""

from sqlalchemy.ext.asyncio import AsyncSession

from registry.governance.models import CenterGovernance
from registry.messaging import outbox
from shared.contracts.registry import CENTER_TOPIC, SOURCE
from shared.events import CloudEvent

CENTER_GOVERNANCE_CHANGED = "gz.mic.registry.center.governance_changed.v1"


async def governance_changed(session: AsyncSession, governance: CenterGovernance) -> None:
    """The whole new governance, so consumers never call back; ``version`` orders them."""
    center_id = str(governance.center_id)
    data: dict[str, object] = {
        "center_id": center_id,
        "version": governance.version,
        "governance": governance.document,
    }
    event = CloudEvent(source=SOURCE, type=CENTER_GOVERNANCE_CHANGED, subject=center_id, data=data)
    await outbox.add(session, event, topic=CENTER_TOPIC, key=center_id)
