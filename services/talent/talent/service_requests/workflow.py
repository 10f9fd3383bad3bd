"""The request workflow as data: which action moves which status where. Pure, no I/O.

``submitted → accepted → fulfilled``, and ``refused`` from either open status. A request the
entitlements refuse is stored ``refused`` at once; only talent officers take the actions.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ServiceRequestStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    FULFILLED = "fulfilled"
    REFUSED = "refused"


class ServiceRequestAction(enum.StrEnum):
    ACCEPT = "accept"
    FULFIL = "fulfil"
    REFUSE = "refuse"


class RefusalReason(enum.StrEnum):
    NOT_ENTITLED = "not_entitled"
    REFUSED_BY_OFFICER = "refused_by_officer"


# The history's first step of every request (not an action anyone takes afterwards).
SUBMIT = "submit"
# A talent has at most one open request per service.
OPEN = frozenset({ServiceRequestStatus.SUBMITTED, ServiceRequestStatus.ACCEPTED})


@dataclass(frozen=True)
class Transition:
    sources: frozenset[ServiceRequestStatus]
    target: ServiceRequestStatus


TRANSITIONS: dict[ServiceRequestAction, Transition] = {
    ServiceRequestAction.ACCEPT: Transition(
        frozenset({ServiceRequestStatus.SUBMITTED}), ServiceRequestStatus.ACCEPTED
    ),
    ServiceRequestAction.FULFIL: Transition(
        frozenset({ServiceRequestStatus.ACCEPTED}), ServiceRequestStatus.FULFILLED
    ),
    ServiceRequestAction.REFUSE: Transition(OPEN, ServiceRequestStatus.REFUSED),
}


def allowed_actions(status: ServiceRequestStatus) -> list[ServiceRequestAction]:
    """What may be done to a request in ``status`` (nothing once fulfilled or refused)."""
    return [action for action, transition in TRANSITIONS.items() if status in transition.sources]
