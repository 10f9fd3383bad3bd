"""Queue an e-mail in the caller's transaction; the mail sender sends it after the commit."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from notifications.mail.models import EmailMessage
from notifications.preferences.models import NotificationPreference
from notifications.scheduling import insert_once
from shared.db import utcnow


@dataclass(frozen=True)
class Notice:
    """One e-mail's text (zh-CN), the same for every recipient."""

    subject: str
    body: str


async def queue(
    session: AsyncSession, recipient: NotificationPreference, notice: Notice, *, key: str
) -> bool:
    """Whether it was queued now: ``key`` (what it is about, with the recipient) is queued once."""
    now = utcnow()
    return await insert_once(
        session,
        EmailMessage,
        {
            "dedupe_key": f"{key}:{recipient.sub}"[:300],
            "recipient_sub": recipient.sub,
            "to_address": recipient.email,
            "subject": notice.subject,
            "body": notice.body,
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        },
        key=["dedupe_key"],
    )
