"""Request and response bodies of the notification preferences API."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.text import Email


class Kind(enum.StrEnum):
    """What a user may ask to be e-mailed about."""

    STATUS_CHANGES = "status_changes"
    DEADLINE_REMINDERS = "deadline_reminders"


class PreferenceIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"email": "li.na@example.cn", "kinds": ["status_changes", "deadline_reminders"]}]
        },
    )

    email: Email
    kinds: list[Kind] = Field(max_length=len(Kind), description="empty: registered, but nothing is sent")


class PreferenceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sub: str
    email: str
    kinds: list[Kind]
    role: str = Field(description="the role of the token the preference was saved with")
    district: str | None
    center_id: uuid.UUID | None
    created_at: dt.datetime
    updated_at: dt.datetime
