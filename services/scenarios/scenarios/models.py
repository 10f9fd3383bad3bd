"""Every ORM model of scenarios, imported here so Alembic sees the whole metadata."""

from scenarios.audit import AuditEntry
from scenarios.base import Base
from scenarios.centers.models import CenterView
from scenarios.idempotency import IdempotencyRecord
from scenarios.matches.models import Match, MatchStep
from scenarios.matchmaking.models import (
    MatchmakingEvent,
    MatchmakingEventScenario,
    MatchmakingEventStep,
    MatchmakingOutcome,
    MatchmakingRegistration,
)
from scenarios.messaging import InboxRecord, OutboxRecord
from scenarios.offerings.models import Offering, OfferingStep, OfferingTag
from scenarios.pilots.models import Pilot, PilotEvidence, PilotMilestone
from scenarios.scenarios.models import Scenario, ScenarioDataResource, ScenarioStep, ScenarioTag

__all__ = [
    "AuditEntry",
    "Base",
    "CenterView",
    "IdempotencyRecord",
    "InboxRecord",
    "Match",
    "MatchStep",
    "MatchmakingEvent",
    "MatchmakingEventScenario",
    "MatchmakingEventStep",
    "MatchmakingOutcome",
    "MatchmakingRegistration",
    "Offering",
    "OfferingStep",
    "OfferingTag",
    "OutboxRecord",
    "Pilot",
    "PilotEvidence",
    "PilotMilestone",
    "Scenario",
    "ScenarioDataResource",
    "ScenarioStep",
    "ScenarioTag",
]
