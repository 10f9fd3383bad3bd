"""The offering workflow as data: ``active`` (open for matching) and ``withdrawn``.

The center's own user or the city withdraws an offering and reactivates it; registry's revocation
of the center withdraws every active offering of it (step ``center_revoked``), and an offering of
a revoked center is never reactivated. Pure logic, no I/O.
"""

import enum

from shared import workflow
from shared.auth import Role
from shared.workflow import ActionNotAllowed, Transition


class OfferingStatus(enum.StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


class OfferingAction(enum.StrEnum):
    WITHDRAW = "withdraw"
    REACTIVATE = "reactivate"


class WithdrawalReason(enum.StrEnum):
    REQUESTED = "requested"
    CENTER_REVOKED = "center_revoked"


class MaturityLevel(enum.StrEnum):
    """How far the product or service has come (技术成熟度), from a prototype to mass production."""

    PROTOTYPE = "prototype"
    PILOT_READY = "pilot_ready"
    SMALL_BATCH = "small_batch"
    MASS_PRODUCTION = "mass_production"


class Actor(enum.StrEnum):
    OWN_CENTER = "own_center"
    CITY = "city"


# The step the revocation consumer records (not an action anyone takes through the API).
CENTER_REVOKED = "center_revoked"

_BOTH = frozenset({Actor.OWN_CENTER, Actor.CITY})
TRANSITIONS: dict[OfferingAction, Transition[OfferingStatus, Actor]] = {
    OfferingAction.WITHDRAW: Transition(frozenset({OfferingStatus.ACTIVE}), OfferingStatus.WITHDRAWN, _BOTH),
    OfferingAction.REACTIVATE: Transition(
        frozenset({OfferingStatus.WITHDRAWN}), OfferingStatus.ACTIVE, _BOTH
    ),
}

_ROLE_OF = {Actor.OWN_CENTER: Role.CENTER_USER, Actor.CITY: Role.MUNICIPAL_ADMIN}


def next_status(action: OfferingAction, current: OfferingStatus) -> OfferingStatus | None:
    return workflow.next_status(TRANSITIONS, action, current)


def not_allowed(action: OfferingAction, current: OfferingStatus) -> ActionNotAllowed:
    """409 naming the current status and what is allowed from it."""
    return workflow.not_allowed(TRANSITIONS, action, current, what="offering", what_zh="创新产品/服务")


def allowed_actions(current: OfferingStatus) -> list[OfferingAction]:
    return workflow.allowed_actions(TRANSITIONS, current)


def actor_kinds(roles: frozenset[Role], *, own_center: bool) -> set[Actor]:
    """What the caller counts as for this offering's center."""
    kinds: set[Actor] = set()
    if Role.MUNICIPAL_ADMIN in roles:
        kinds.add(Actor.CITY)
    if Role.CENTER_USER in roles and own_center:
        kinds.add(Actor.OWN_CENTER)
    return kinds


def roles_for(action: OfferingAction) -> set[Role]:
    return workflow.roles_for(TRANSITIONS, action, _ROLE_OF)
