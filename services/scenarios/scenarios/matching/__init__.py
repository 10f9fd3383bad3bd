"""Matching scenarios and offerings (issue 14, DESIGN 5): Chinese text, cluster and tags, explained.

Build an ``Analyzer`` once per process and a ``MatchIndex`` per side (offerings, scenarios) once
per version of the documents; query with ``rank_offerings`` and ``rank_scenarios``.
"""

from scenarios.matching.documents import DocumentId, Offering, Scenario
from scenarios.matching.ranking import (
    MatchIndex,
    OfferingIndex,
    ScenarioIndex,
    rank_offerings,
    rank_scenarios,
)
from scenarios.matching.results import Explanation, MatchedTerm, OfferingMatch, ScenarioMatch
from scenarios.matching.scoring import WEIGHTS, Weights
from scenarios.matching.text import Analyzer

__all__ = [
    "WEIGHTS",
    "Analyzer",
    "DocumentId",
    "Explanation",
    "MatchIndex",
    "MatchedTerm",
    "Offering",
    "OfferingIndex",
    "OfferingMatch",
    "Scenario",
    "ScenarioIndex",
    "ScenarioMatch",
    "Weights",
    "rank_offerings",
    "rank_scenarios",
]
