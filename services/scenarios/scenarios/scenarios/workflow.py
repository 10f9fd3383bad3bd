"""The scenario lifecycle as data (`五(六)`): which action moves which status where, and who may.

``draft → published → matching → piloting → completed``; ``close`` ends a scenario from any open
status (draft, published, matching, piloting). The scenario's own publisher and the city take every
action. Pure logic, no I/O: the service asks it, the unit tests exhaust it.
"""

import enum

from shared import workflow
from shared.auth import Role
from shared.workflow import ActionNotAllowed, Transition


class ScenarioStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    MATCHING = "matching"
    PILOTING = "piloting"
    COMPLETED = "completed"
    CLOSED = "closed"


class ScenarioAction(enum.StrEnum):
    PUBLISH = "publish"
    START_MATCHING = "start_matching"
    START_PILOT = "start_pilot"
    COMPLETE = "complete"
    CLOSE = "close"


class Actor(enum.StrEnum):
    """Who may take an action, relative to the scenario."""

    OWN_PUBLISHER = "own_publisher"
    CITY = "city"


_S = ScenarioStatus
OPEN = frozenset({_S.DRAFT, _S.PUBLISHED, _S.MATCHING, _S.PILOTING})
_BOTH = frozenset({Actor.OWN_PUBLISHER, Actor.CITY})

TRANSITIONS: dict[ScenarioAction, Transition[ScenarioStatus, Actor]] = {
    ScenarioAction.PUBLISH: Transition(frozenset({_S.DRAFT}), _S.PUBLISHED, _BOTH),
    ScenarioAction.START_MATCHING: Transition(frozenset({_S.PUBLISHED}), _S.MATCHING, _BOTH),
    ScenarioAction.START_PILOT: Transition(frozenset({_S.MATCHING}), _S.PILOTING, _BOTH),
    ScenarioAction.COMPLETE: Transition(frozenset({_S.PILOTING}), _S.COMPLETED, _BOTH),
    ScenarioAction.CLOSE: Transition(OPEN, _S.CLOSED, _BOTH),
}

# A scenario offerings are matched with, and matches proposed for.
MATCHABLE = frozenset({_S.PUBLISHED, _S.MATCHING})

# Closing ends the scenario for everyone who answered it: it says why.
NEEDS_COMMENT = frozenset({ScenarioAction.CLOSE})

_ROLE_OF = {Actor.OWN_PUBLISHER: Role.SCENARIO_PUBLISHER, Actor.CITY: Role.MUNICIPAL_ADMIN}


def next_status(action: ScenarioAction, current: ScenarioStatus) -> ScenarioStatus | None:
    return workflow.next_status(TRANSITIONS, action, current)


def not_allowed(action: ScenarioAction, current: ScenarioStatus) -> ActionNotAllowed:
    """409 naming the current status and what is allowed from it."""
    return workflow.not_allowed(TRANSITIONS, action, current, what="scenario", what_zh="场景")


def allowed_actions(current: ScenarioStatus) -> list[ScenarioAction]:
    """What the lifecycle allows from ``current``, whoever asks (nothing once completed or closed)."""
    return workflow.allowed_actions(TRANSITIONS, current)


def actor_kinds(roles: frozenset[Role], *, own: bool) -> set[Actor]:
    """What the caller counts as for this scenario (``own``: the caller published it)."""
    kinds: set[Actor] = set()
    if Role.MUNICIPAL_ADMIN in roles:
        kinds.add(Actor.CITY)
    if Role.SCENARIO_PUBLISHER in roles and own:
        kinds.add(Actor.OWN_PUBLISHER)
    return kinds


def may_take(action: ScenarioAction, kinds: set[Actor]) -> bool:
    return workflow.may_take(TRANSITIONS, action, kinds)


def roles_for(action: ScenarioAction) -> set[Role]:
    return workflow.roles_for(TRANSITIONS, action, _ROLE_OF)
