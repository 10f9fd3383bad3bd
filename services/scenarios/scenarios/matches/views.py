"""A match as responses show it."""

from scenarios.matches.models import Match
from scenarios.matches.schemas import MatchOut
from scenarios.matches.workflow import MatchStatus, allowed_actions
from scenarios.sides import Side
from scenarios.suggestions.schemas import ExplanationOut


def match_out(match: Match) -> MatchOut:
    status = MatchStatus(match.status)
    return MatchOut(
        id=match.id,
        scenario_id=match.scenario_id,
        offering_id=match.offering_id,
        center_id=match.center_id,
        status=status,
        allowed_actions=allowed_actions(status),
        note=match.note,
        score=match.score,
        explanation=ExplanationOut.model_validate(match.explanation),
        proposed_by=match.proposed_by,
        proposed_side=Side(match.proposed_side),
        scenario_accepted_by=match.scenario_accepted_by,
        scenario_accepted_at=match.scenario_accepted_at,
        center_accepted_by=match.center_accepted_by,
        center_accepted_at=match.center_accepted_at,
        version=match.version,
        created_at=match.created_at,
        updated_at=match.updated_at,
    )
