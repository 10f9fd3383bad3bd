"""Funding's read model of registry's centers (event-carried state transfer)."""

from shared.center_view import CenterViewMixin
from talent.base import Base


class CenterView(CenterViewMixin, Base):
    pass
