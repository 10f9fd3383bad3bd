"""The matchmaking event lifecycle as data: ``draft → open → closed → held``, and ``cancel`` from
draft, open or closed. The event's own organizer (the scenario_publisher who made it) and the city
take every action. Pure logic, no I/O."""

import enum

from shared import workflow
from shared.auth import Role
from shared.workflow import ActionNotAllowed, Transition


class EventStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    HELD = "held"
    CANCELLED = "cancelled"


class EventAction(enum.StrEnum):
    OPEN = "open"
    CLOSE = "close"
    HOLD = "hold"
    CANCEL = "cancel"


class OrganizerKind(enum.StrEnum):
    """Who leads the event (`五(六)`: 制造业创新中心、产业联盟、行业协会牵头, or the bureau itself)."""

    CENTER = "center"
    ALLIANCE = "alliance"
    ASSOCIATION = "association"
    BUREAU = "bureau"


class Actor(enum.StrEnum):
    OWN_ORGANIZER = "own_organizer"
    CITY = "city"


_S = EventStatus
_BOTH = frozenset({Actor.OWN_ORGANIZER, Actor.CITY})
TRANSITIONS: dict[EventAction, Transition[EventStatus, Actor]] = {
    EventAction.OPEN: Transition(frozenset({_S.DRAFT}), _S.OPEN, _BOTH),
    EventAction.CLOSE: Transition(frozenset({_S.OPEN}), _S.CLOSED, _BOTH),
    EventAction.HOLD: Transition(frozenset({_S.CLOSED}), _S.HELD, _BOTH),
    EventAction.CANCEL: Transition(frozenset({_S.DRAFT, _S.OPEN, _S.CLOSED}), _S.CANCELLED, _BOTH),
}

# Cancelling lets down everyone registered: it says why.
NEEDS_COMMENT = frozenset({EventAction.CANCEL})

_ROLE_OF = {Actor.OWN_ORGANIZER: Role.SCENARIO_PUBLISHER, Actor.CITY: Role.MUNICIPAL_ADMIN}


def next_status(action: EventAction, current: EventStatus) -> EventStatus | None:
    return workflow.next_status(TRANSITIONS, action, current)


def not_allowed(action: EventAction, current: EventStatus) -> ActionNotAllowed:
    """409 naming the current status and what is allowed from it."""
    return workflow.not_allowed(TRANSITIONS, action, current, what="event", what_zh="对接活动")


def allowed_actions(current: EventStatus) -> list[EventAction]:
    return workflow.allowed_actions(TRANSITIONS, current)


def actor_kinds(roles: frozenset[Role], *, own: bool) -> set[Actor]:
    """What the caller counts as for this event (``own``: the caller made it)."""
    kinds: set[Actor] = set()
    if Role.MUNICIPAL_ADMIN in roles:
        kinds.add(Actor.CITY)
    if Role.SCENARIO_PUBLISHER in roles and own:
        kinds.add(Actor.OWN_ORGANIZER)
    return kinds


def may_take(action: EventAction, kinds: set[Actor]) -> bool:
    return workflow.may_take(TRANSITIONS, action, kinds)


def roles_for(action: EventAction) -> set[Role]:
    return workflow.roles_for(TRANSITIONS, action, _ROLE_OF)
