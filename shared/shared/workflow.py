"""Workflows as data, read one way in every service: a table maps each action to the statuses it
leaves from, the status it reaches and the kinds of actor that may take it. The tables, and who
counts as which actor, stay with their domain; only the reading of a table lives here."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from shared.auth import Role
from shared.errors import Conflict

S = TypeVar("S", bound=enum.Enum)
A = TypeVar("A", bound=enum.Enum)
K = TypeVar("K", bound=enum.Enum)


@dataclass(frozen=True)
class Transition(Generic[S, K]):
    sources: frozenset[S]
    target: S
    actors: frozenset[K]


def next_status(table: Mapping[A, Transition[S, K]], action: A, current: S) -> S | None:
    """The status ``action`` leads to from ``current``, or None when it is not allowed."""
    transition = table[action]
    return transition.target if current in transition.sources else None


def allowed_actions(table: Mapping[A, Transition[S, K]], current: S) -> list[A]:
    """The actions the table allows from ``current``, whoever asks, in the table's order."""
    return [action for action, transition in table.items() if current in transition.sources]


def may_take(table: Mapping[A, Transition[S, K]], action: A, kinds: set[K]) -> bool:
    """Whether a caller counting as ``kinds`` may take ``action``."""
    return bool(table[action].actors & kinds)


def roles_for(table: Mapping[A, Transition[S, K]], action: A, role_of: Mapping[K, Role]) -> set[Role]:
    """The roles that can ever take ``action`` (a caller with none of them gets 403 straight away)."""
    return {role_of[actor] for actor in table[action].actors}


class ActionNotAllowed(Conflict):
    code = "action-not-allowed"


def not_allowed(
    table: Mapping[A, Transition[S, K]], action: A, current: S, *, what: str, what_zh: str
) -> ActionNotAllowed:
    """The 409 for ``action`` from ``current``: it names the status (as ``<what>_status``) and what
    the table allows from it, so a client knows what it may do instead."""
    allowed = [str(a.value) for a in allowed_actions(table, current)]
    return ActionNotAllowed(
        f"'{action.value}' is not allowed while the {what} is {current.value} "
        f"(allowed: {', '.join(allowed) or 'none, it is final'})",
        detail_zh=f"{what_zh}当前状态为 {current.value}，不能执行 {action.value}",
        extra={f"{what}_status": current.value, "allowed_actions": allowed},
    )
