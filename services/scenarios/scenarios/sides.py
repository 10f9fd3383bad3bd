"""The two sides of a match and of its pilot: the scenario's (its own publisher, and the city where
it may stand in) and the offering's center (a center_user of that center)."""

from __future__ import annotations

import enum
import uuid

from shared.auth import Principal, Role


class Side(enum.StrEnum):
    SCENARIO = "scenario"
    CENTER = "center"


def sides_of(
    principal: Principal, *, scenario_created_by: str, center_id: uuid.UUID, city: bool = True
) -> set[Side]:
    """The sides the caller stands on; ``city``: whether a municipal_admin counts for the scenario."""
    sides: set[Side] = set()
    if (principal.has(Role.SCENARIO_PUBLISHER) and scenario_created_by == principal.sub) or (
        city and principal.has(Role.MUNICIPAL_ADMIN)
    ):
        sides.add(Side.SCENARIO)
    if principal.has(Role.CENTER_USER) and principal.center_id == center_id:
        sides.add(Side.CENTER)
    return sides
