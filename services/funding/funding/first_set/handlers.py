"""A successful pilot in scenarios makes the offering catalogue-eligible here (`五(五)`, `五(六)`).

The consumer's inbox skips a redelivered event; a second pilot of the same offering changes
nothing (one row per offering, the first success kept) and publishes nothing.
"""

from sqlalchemy.ext.asyncio import AsyncSession

from funding.first_set import repository
from funding.investments import access
from shared.contracts import funding_programmes as contract
from shared.contracts.scenarios import PilotCompleted
from shared.db import utcnow
from shared.events import CloudEvent


async def on_pilot_completed(session: AsyncSession, event: CloudEvent) -> None:
    body = PilotCompleted.model_validate(event.data)
    if body.outcome != "successful":
        return
    now = utcnow()
    made_eligible = await repository.add_eligible_offering(
        session,
        {
            "id": body.offering_id,
            "offering_name": body.offering_name,
            "center_id": body.center_id,
            "pilot_id": body.pilot_id,
            "scenario_id": body.scenario_id,
            "scenario_title": body.scenario_title,
            "completed_on": body.completed_on,
            "source_event_id": event.id,
            "created_at": now,
        },
    )
    if made_eligible:
        await access.publish(
            session,
            topic=contract.OFFERING_TOPIC,
            type_=contract.OFFERING_CATALOGUE_ELIGIBLE,
            key=body.offering_id,
            body=contract.OfferingCatalogueEligible(
                offering_id=body.offering_id,
                offering_name=body.offering_name,
                center_id=body.center_id,
                pilot_id=body.pilot_id,
                completed_on=body.completed_on,
                marked_at=now,
            ),
        )
