"""Scenarios' read model of registry's centers (event-carried state transfer)."""

from scenarios.base import Base
from shared.center_view import CenterViewMixin


class CenterView(CenterViewMixin, Base):
    pass
