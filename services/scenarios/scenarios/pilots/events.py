"""The pilot's events: every milestone completed, and the pilot's end (``PilotCompleted``, which
funding consumes for the procurement catalogues, `五(五)`)."""

from __future__ import annotations

from typing import Literal, cast

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.events import publish
from scenarios.pilots.models import Pilot, PilotMilestone
from shared.china_time import china_today
from shared.contracts import scenarios as contract

MilestoneName = Literal["verification", "iteration", "demonstration"]


async def announce_milestone(session: AsyncSession, pilot: Pilot, row: PilotMilestone) -> None:
    body = contract.PilotMilestoneCompleted(
        pilot_id=pilot.id,
        match_id=pilot.match_id,
        scenario_id=pilot.scenario_id,
        offering_id=pilot.offering_id,
        center_id=pilot.center_id,
        milestone=cast(MilestoneName, row.milestone),
        position=row.position,
        summary=row.summary,
        evidence=[
            contract.PilotEvidence(title=e.title, url=e.url, document_ref=e.document_ref, kind=e.kind)
            for e in row.evidence
        ],
        completed_by=row.completed_by,
        completed_at=row.completed_at,
    )
    await publish(
        session, topic=contract.PILOT_TOPIC, type_=contract.PILOT_MILESTONE_COMPLETED, key=pilot.id, body=body
    )


async def announce_completed(
    session: AsyncSession, pilot: Pilot, *, scenario_title: str, offering_name: str
) -> None:
    body = contract.PilotCompleted(
        pilot_id=pilot.id,
        scenario_id=pilot.scenario_id,
        scenario_title=scenario_title,
        offering_id=pilot.offering_id,
        offering_name=offering_name,
        center_id=pilot.center_id,
        outcome=cast(contract.PilotOutcome, pilot.outcome),
        completed_on=china_today(),
        summary=pilot.summary,
    )
    await publish(
        session, topic=contract.PILOT_TOPIC, type_=contract.PILOT_COMPLETED, key=pilot.id, body=body
    )
