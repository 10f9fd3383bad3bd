"""What each of scenarios' enum values means, in Chinese and English (``GET /api/v1/meta/enums``)."""

from collections.abc import Mapping
from typing import Any

from scenarios.matches.schemas import MATCH_ACTION_LABELS, MATCH_STATUS_LABELS, SIDE_LABELS
from scenarios.matchmaking.schemas import (
    EVENT_ACTION_LABELS,
    EVENT_STATUS_LABELS,
    ORGANIZER_KIND_LABELS,
    OUTCOME_KIND_LABELS,
    PARTICIPANT_KIND_LABELS,
    REGISTRATION_ACTION_LABELS,
    REGISTRATION_STATUS_LABELS,
)
from scenarios.offerings.schemas import (
    MATURITY_LEVEL_LABELS,
    OFFERING_ACTION_LABELS,
    OFFERING_STATUS_LABELS,
    WITHDRAWAL_REASON_LABELS,
)
from scenarios.pilots.schemas import (
    EVIDENCE_KIND_LABELS,
    MILESTONE_LABELS,
    PILOT_OUTCOME_LABELS,
    PILOT_STATUS_LABELS,
)
from scenarios.scenarios.schemas import SCENARIO_ACTION_LABELS, SCENARIO_STATUS_LABELS
from shared.meta import Label

ENUM_LABELS: dict[str, Mapping[Any, Label]] = {
    "scenario_status": SCENARIO_STATUS_LABELS,
    "scenario_action": SCENARIO_ACTION_LABELS,
    "offering_status": OFFERING_STATUS_LABELS,
    "offering_action": OFFERING_ACTION_LABELS,
    "offering_withdrawal_reason": WITHDRAWAL_REASON_LABELS,
    "maturity_level": MATURITY_LEVEL_LABELS,
    "matchmaking_event_status": EVENT_STATUS_LABELS,
    "matchmaking_event_action": EVENT_ACTION_LABELS,
    "matchmaking_organizer_kind": ORGANIZER_KIND_LABELS,
    "matchmaking_registration_status": REGISTRATION_STATUS_LABELS,
    "matchmaking_registration_action": REGISTRATION_ACTION_LABELS,
    "matchmaking_participant_kind": PARTICIPANT_KIND_LABELS,
    "matchmaking_outcome_kind": OUTCOME_KIND_LABELS,
    "match_status": MATCH_STATUS_LABELS,
    "match_action": MATCH_ACTION_LABELS,
    "match_side": SIDE_LABELS,
    "pilot_status": PILOT_STATUS_LABELS,
    "pilot_milestone": MILESTONE_LABELS,
    "pilot_outcome": PILOT_OUTCOME_LABELS,
    "evidence_kind": EVIDENCE_KIND_LABELS,
}
