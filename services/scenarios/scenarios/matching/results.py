"""A match and why: the score, and the terms, tags and cluster both sides share."""

from dataclasses import dataclass

from scenarios.matching.documents import DocumentId


@dataclass(frozen=True, slots=True)
class MatchedTerm:
    """A canonical term both sides use, with the forms each wrote (机械臂 on one, 工业机器人 on the other)."""

    term: str
    query_forms: tuple[str, ...]
    match_forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """What a score rests on; ``matched_terms`` best first (by their share of the text score)."""

    cluster_match: bool
    matched_terms: tuple[MatchedTerm, ...]
    matched_tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OfferingMatch:
    """An offering found for a scenario."""

    offering_id: DocumentId
    center_id: DocumentId
    score: float
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class ScenarioMatch:
    """A scenario found for an offering."""

    scenario_id: DocumentId
    score: float
    explanation: Explanation
