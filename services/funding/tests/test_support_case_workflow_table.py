"""The support-case workflow table as pure logic: every action × every status, every actor rule."""

from __future__ import annotations

import pytest

from funding.support_cases.workflow import (
    FINAL,
    SUSPENDABLE,
    TRANSITIONS,
    Action,
    Actor,
    Status,
    actor_kinds,
    allowed_from,
    may_take,
    roles_for,
)
from shared.auth import Role

S = Status
EXPECTED_SOURCES: dict[Action, set[Status]] = {
    Action.SELECT_OPTION: {S.EVALUATED, S.OPTION_SELECTED},
    Action.APPROVE: {S.OPTION_SELECTED},
    Action.REJECT: {S.EVALUATED, S.OPTION_SELECTED, S.NEEDS_REVIEW, S.APPROVED},
    Action.DISBURSE: {S.APPROVED},
    Action.CLOSE: {S.DISBURSED},
    Action.RESOLVE: {S.NEEDS_REVIEW},
    Action.CANCEL: {S.EVALUATED, S.OPTION_SELECTED, S.NEEDS_REVIEW, S.APPROVED, S.SUSPENDED},
    Action.SUSPEND: {S.EVALUATED, S.OPTION_SELECTED, S.APPROVED, S.DISBURSED, S.NEEDS_REVIEW},
    Action.RESUME: {S.SUSPENDED},
}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("status", list(Status))
def test_each_action_is_allowed_from_exactly_its_statuses(action: Action, status: Status) -> None:
    assert allowed_from(action, status) is (status in EXPECTED_SOURCES[action])


def test_final_statuses_allow_nothing() -> None:
    for status in FINAL:
        assert not [a for a in Action if allowed_from(a, status)], status


def test_revocation_suspends_all_open_cases_and_no_finished_one() -> None:
    assert set(SUSPENDABLE) == set(Status) - FINAL - {S.SUSPENDED}


@pytest.mark.parametrize(
    ("action", "who"),
    [
        (Action.SELECT_OPTION, {Actor.OWN_CENTER, Actor.MUNICIPAL}),
        (Action.APPROVE, {Actor.FINANCE}),
        (Action.REJECT, {Actor.FINANCE, Actor.MUNICIPAL}),
        (Action.DISBURSE, {Actor.FINANCE}),
        (Action.CLOSE, {Actor.FINANCE, Actor.MUNICIPAL}),
        (Action.RESOLVE, {Actor.MUNICIPAL}),
        (Action.CANCEL, {Actor.MUNICIPAL}),
        (Action.SUSPEND, {Actor.MUNICIPAL}),
        (Action.RESUME, {Actor.MUNICIPAL}),
    ],
)
def test_who_may_take_each_action(action: Action, who: set[Actor]) -> None:
    assert set(TRANSITIONS[action].actors) == who
    for actor in Actor:
        assert may_take(action, {actor}) is (actor in who)


def test_a_center_user_counts_only_for_its_own_center() -> None:
    roles = frozenset({Role.CENTER_USER})
    assert actor_kinds(roles, own_center=True) == {Actor.OWN_CENTER}
    assert actor_kinds(roles, own_center=False) == set()
    assert actor_kinds(frozenset({Role.DISTRICT_ADMIN, Role.EXPERT}), own_center=True) == set()


def test_roles_for_an_action_are_the_roles_of_its_actors() -> None:
    assert roles_for(Action.APPROVE) == {Role.FINANCE_OFFICER}
    assert roles_for(Action.SELECT_OPTION) == {Role.CENTER_USER, Role.MUNICIPAL_ADMIN}
