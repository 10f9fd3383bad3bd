"""The center lifecycle (DESIGN 2), exhausted: every action from every status, and who may act."""

from __future__ import annotations

import itertools

import pytest

from registry.centers.lifecycle import Action, Actor, Status, actor_kinds, may_take, next_status
from shared.auth import Role

S = Status
IN_APPLICATION = {S.SUBMITTED, S.DISTRICT_RECOMMENDED, S.UNDER_REVIEW}

# Written out from DESIGN 2 independently of the module's table: (action, from) → to.
EXPECTED: dict[tuple[Action, Status], Status] = {
    (Action.SUBMIT, S.DRAFT): S.SUBMITTED,
    (Action.SUBMIT, S.RETURNED): S.SUBMITTED,
    (Action.RECOMMEND, S.SUBMITTED): S.DISTRICT_RECOMMENDED,
    (Action.START_REVIEW, S.DISTRICT_RECOMMENDED): S.UNDER_REVIEW,
    (Action.APPROVE, S.UNDER_REVIEW): S.APPROVED,
    (Action.ACCEPT, S.APPROVED): S.OPERATING,
    **{(Action.RETURN, s): S.RETURNED for s in IN_APPLICATION},
    **{(Action.REJECT, s): S.REJECTED for s in IN_APPLICATION},
    **{(Action.WITHDRAW, s): S.WITHDRAWN for s in {S.DRAFT, S.RETURNED} | IN_APPLICATION},
    (Action.REVOKE, S.APPROVED): S.REVOKED,
    (Action.REVOKE, S.OPERATING): S.REVOKED,
}

ALL_PAIRS = list(itertools.product(Action, Status))


def test_the_statuses_and_actions_are_the_designed_ones() -> None:
    assert {s.value for s in Status} == {
        "draft", "submitted", "district_recommended", "under_review", "approved", "operating",
        "returned", "rejected", "withdrawn", "revoked",
    }  # fmt: skip
    assert {a.value for a in Action} == {
        "submit", "recommend", "start_review", "approve", "accept", "return", "reject", "withdraw",
        "revoke",
    }  # fmt: skip


@pytest.mark.parametrize(("action", "current"), ALL_PAIRS, ids=[f"{a}-from-{s}" for a, s in ALL_PAIRS])
def test_next_status_matches_the_design_table(action: Action, current: Status) -> None:
    assert next_status(action, current) == EXPECTED.get((action, current))


@pytest.mark.parametrize("final", [S.REJECTED, S.WITHDRAWN, S.REVOKED])
def test_final_statuses_allow_no_action(final: Status) -> None:
    assert [a for a in Action if next_status(a, final) is not None] == []


def test_the_happy_path_leads_from_draft_to_operating() -> None:
    status = S.DRAFT
    for action in (Action.SUBMIT, Action.RECOMMEND, Action.START_REVIEW, Action.APPROVE, Action.ACCEPT):
        target = next_status(action, status)
        assert target is not None, f"{action} from {status}"
        status = target
    assert status is S.OPERATING


def test_a_returned_center_can_be_resubmitted_and_go_round_again() -> None:
    assert next_status(Action.RETURN, S.UNDER_REVIEW) is S.RETURNED
    assert next_status(Action.SUBMIT, S.RETURNED) is S.SUBMITTED
    assert next_status(Action.RECOMMEND, S.SUBMITTED) is S.DISTRICT_RECOMMENDED


# Who may take an action.

MUNICIPAL_ONLY = [
    Action.START_REVIEW,
    Action.APPROVE,
    Action.ACCEPT,
    Action.RETURN,
    Action.REJECT,
    Action.REVOKE,
]
OTHER_ROLES = [
    Role.EXPERT,
    Role.FINANCE_OFFICER,
    Role.TALENT_OFFICER,
    Role.SCENARIO_PUBLISHER,
    Role.INTEGRATION,
]


def kinds_of(*roles: Role, same_district: bool = False, own_center: bool = False) -> set[Actor]:
    return actor_kinds(frozenset(roles), same_district=same_district, own_center=own_center)


def test_actor_kinds_follow_role_and_relation_to_the_center() -> None:
    assert kinds_of(Role.MUNICIPAL_ADMIN) == {Actor.MUNICIPAL}
    assert kinds_of(Role.DISTRICT_ADMIN, same_district=True) == {Actor.OWN_DISTRICT}
    assert kinds_of(Role.DISTRICT_ADMIN, same_district=False) == set()
    assert kinds_of(Role.CENTER_USER, own_center=True) == {Actor.OWN_CENTER}
    assert kinds_of(Role.CENTER_USER, own_center=False) == set()
    # A relation is not a role: a municipal admin in the same district is still only municipal.
    assert kinds_of(Role.MUNICIPAL_ADMIN, same_district=True, own_center=True) == {Actor.MUNICIPAL}


@pytest.mark.parametrize("action", list(Action))
def test_a_municipal_admin_may_take_every_action(action: Action) -> None:
    assert may_take(action, kinds_of(Role.MUNICIPAL_ADMIN))


def test_a_district_admin_recommends_centers_of_its_own_district_only() -> None:
    assert may_take(Action.RECOMMEND, kinds_of(Role.DISTRICT_ADMIN, same_district=True))
    assert not may_take(Action.RECOMMEND, kinds_of(Role.DISTRICT_ADMIN, same_district=False))


@pytest.mark.parametrize("action", [a for a in Action if a is not Action.RECOMMEND])
def test_a_district_admin_takes_no_other_action(action: Action) -> None:
    assert not may_take(action, kinds_of(Role.DISTRICT_ADMIN, same_district=True))


@pytest.mark.parametrize("action", [Action.SUBMIT, Action.WITHDRAW])
def test_a_center_user_submits_and_withdraws_its_own_center_only(action: Action) -> None:
    assert may_take(action, kinds_of(Role.CENTER_USER, own_center=True))
    assert not may_take(action, kinds_of(Role.CENTER_USER, own_center=False))


@pytest.mark.parametrize("action", [a for a in Action if a not in {Action.SUBMIT, Action.WITHDRAW}])
def test_a_center_user_takes_no_other_action_even_on_its_own_center(action: Action) -> None:
    assert not may_take(action, kinds_of(Role.CENTER_USER, own_center=True))


@pytest.mark.parametrize("action", MUNICIPAL_ONLY)
def test_decisions_are_municipal_only(action: Action) -> None:
    assert may_take(action, {Actor.MUNICIPAL})
    assert not may_take(action, {Actor.OWN_DISTRICT, Actor.OWN_CENTER})


@pytest.mark.parametrize(("action", "role"), list(itertools.product(Action, OTHER_ROLES)))
def test_other_roles_take_no_lifecycle_action(action: Action, role: Role) -> None:
    assert not may_take(action, kinds_of(role, same_district=True, own_center=True))


def test_nobody_takes_an_action_without_a_relation() -> None:
    assert all(not may_take(action, set()) for action in Action)
