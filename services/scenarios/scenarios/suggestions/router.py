"""Ranked suggestions (`五(六)` 产业场景应用对接): offerings for a scenario, scenarios for an offering,
computed live from the held index, never stored."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from scenarios.offerings import service as offerings
from scenarios.scenarios import service as scenarios
from scenarios.suggestions import service
from scenarios.suggestions.holder import Matchmaker, matchmaker
from scenarios.suggestions.schemas import OfferingSuggestions, ScenarioSuggestions, SuggestionLimit
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses

router = APIRouter(prefix="/api/v1", tags=["matching"])
MatchmakerDep = Annotated[Matchmaker, Depends(matchmaker)]


@router.get(
    "/scenarios/{scenario_id}/matches",
    response_model=OfferingSuggestions,
    responses=problem_responses(401, 404, 422),
    summary="Active offerings ranked for a scenario the caller sees, best first, each explained",
    description=(
        "`explanation.matched_terms` lists the canonical terms both share, heaviest first, with the "
        "forms the scenario (`scenario_forms`) and the offering (`offering_forms`) wrote; "
        "`matched_tags` the tags both carry; `cluster_match` whether both name the same cluster. "
        "Offerings sharing nothing are left out; withdrawn ones (a revoked center's too) never appear."
    ),
)
async def offerings_for_scenario(
    scenario_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    held: MatchmakerDep,
    limit: SuggestionLimit = 10,
) -> OfferingSuggestions:
    async with session.begin():
        scenario = await scenarios.visible(session, principal, scenario_id)
        items = await service.offerings_for(session, held, scenario, limit=limit)
    return OfferingSuggestions(items=items)


@router.get(
    "/offerings/{offering_id}/matches",
    response_model=ScenarioSuggestions,
    responses=problem_responses(401, 404, 422),
    summary="Published and matching scenarios ranked for an offering, best first, each explained",
)
async def scenarios_for_offering(
    offering_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    held: MatchmakerDep,
    limit: SuggestionLimit = 10,
) -> ScenarioSuggestions:
    async with session.begin():
        offering = await offerings.get_offering(session, offering_id)
        items = await service.scenarios_for(session, held, offering, limit=limit)
    return ScenarioSuggestions(items=items)
