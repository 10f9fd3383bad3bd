"""The support-case workflow as data (issue 4): which action moves which status where, and who may.

Pure logic, no I/O: the service asks it, the unit tests exhaust it. Two actions do not always
move the status: the first of the two approvals (maker-checker) and a partial payment are
recorded steps that keep the case where it is; the service decides those from the case's facts.
"""

import enum
from dataclasses import dataclass

from shared.auth import Role


class SupportCaseStatus(enum.StrEnum):
    EVALUATED = "evaluated"
    OPTION_SELECTED = "option_selected"
    APPROVED = "approved"
    DISBURSED = "disbursed"
    CLOSED = "closed"
    INELIGIBLE = "ineligible"
    NEEDS_REVIEW = "needs_review"
    REJECTED = "rejected"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class SupportCaseAction(enum.StrEnum):
    SELECT_OPTION = "select_option"
    APPROVE = "approve"
    REJECT = "reject"
    DISBURSE = "disburse"
    CLOSE = "close"
    RESOLVE = "resolve"
    CANCEL = "cancel"
    SUSPEND = "suspend"
    RESUME = "resume"


class Actor(enum.StrEnum):
    """Who may take an action, relative to the case's center."""

    MUNICIPAL = "municipal"
    FINANCE = "finance"
    OWN_CENTER = "own_center"


_S = SupportCaseStatus
# Cases that are finished: nothing moves them any more, revocation leaves them alone.
FINAL = frozenset({_S.CLOSED, _S.REJECTED, _S.CANCELLED, _S.INELIGIBLE})
# Open cases a revocation suspends (DESIGN 3 / issue 4: all but closed, rejected, cancelled, ineligible).
SUSPENDABLE = frozenset({_S.EVALUATED, _S.OPTION_SELECTED, _S.APPROVED, _S.DISBURSED, _S.NEEDS_REVIEW})
# Cases holding committed budget that a reject or cancel must give back.
HOLDS_BUDGET = frozenset({_S.APPROVED})


@dataclass(frozen=True)
class Transition:
    sources: frozenset[SupportCaseStatus]
    target: SupportCaseStatus | None  # None: the service decides (resolve, resume)
    actors: frozenset[Actor]


TRANSITIONS: dict[SupportCaseAction, Transition] = {
    SupportCaseAction.SELECT_OPTION: Transition(
        frozenset({_S.EVALUATED, _S.OPTION_SELECTED}),
        _S.OPTION_SELECTED,
        frozenset({Actor.OWN_CENTER, Actor.MUNICIPAL}),
    ),
    # The first approval keeps option_selected; the second, by another officer, moves to approved.
    SupportCaseAction.APPROVE: Transition(
        frozenset({_S.OPTION_SELECTED}), _S.APPROVED, frozenset({Actor.FINANCE})
    ),
    SupportCaseAction.REJECT: Transition(
        frozenset({_S.EVALUATED, _S.OPTION_SELECTED, _S.NEEDS_REVIEW, _S.APPROVED}),
        _S.REJECTED,
        frozenset({Actor.FINANCE, Actor.MUNICIPAL}),
    ),
    # A partial tranche keeps approved; the tranche that completes the approved amount → disbursed.
    SupportCaseAction.DISBURSE: Transition(
        frozenset({_S.APPROVED}), _S.DISBURSED, frozenset({Actor.FINANCE})
    ),
    SupportCaseAction.CLOSE: Transition(
        frozenset({_S.DISBURSED}), _S.CLOSED, frozenset({Actor.FINANCE, Actor.MUNICIPAL})
    ),
    # The bureau decides a needs_review case: amounts to pay (→ evaluated) or ineligible.
    SupportCaseAction.RESOLVE: Transition(frozenset({_S.NEEDS_REVIEW}), None, frozenset({Actor.MUNICIPAL})),
    SupportCaseAction.CANCEL: Transition(
        frozenset({_S.EVALUATED, _S.OPTION_SELECTED, _S.NEEDS_REVIEW, _S.APPROVED, _S.SUSPENDED}),
        _S.CANCELLED,
        frozenset({Actor.MUNICIPAL}),
    ),
    SupportCaseAction.SUSPEND: Transition(SUSPENDABLE, _S.SUSPENDED, frozenset({Actor.MUNICIPAL})),
    # Back to the status the case was suspended from.
    SupportCaseAction.RESUME: Transition(frozenset({_S.SUSPENDED}), None, frozenset({Actor.MUNICIPAL})),
}


def allowed_from(action: SupportCaseAction, current: SupportCaseStatus) -> bool:
    return current in TRANSITIONS[action].sources


def actor_kinds(roles: frozenset[Role], *, own_center: bool) -> set[Actor]:
    """What the caller counts as for this case's center."""
    kinds: set[Actor] = set()
    if Role.MUNICIPAL_ADMIN in roles:
        kinds.add(Actor.MUNICIPAL)
    if Role.FINANCE_OFFICER in roles:
        kinds.add(Actor.FINANCE)
    if Role.CENTER_USER in roles and own_center:
        kinds.add(Actor.OWN_CENTER)
    return kinds


def may_take(action: SupportCaseAction, kinds: set[Actor]) -> bool:
    return bool(TRANSITIONS[action].actors & kinds)


def roles_for(action: SupportCaseAction) -> set[Role]:
    """The roles that can ever take ``action`` (a caller with none of them gets 403 straight away)."""
    by_actor = {
        Actor.MUNICIPAL: Role.MUNICIPAL_ADMIN,
        Actor.FINANCE: Role.FINANCE_OFFICER,
        Actor.OWN_CENTER: Role.CENTER_USER,
    }
    return {by_actor[a] for a in TRANSITIONS[action].actors}
