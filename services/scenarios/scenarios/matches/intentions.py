"""An intention signed at a matchmaking event (产业场景应用对接, 五(六)) feeds the pilot pipeline:
both parties signed, so it is a match both sides accepted — ready to become a pilot.

Recorded in the outcome's own transaction (one service, one database: no event round trip).
A pair already proposed is accepted by the intention; one already accepted stays as it is; one a
side declined stays declined — a person said no in the platform, and the signed intention is on
record beside it for the bureau to look at; a withdrawn offering (its center revoked, say) gets
no match.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.matches import repository
from scenarios.matches.models import Match
from scenarios.matches.service import new_match, settle
from scenarios.matches.workflow import MatchAction, MatchStatus
from scenarios.matchmaking.models import MatchmakingOutcome
from scenarios.offerings.models import Offering
from scenarios.offerings.workflow import OfferingStatus
from scenarios.scenarios.models import Scenario
from scenarios.sides import Side
from scenarios.suggestions.holder import Matchmaker
from shared.db import utcnow

VIA = "matchmaking_event"


async def accept_signed_intention(
    session: AsyncSession,
    outcome: MatchmakingOutcome,
    scenario: Scenario,
    offering: Offering,
    *,
    matchmaker: Matchmaker,
) -> Match | None:
    """The pair's match accepted by both sides on the strength of the signed intention; None when a
    side had declined it or the offering is withdrawn."""
    if offering.status != OfferingStatus.ACTIVE.value:
        return None
    match = await repository.of_pair(session, scenario.id, offering.id)
    if match is not None and match.status != MatchStatus.PROPOSED.value:
        return match if match.status == MatchStatus.ACCEPTED.value else None
    if match is None:
        match = await new_match(
            session,
            matchmaker,
            scenario,
            offering,
            proposed_by=outcome.recorded_by,
            side=Side.SCENARIO,
            note=outcome.note,
        )
        session.add(match)
    signer, now = f"{VIA}:{outcome.event_id}", utcnow()
    if match.scenario_accepted_at is None:
        match.scenario_accepted_by, match.scenario_accepted_at = signer, now
    if match.center_accepted_at is None:
        match.center_accepted_by, match.center_accepted_at = signer, now
    await settle(
        session,
        match,
        MatchAction.ACCEPT,
        MatchStatus.PROPOSED,
        MatchStatus.ACCEPTED,
        note=f"intention signed on {outcome.signed_on} at matchmaking event {outcome.event_id}",
        acted_by=outcome.recorded_by,
        acted_as=VIA,
    )
    return match
