"""Every enum value the scenarios API uses has a zh and an en label (DESIGN 7: ``GET /api/v1/meta/enums``)."""

from __future__ import annotations

import enum

import pytest

from scenarios import sides
from scenarios.matches import workflow as matches
from scenarios.matchmaking import places
from scenarios.matchmaking import schemas as matchmaking
from scenarios.matchmaking import workflow as events
from scenarios.meta.labels import ENUM_LABELS
from scenarios.offerings import workflow as offerings
from scenarios.pilots import workflow as pilots
from scenarios.scenarios import workflow as scenarios
from services.scenarios.tests.scenario_fixtures import ScenariosEnv

EXPECTED: dict[str, type[enum.Enum]] = {
    "scenario_status": scenarios.ScenarioStatus,
    "scenario_action": scenarios.ScenarioAction,
    "offering_status": offerings.OfferingStatus,
    "offering_action": offerings.OfferingAction,
    "offering_withdrawal_reason": offerings.WithdrawalReason,
    "maturity_level": offerings.MaturityLevel,
    "matchmaking_event_status": events.EventStatus,
    "matchmaking_event_action": events.EventAction,
    "matchmaking_organizer_kind": events.OrganizerKind,
    "matchmaking_registration_status": places.RegistrationStatus,
    "matchmaking_registration_action": matchmaking.RegistrationAction,
    "matchmaking_participant_kind": places.ParticipantKind,
    "matchmaking_outcome_kind": matchmaking.OutcomeKind,
    "match_status": matches.MatchStatus,
    "match_action": matches.MatchAction,
    "match_side": sides.Side,
    "pilot_status": pilots.PilotStatus,
    "pilot_milestone": pilots.Milestone,
    "pilot_outcome": pilots.PilotOutcome,
    "evidence_kind": pilots.EvidenceKind,
}


def test_every_labelled_enum_is_checked_here() -> None:
    assert set(ENUM_LABELS) == set(EXPECTED)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_value_of_the_enum_has_a_zh_and_an_en_label(name: str) -> None:
    labels = ENUM_LABELS[name]
    assert set(labels) == set(EXPECTED[name])
    assert all(zh and en and zh != en for zh, en in labels.values())


async def test_the_enums_endpoint_serves_every_label_without_a_token(env: ScenariosEnv) -> None:
    response = await env.api.get("/api/v1/meta/enums")
    assert response.status_code == 200, response.text
    served = response.json()
    assert {v["value"] for v in served["maturity_level"]} == {m.value for m in offerings.MaturityLevel}
    assert {"value": "piloting", "zh": "试点验证中", "en": "piloting"} in served["scenario_status"]
