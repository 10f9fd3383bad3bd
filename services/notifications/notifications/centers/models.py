"""The centers as registry announces them: whom a center's news concerns (district, cluster)."""

from notifications.base import Base
from shared.center_view import CenterViewMixin


class CenterView(CenterViewMixin, Base):
    pass
