"""Matches and pilots both pair a scenario with an offering of a center: one set of list filters
and one narrowing (the filters, then who sees what) for both."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select

from scenarios import access
from scenarios.matches.models import Match
from scenarios.pilots.models import Pilot
from shared.auth import Principal

_Query = TypeVar("_Query", bound=Select[Any])


# A model with the pair's columns.
Paired = type[Match] | type[Pilot]


@dataclass(frozen=True)
class Filters:
    scenario_id: uuid.UUID | None = None
    offering_id: uuid.UUID | None = None
    center_id: uuid.UUID | None = None
    status: str | None = None


def seen(query: _Query, model: Paired, principal: Principal) -> _Query:
    """Only the rows the caller sees (``access.parties_see``)."""
    visible = access.parties_see(principal, center_id=model.center_id, scenario_id=model.scenario_id)
    return query if visible is None else query.where(visible)


def filtered(query: _Query, model: Paired, filters: Filters, principal: Principal) -> _Query:
    """The rows matching every filter given, of those the caller sees."""
    for column, value in (
        (model.scenario_id, filters.scenario_id),
        (model.offering_id, filters.offering_id),
        (model.center_id, filters.center_id),
        (model.status, filters.status),
    ):
        if value is not None:
            query = query.where(column == value)
    return seen(query, model, principal)
