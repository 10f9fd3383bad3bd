"""Who sees what in scenarios.

Scenarios: a draft (and a draft closed unpublished) is seen by its own publisher (the token's
``sub`` that made it) and the city (municipal admins) only; once published, by every
authenticated caller.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, or_

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
