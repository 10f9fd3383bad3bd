"""Funding's read model of registry's centers (event-carried state transfer)."""

from funding.base import Base
from shared.center_view import CenterViewMixin


class CenterView(CenterViewMixin, Base):
    pass
