"""What the talent service recorded for each center and year, as its events last said."""

import datetime as dt
import uuid

from sqlalchemy import Integer, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base
from shared.db import UTCDateTime


class TalentFiguresView(Base):
    """One (center, year) of talent's figures; ``version`` orders the events that carry them.

    No foreign key to ``center``: the row is talent's word about a center, kept as it arrives.
    """

    __tablename__ = "talent_figures_view"

    center_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    introduced: Mapped[int] = mapped_column(Integer)
    trained: Mapped[int] = mapped_column(Integer)
    awarded: Mapped[int] = mapped_column(Integer)
    services_fulfilled: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
