"""The match's event: announced once both sides accepted it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.events import publish
from scenarios.matches.models import Match
from shared.contracts import scenarios as contract


async def announce_accepted(
    session: AsyncSession, match: Match, *, accepted_by: str, at: dt.datetime
) -> None:
    body = contract.MatchAccepted(
        match_id=match.id,
        scenario_id=match.scenario_id,
        offering_id=match.offering_id,
        center_id=match.center_id,
        score=match.score,
        proposed_by=match.proposed_by,
        proposed_side="scenario" if match.proposed_side == "scenario" else "center",
        accepted_by=accepted_by,
        accepted_at=at,
    )
    await publish(session, topic=contract.MATCH_TOPIC, type_=contract.MATCH_ACCEPTED, key=match.id, body=body)
