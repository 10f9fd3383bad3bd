"""Every action taken on a scenario or an offering, kept as a step: who, in which role, when, from
and to which status, and why. One shape for both tables and one response model."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import UTCDateTime, utcnow


class StepMixin:
    """The columns of a step; the table adds the key of what it is a step of."""

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    acted_by: Mapped[str] = mapped_column(String(200))
    acted_as: Mapped[str] = mapped_column(String(40))
    acted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class StepOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: str = Field(description="the action taken (see allowed_actions), or center_revoked")
    from_status: str
    to_status: str
    note: str | None
    acted_by: str = Field(description="the token's sub; for center_revoked, registry's revoking admin")
    acted_as: str = Field(description="the role it was taken in (registry for center_revoked)")
    acted_at: dt.datetime
