"""The scenario lifecycle and the offering workflow as pure tables: every action from every status,
and who counts as whom. No I/O."""

from __future__ import annotations

import pytest

from scenarios.offerings import workflow as offerings
from scenarios.scenarios import workflow as scenarios
from shared.auth import Role

S = scenarios.ScenarioStatus
A = scenarios.ScenarioAction

# The lifecycle as the brief states it, written out independently of the table.
SCENARIO_MOVES = {
    (A.PUBLISH, S.DRAFT): S.PUBLISHED,
    (A.START_MATCHING, S.PUBLISHED): S.MATCHING,
    (A.START_PILOT, S.MATCHING): S.PILOTING,
    (A.COMPLETE, S.PILOTING): S.COMPLETED,
    (A.CLOSE, S.DRAFT): S.CLOSED,
    (A.CLOSE, S.PUBLISHED): S.CLOSED,
    (A.CLOSE, S.MATCHING): S.CLOSED,
    (A.CLOSE, S.PILOTING): S.CLOSED,
}


@pytest.mark.parametrize("action", list(A))
@pytest.mark.parametrize("status", list(S))
def test_each_scenario_action_moves_exactly_the_statuses_it_should(
    action: scenarios.ScenarioAction, status: scenarios.ScenarioStatus
) -> None:
    assert scenarios.next_status(action, status) == SCENARIO_MOVES.get((action, status))


def test_completed_and_closed_scenarios_are_final_and_every_open_one_may_close() -> None:
    assert scenarios.allowed_actions(S.COMPLETED) == []
    assert scenarios.allowed_actions(S.CLOSED) == []
    assert scenarios.allowed_actions(S.DRAFT) == [A.PUBLISH, A.CLOSE]
    assert all(
        A.CLOSE in scenarios.allowed_actions(s) for s in (S.DRAFT, S.PUBLISHED, S.MATCHING, S.PILOTING)
    )


@pytest.mark.parametrize(
    ("roles", "own", "kinds"),
    [
        ({Role.SCENARIO_PUBLISHER}, True, {scenarios.Actor.OWN_PUBLISHER}),
        ({Role.SCENARIO_PUBLISHER}, False, set()),
        ({Role.MUNICIPAL_ADMIN}, False, {scenarios.Actor.CITY}),
        ({Role.DISTRICT_ADMIN}, True, set()),
        ({Role.CENTER_USER}, True, set()),
    ],
)
def test_only_the_own_publisher_and_the_city_act_on_a_scenario(
    roles: set[Role], own: bool, kinds: set[scenarios.Actor]
) -> None:
    found = scenarios.actor_kinds(frozenset(roles), own=own)
    assert found == kinds
    assert all(scenarios.may_take(action, found) is bool(kinds) for action in A)


OS = offerings.OfferingStatus
OA = offerings.OfferingAction


@pytest.mark.parametrize("action", list(OA))
@pytest.mark.parametrize("status", list(OS))
def test_an_offering_is_withdrawn_when_active_and_reactivated_when_withdrawn(
    action: offerings.OfferingAction, status: offerings.OfferingStatus
) -> None:
    moves = {(OA.WITHDRAW, OS.ACTIVE): OS.WITHDRAWN, (OA.REACTIVATE, OS.WITHDRAWN): OS.ACTIVE}
    assert offerings.next_status(action, status) == moves.get((action, status))


def test_an_offering_is_written_by_its_own_centers_user_or_the_city() -> None:
    assert offerings.actor_kinds(frozenset({Role.CENTER_USER}), own_center=True) == {
        offerings.Actor.OWN_CENTER
    }
    assert offerings.actor_kinds(frozenset({Role.CENTER_USER}), own_center=False) == set()
    assert offerings.actor_kinds(frozenset({Role.MUNICIPAL_ADMIN}), own_center=False) == {
        offerings.Actor.CITY
    }
    assert offerings.actor_kinds(frozenset({Role.SCENARIO_PUBLISHER}), own_center=True) == set()
    assert offerings.roles_for(OA.REACTIVATE) == {Role.CENTER_USER, Role.MUNICIPAL_ADMIN}
