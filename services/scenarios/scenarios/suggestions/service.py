"""Rank live: offerings for a scenario, scenarios for an offering, and one pair's score for a
proposal (what it was when the match was proposed)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.matching import rank_offerings, rank_scenarios
from scenarios.offerings.models import Offering
from scenarios.scenarios.models import Scenario
from scenarios.sides import Side
from scenarios.suggestions.holder import Matchmaker, offering_document, scenario_document
from scenarios.suggestions.schemas import (
    NOTHING_SHARED,
    ExplanationOut,
    OfferingSuggestion,
    ScenarioSuggestion,
    explanation_out,
)


async def offerings_for(
    session: AsyncSession, matchmaker: Matchmaker, scenario: Scenario, *, limit: int
) -> list[OfferingSuggestion]:
    index = await matchmaker.offering_index(session)
    return [
        OfferingSuggestion(
            offering_id=uuid.UUID(str(m.offering_id)),
            center_id=uuid.UUID(str(m.center_id)),
            score=m.score,
            explanation=explanation_out(m.explanation, asked_by=Side.SCENARIO),
        )
        for m in rank_offerings(index, scenario_document(scenario), limit=limit)
    ]


async def scenarios_for(
    session: AsyncSession, matchmaker: Matchmaker, offering: Offering, *, limit: int
) -> list[ScenarioSuggestion]:
    index = await matchmaker.scenario_index(session)
    return [
        ScenarioSuggestion(
            scenario_id=uuid.UUID(str(m.scenario_id)),
            score=m.score,
            explanation=explanation_out(m.explanation, asked_by=Side.CENTER),
        )
        for m in rank_scenarios(index, offering_document(offering), limit=limit)
    ]


async def pair(
    session: AsyncSession, matchmaker: Matchmaker, scenario: Scenario, offering: Offering
) -> tuple[float, ExplanationOut]:
    """The offering's score and explanation among every open offering (0 when they share nothing)."""
    index = await matchmaker.offering_index(session)
    for found in await offerings_for(session, matchmaker, scenario, limit=len(index)):
        if found.offering_id == offering.id:
            return found.score, found.explanation
    return 0.0, NOTHING_SHARED
