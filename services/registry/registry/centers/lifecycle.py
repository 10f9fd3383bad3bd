"""The center lifecycle as data (DESIGN 2): which action moves which status where, and who may.

Pure logic, no I/O: the service asks it, the tests exhaust it.
"""

import enum

from shared import workflow
from shared.auth import Role
from shared.workflow import Transition


class Status(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    DISTRICT_RECOMMENDED = "district_recommended"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"  # 筹建: plaque awarded (五(一))
    OPERATING = "operating"
    RETURNED = "returned"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    REVOKED = "revoked"


class Action(enum.StrEnum):
    SUBMIT = "submit"
    RECOMMEND = "recommend"
    START_REVIEW = "start_review"
    APPROVE = "approve"
    ACCEPT = "accept"
    RETURN = "return"
    REJECT = "reject"
    WITHDRAW = "withdraw"
    REVOKE = "revoke"


class Actor(enum.StrEnum):
    """Who may take an action, relative to the center."""

    MUNICIPAL = "municipal"
    OWN_DISTRICT = "own_district"
    OWN_CENTER = "own_center"


_S = Status
_IN_APPLICATION = frozenset({_S.SUBMITTED, _S.DISTRICT_RECOMMENDED, _S.UNDER_REVIEW})

TRANSITIONS: dict[Action, Transition[Status, Actor]] = {
    Action.SUBMIT: Transition(
        frozenset({_S.DRAFT, _S.RETURNED}), _S.SUBMITTED, frozenset({Actor.MUNICIPAL, Actor.OWN_CENTER})
    ),
    Action.RECOMMEND: Transition(
        frozenset({_S.SUBMITTED}), _S.DISTRICT_RECOMMENDED, frozenset({Actor.MUNICIPAL, Actor.OWN_DISTRICT})
    ),
    Action.START_REVIEW: Transition(
        frozenset({_S.DISTRICT_RECOMMENDED}), _S.UNDER_REVIEW, frozenset({Actor.MUNICIPAL})
    ),
    Action.APPROVE: Transition(frozenset({_S.UNDER_REVIEW}), _S.APPROVED, frozenset({Actor.MUNICIPAL})),
    Action.ACCEPT: Transition(frozenset({_S.APPROVED}), _S.OPERATING, frozenset({Actor.MUNICIPAL})),
    Action.RETURN: Transition(_IN_APPLICATION, _S.RETURNED, frozenset({Actor.MUNICIPAL})),
    Action.REJECT: Transition(_IN_APPLICATION, _S.REJECTED, frozenset({Actor.MUNICIPAL})),
    Action.WITHDRAW: Transition(
        frozenset({_S.DRAFT, _S.RETURNED}) | _IN_APPLICATION,
        _S.WITHDRAWN,
        frozenset({Actor.MUNICIPAL, Actor.OWN_CENTER}),
    ),
    Action.REVOKE: Transition(
        frozenset({_S.APPROVED, _S.OPERATING}), _S.REVOKED, frozenset({Actor.MUNICIPAL})
    ),
}


def next_status(action: Action, current: Status) -> Status | None:
    """The status ``action`` leads to from ``current``, or None when it is not allowed."""
    return workflow.next_status(TRANSITIONS, action, current)


def actor_kinds(roles: frozenset[Role], *, same_district: bool, own_center: bool) -> set[Actor]:
    """What the caller counts as for this center."""
    kinds: set[Actor] = set()
    if Role.MUNICIPAL_ADMIN in roles:
        kinds.add(Actor.MUNICIPAL)
    if Role.DISTRICT_ADMIN in roles and same_district:
        kinds.add(Actor.OWN_DISTRICT)
    if Role.CENTER_USER in roles and own_center:
        kinds.add(Actor.OWN_CENTER)
    return kinds


def may_take(action: Action, kinds: set[Actor]) -> bool:
    return workflow.may_take(TRANSITIONS, action, kinds)
