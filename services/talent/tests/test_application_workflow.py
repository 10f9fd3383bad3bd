"""The application workflow table and the deadline rule as pure logic: every action × every status,
who may take each, and where a China calendar day ends."""

from __future__ import annotations

import datetime as dt

import pytest

from shared.auth import Role
from talent.applications.workflow import (
    BEFORE_DEADLINE,
    TRANSITIONS,
    Actor,
    ApplicationAction,
    ApplicationStatus,
    actor_kinds,
    allowed_actions,
    may_take,
    next_status,
    roles_for,
)
from talent.programmes.deadline import closes_at, is_closed

S, A = ApplicationStatus, ApplicationAction
EXPECTED: dict[tuple[ApplicationAction, ApplicationStatus], ApplicationStatus] = {
    (A.RECOMMEND, S.DRAFT): S.RECOMMENDED,
    (A.SUBMIT, S.RECOMMENDED): S.SUBMITTED,
    (A.AWARD, S.SUBMITTED): S.AWARDED,
    (A.REJECT, S.RECOMMENDED): S.REJECTED,
    (A.REJECT, S.SUBMITTED): S.REJECTED,
}


@pytest.mark.parametrize("action", list(ApplicationAction))
@pytest.mark.parametrize("status", list(ApplicationStatus))
def test_each_action_leads_from_exactly_its_statuses(
    action: ApplicationAction, status: ApplicationStatus
) -> None:
    assert next_status(action, status) == EXPECTED.get((action, status))


def test_allowed_actions_list_what_the_table_allows_and_nothing_after_the_outcome() -> None:
    assert allowed_actions(S.DRAFT) == [A.RECOMMEND]
    assert allowed_actions(S.RECOMMENDED) == [A.SUBMIT, A.REJECT]
    assert allowed_actions(S.SUBMITTED) == [A.AWARD, A.REJECT]
    assert allowed_actions(S.AWARDED) == allowed_actions(S.REJECTED) == []


@pytest.mark.parametrize(
    ("action", "who"),
    [
        (A.RECOMMEND, {Actor.OWN_CENTER}),
        (A.SUBMIT, {Actor.CITY}),
        (A.AWARD, {Actor.CITY}),
        (A.REJECT, {Actor.CITY}),
    ],
)
def test_who_may_take_each_action(action: ApplicationAction, who: set[Actor]) -> None:
    assert set(TRANSITIONS[action].actors) == who
    for actor in Actor:
        assert may_take(action, {actor}) is (actor in who)


def test_a_center_user_counts_only_for_its_own_center_and_other_roles_never() -> None:
    assert actor_kinds(frozenset({Role.CENTER_USER}), own_center=True) == {Actor.OWN_CENTER}
    assert actor_kinds(frozenset({Role.CENTER_USER}), own_center=False) == set()
    assert actor_kinds(frozenset({Role.TALENT_OFFICER}), own_center=False) == {Actor.CITY}
    others = frozenset({Role.MUNICIPAL_ADMIN, Role.DISTRICT_ADMIN, Role.EXPERT, Role.INTEGRATION})
    assert actor_kinds(others, own_center=True) == set()


def test_roles_for_each_action() -> None:
    assert roles_for(A.RECOMMEND) == {Role.CENTER_USER}
    assert roles_for(A.SUBMIT) == roles_for(A.AWARD) == roles_for(A.REJECT) == {Role.TALENT_OFFICER}


def test_only_putting_forward_is_bound_by_the_deadline() -> None:
    assert {A.RECOMMEND, A.SUBMIT} == BEFORE_DEADLINE


def test_a_deadline_day_ends_at_midnight_in_china_which_is_four_pm_utc() -> None:
    assert closes_at(dt.date(2026, 4, 30)) == dt.datetime(2026, 4, 30, 16, 0, tzinfo=dt.UTC)
    # The year turns in China eight hours before it does in UTC.
    assert closes_at(dt.date(2026, 12, 31)) == dt.datetime(2026, 12, 31, 16, 0, tzinfo=dt.UTC)


def test_a_round_is_open_through_its_deadline_day_and_closed_the_day_after() -> None:
    deadline = dt.date(2026, 4, 30)
    assert not is_closed(deadline, today=dt.date(2026, 4, 29))
    assert not is_closed(deadline, today=deadline)
    assert is_closed(deadline, today=dt.date(2026, 5, 1))
