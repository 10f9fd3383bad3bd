"""The application workflow as data (`五(七)`): the center drafts and recommends, the city's talent
officer forwards (submits) it to the programme and records the outcome — or declines to forward it.

Pure logic, no I/O: the service asks it, the unit tests exhaust it.
"""

import enum

from shared import workflow
from shared.auth import Role
from shared.workflow import Transition


class ApplicationStatus(enum.StrEnum):
    DRAFT = "draft"
    RECOMMENDED = "recommended"
    SUBMITTED = "submitted"
    AWARDED = "awarded"
    REJECTED = "rejected"


class ApplicationAction(enum.StrEnum):
    RECOMMEND = "recommend"
    SUBMIT = "submit"
    AWARD = "award"
    REJECT = "reject"


class Actor(enum.StrEnum):
    """Who may take an action, relative to the application's center."""

    OWN_CENTER = "own_center"
    CITY = "city"


_S = ApplicationStatus
TRANSITIONS: dict[ApplicationAction, Transition[ApplicationStatus, Actor]] = {
    ApplicationAction.RECOMMEND: Transition(
        frozenset({_S.DRAFT}), _S.RECOMMENDED, frozenset({Actor.OWN_CENTER})
    ),
    ApplicationAction.SUBMIT: Transition(frozenset({_S.RECOMMENDED}), _S.SUBMITTED, frozenset({Actor.CITY})),
    ApplicationAction.AWARD: Transition(frozenset({_S.SUBMITTED}), _S.AWARDED, frozenset({Actor.CITY})),
    # From recommended: the city declines to forward it; from submitted: the programme said no.
    ApplicationAction.REJECT: Transition(
        frozenset({_S.RECOMMENDED, _S.SUBMITTED}), _S.REJECTED, frozenset({Actor.CITY})
    ),
}

# Steps that put an application forward: none once the round's deadline day is over. The outcome
# (award, reject) comes after the deadline and stays possible.
BEFORE_DEADLINE = frozenset({ApplicationAction.RECOMMEND, ApplicationAction.SUBMIT})

_ROLE_OF = {Actor.OWN_CENTER: Role.CENTER_USER, Actor.CITY: Role.TALENT_OFFICER}


def next_status(action: ApplicationAction, current: ApplicationStatus) -> ApplicationStatus | None:
    return workflow.next_status(TRANSITIONS, action, current)


def allowed_actions(current: ApplicationStatus) -> list[ApplicationAction]:
    """What the workflow allows from ``current``, whoever asks (nothing once decided)."""
    return workflow.allowed_actions(TRANSITIONS, current)


def actor_kinds(roles: frozenset[Role], *, own_center: bool) -> set[Actor]:
    """What the caller counts as for this application's center."""
    kinds: set[Actor] = set()
    if Role.TALENT_OFFICER in roles:
        kinds.add(Actor.CITY)
    if Role.CENTER_USER in roles and own_center:
        kinds.add(Actor.OWN_CENTER)
    return kinds


def may_take(action: ApplicationAction, kinds: set[Actor]) -> bool:
    return workflow.may_take(TRANSITIONS, action, kinds)


def roles_for(action: ApplicationAction) -> set[Role]:
    return workflow.roles_for(TRANSITIONS, action, _ROLE_OF)
