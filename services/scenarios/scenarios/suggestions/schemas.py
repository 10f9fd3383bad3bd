"""What a ranked suggestion looks like in JSON: the score and why, each shared term with the forms
the scenario and the offering wrote (机械臂 on one side, 工业机器人 on the other)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Query
from pydantic import BaseModel, Field

from scenarios.matching import Explanation
from scenarios.sides import Side

SuggestionLimit = Annotated[int, Query(ge=1, le=50, description="how many, best first (max 50)")]


class MatchedTermOut(BaseModel):
    term: str = Field(description="the canonical term both sides use")
    scenario_forms: list[str] = Field(description="how the scenario wrote it")
    offering_forms: list[str] = Field(description="how the offering wrote it")


class ExplanationOut(BaseModel):
    cluster_match: bool = Field(description="both name the same industry cluster")
    matched_terms: list[MatchedTermOut] = Field(description="shared terms, the heaviest first")
    matched_tags: list[str]


class OfferingSuggestion(BaseModel):
    offering_id: uuid.UUID
    center_id: uuid.UUID
    score: float
    explanation: ExplanationOut


class ScenarioSuggestion(BaseModel):
    scenario_id: uuid.UUID
    score: float
    explanation: ExplanationOut


class OfferingSuggestions(BaseModel):
    items: list[OfferingSuggestion]


class ScenarioSuggestions(BaseModel):
    items: list[ScenarioSuggestion]


NOTHING_SHARED = ExplanationOut(cluster_match=False, matched_terms=[], matched_tags=[])


def explanation_out(explanation: Explanation, *, asked_by: Side) -> ExplanationOut:
    """The engine's explanation with its sides named: the query is the scenario's or the offering's."""
    terms = [
        MatchedTermOut(
            term=t.term,
            scenario_forms=list(t.query_forms if asked_by is Side.SCENARIO else t.match_forms),
            offering_forms=list(t.match_forms if asked_by is Side.SCENARIO else t.query_forms),
        )
        for t in explanation.matched_terms
    ]
    return ExplanationOut(
        cluster_match=explanation.cluster_match,
        matched_terms=terms,
        matched_tags=list(explanation.matched_tags),
    )
