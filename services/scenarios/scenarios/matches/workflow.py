"""The match workflow as data: ``proposed → accepted | declined``.

Either side proposes (and counts as having accepted); the other side accepts — the match is then
``accepted`` — or declines. Pure logic, no I/O.
"""

import enum

from scenarios.sides import Side
from shared import workflow
from shared.workflow import ActionNotAllowed, Transition


class MatchStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class MatchAction(enum.StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"


_BOTH = frozenset({Side.SCENARIO, Side.CENTER})
TRANSITIONS: dict[MatchAction, Transition[MatchStatus, Side]] = {
    MatchAction.ACCEPT: Transition(frozenset({MatchStatus.PROPOSED}), MatchStatus.ACCEPTED, _BOTH),
    MatchAction.DECLINE: Transition(frozenset({MatchStatus.PROPOSED}), MatchStatus.DECLINED, _BOTH),
}


def next_status(action: MatchAction, current: MatchStatus) -> MatchStatus | None:
    return workflow.next_status(TRANSITIONS, action, current)


def not_allowed(action: MatchAction, current: MatchStatus) -> ActionNotAllowed:
    return workflow.not_allowed(TRANSITIONS, action, current, what="match", what_zh="对接")


def allowed_actions(current: MatchStatus) -> list[MatchAction]:
    return workflow.allowed_actions(TRANSITIONS, current)
