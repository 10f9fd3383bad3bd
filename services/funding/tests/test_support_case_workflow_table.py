"""The support-case workflow table as pure logic: every action × every status, every actor rule."""

from __future__ import annotations

import pytest

from funding.support_cases.workflow import (
    FINAL,
    SUSPENDABLE,
    TRANSITIONS,
    Actor,
    SupportCaseAction,
    SupportCaseStatus,
    actor_kinds,
    allowed_from,
    may_take,
    roles_for,
)
from shared.auth import Role

S = SupportCaseStatus
EXPECTED_SOURCES: dict[SupportCaseAction, set[SupportCaseStatus]] = {
    SupportCaseAction.SELECT_OPTION: {S.EVALUATED, S.OPTION_SELECTED},
    SupportCaseAction.APPROVE: {S.OPTION_SELECTED},
    SupportCaseAction.REJECT: {S.EVALUATED, S.OPTION_SELECTED, S.NEEDS_REVIEW, S.APPROVED},
    SupportCaseAction.DISBURSE: {S.APPROVED},
    SupportCaseAction.CLOSE: {S.DISBURSED},
    SupportCaseAction.RESOLVE: {S.NEEDS_REVIEW},
    SupportCaseAction.CANCEL: {S.EVALUATED, S.OPTION_SELECTED, S.NEEDS_REVIEW, S.APPROVED, S.SUSPENDED},
    SupportCaseAction.SUSPEND: {S.EVALUATED, S.OPTION_SELECTED, S.APPROVED, S.DISBURSED, S.NEEDS_REVIEW},
    SupportCaseAction.RESUME: {S.SUSPENDED},
}


@pytest.mark.parametrize("action", list(SupportCaseAction))
@pytest.mark.parametrize("status", list(SupportCaseStatus))
def test_each_action_is_allowed_from_exactly_its_statuses(
    action: SupportCaseAction, status: SupportCaseStatus
) -> None:
    assert allowed_from(action, status) is (status in EXPECTED_SOURCES[action])


def test_final_statuses_allow_nothing() -> None:
    for status in FINAL:
        assert not [a for a in SupportCaseAction if allowed_from(a, status)], status


def test_revocation_suspends_all_open_cases_and_no_finished_one() -> None:
    assert set(SUSPENDABLE) == set(SupportCaseStatus) - FINAL - {S.SUSPENDED}


@pytest.mark.parametrize(
    ("action", "who"),
    [
        (SupportCaseAction.SELECT_OPTION, {Actor.OWN_CENTER, Actor.MUNICIPAL}),
        (SupportCaseAction.APPROVE, {Actor.FINANCE}),
        (SupportCaseAction.REJECT, {Actor.FINANCE, Actor.MUNICIPAL}),
        (SupportCaseAction.DISBURSE, {Actor.FINANCE}),
        (SupportCaseAction.CLOSE, {Actor.FINANCE, Actor.MUNICIPAL}),
        (SupportCaseAction.RESOLVE, {Actor.MUNICIPAL}),
        (SupportCaseAction.CANCEL, {Actor.MUNICIPAL}),
        (SupportCaseAction.SUSPEND, {Actor.MUNICIPAL}),
        (SupportCaseAction.RESUME, {Actor.MUNICIPAL}),
    ],
)
def test_who_may_take_each_action(action: SupportCaseAction, who: set[Actor]) -> None:
    assert set(TRANSITIONS[action].actors) == who
    for actor in Actor:
        assert may_take(action, {actor}) is (actor in who)


def test_a_center_user_counts_only_for_its_own_center() -> None:
    roles = frozenset({Role.CENTER_USER})
    assert actor_kinds(roles, own_center=True) == {Actor.OWN_CENTER}
    assert actor_kinds(roles, own_center=False) == set()
    assert actor_kinds(frozenset({Role.DISTRICT_ADMIN, Role.EXPERT}), own_center=True) == set()


def test_roles_for_an_action_are_the_roles_of_its_actors() -> None:
    assert roles_for(SupportCaseAction.APPROVE) == {Role.FINANCE_OFFICER}
    assert roles_for(SupportCaseAction.SELECT_OPTION) == {Role.CENTER_USER, Role.MUNICIPAL_ADMIN}
