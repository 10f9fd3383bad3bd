"""Who sees what in scenarios.

Scenarios: a draft (and a draft closed unpublished) is seen by its own publisher (the token's
``sub`` that made it) and the city (municipal admins) only; once published, by every
authenticated caller.

Matches and pilots: by the city, the offering's center (its center users) and the scenario's own
publisher; nobody else.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, false, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from scenarios.scenarios.models import Scenario
from shared.auth import Principal, Role

_Query = TypeVar("_Query", bound=Select[Any])

CITY = Role.MUNICIPAL_ADMIN


def visible_scenarios(query: _Query, principal: Principal) -> _Query:
    """Narrow ``query`` over scenarios to those the caller may see."""
    if principal.has(CITY):
        return query
    return query.where(or_(Scenario.published_at.is_not(None), Scenario.created_by == principal.sub))


def sees(principal: Principal, scenario: Scenario) -> bool:
    return scenario.published_at is not None or principal.has(CITY) or scenario.created_by == principal.sub


def parties_see(
    principal: Principal,
    *,
    center_id: InstrumentedAttribute[uuid.UUID],
    scenario_id: InstrumentedAttribute[uuid.UUID],
) -> ColumnElement[bool] | None:
    """Which matches (or pilots) the caller sees, over their ``center_id`` and ``scenario_id``
    columns: None for the city and for integration clients (all: the matrix lets the latter in only
    with the read scope), else its center's and its own scenarios' (maybe none)."""
    if principal.has(CITY, Role.INTEGRATION):
        return None
    clauses: list[ColumnElement[bool]] = []
    if principal.has(Role.CENTER_USER) and principal.center_id is not None:
        clauses.append(center_id == principal.center_id)
    if principal.has(Role.SCENARIO_PUBLISHER):
        clauses.append(scenario_id.in_(select(Scenario.id).where(Scenario.created_by == principal.sub)))
    return or_(*clauses) if clauses else false()
