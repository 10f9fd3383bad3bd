"""Reading a workflow table: where an action leads, what a status allows, who may take what."""

from __future__ import annotations

import enum

from shared.auth import Role
from shared.workflow import Transition, allowed_actions, may_take, next_status, not_allowed, roles_for


class Door(enum.StrEnum):
    OPEN = "open"
    SHUT = "shut"
    LOCKED = "locked"


class Move(enum.StrEnum):
    SHUT = "shut"
    LOCK = "lock"
    OPEN = "open"


class Who(enum.StrEnum):
    ANYONE = "anyone"
    KEEPER = "keeper"


TABLE = {
    Move.SHUT: Transition(frozenset({Door.OPEN}), Door.SHUT, frozenset({Who.ANYONE, Who.KEEPER})),
    Move.LOCK: Transition(frozenset({Door.SHUT}), Door.LOCKED, frozenset({Who.KEEPER})),
    Move.OPEN: Transition(frozenset({Door.SHUT, Door.LOCKED}), Door.OPEN, frozenset({Who.KEEPER})),
}


def test_an_action_leads_to_its_target_only_from_its_sources() -> None:
    assert next_status(TABLE, Move.LOCK, Door.SHUT) is Door.LOCKED
    assert next_status(TABLE, Move.LOCK, Door.OPEN) is None
    assert next_status(TABLE, Move.OPEN, Door.LOCKED) is Door.OPEN


def test_allowed_actions_follow_the_tables_order() -> None:
    assert allowed_actions(TABLE, Door.SHUT) == [Move.LOCK, Move.OPEN]
    assert allowed_actions(TABLE, Door.OPEN) == [Move.SHUT]


def test_who_may_take_an_action_and_which_roles_can_ever() -> None:
    assert may_take(TABLE, Move.SHUT, {Who.ANYONE})
    assert not may_take(TABLE, Move.LOCK, {Who.ANYONE})
    assert not may_take(TABLE, Move.LOCK, set())
    role_of = {Who.ANYONE: Role.CENTER_USER, Who.KEEPER: Role.MUNICIPAL_ADMIN}
    assert roles_for(TABLE, Move.LOCK, role_of) == {Role.MUNICIPAL_ADMIN}
    assert roles_for(TABLE, Move.SHUT, role_of) == {Role.CENTER_USER, Role.MUNICIPAL_ADMIN}


def test_a_refused_action_is_a_409_naming_the_status_and_what_it_allows() -> None:
    refusal = not_allowed(TABLE, Move.SHUT, Door.LOCKED, what="door", what_zh="门")
    assert (refusal.status, refusal.code) == (409, "action-not-allowed")
    assert refusal.extra == {"door_status": "locked", "allowed_actions": ["open"]}
    assert "'shut' is not allowed while the door is locked (allowed: open)" in refusal.detail
