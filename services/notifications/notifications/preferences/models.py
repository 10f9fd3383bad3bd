"""A user's e-mail address and the kinds of e-mail they want, with the scoping claims of the token
they registered with (their role, district, center): what decides which news concerns them."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from notifications.base import Base
from shared.db import UTCDateTime, utcnow


class NotificationPreference(Base):
    __tablename__ = "notification_preference"

    # The token's ``sub``: one registration per user.
    sub: Mapped[str] = mapped_column(String(200), primary_key=True)
    email: Mapped[str] = mapped_column(String(320))
    # ``kinds`` values (``preferences.schemas.Kind``).
    kinds: Mapped[list[Any]] = mapped_column(JSON)
    role: Mapped[str] = mapped_column(String(40), index=True)
    district: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    center_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
