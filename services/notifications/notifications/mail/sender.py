"""The mail sender: sends due e-mails over SMTP (aiosmtplib) and records each outcome in its row;
a failure is retried after a backoff until the attempts run out."""

from __future__ import annotations

import asyncio
import uuid
from email.message import EmailMessage as MimeMessage
from typing import cast

import aiosmtplib
import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifications.config import NotificationsSettings
from notifications.mail.models import EmailMessage
from notifications.scheduling import claim_due, retry_at
from shared.app import ServiceRuntime
from shared.db import utcnow

log = structlog.get_logger(__name__)
ERROR_MAX = 1000


def mime(settings: NotificationsSettings, row: EmailMessage) -> MimeMessage:
    message = MimeMessage()
    message["From"] = settings.mail_from
    message["To"] = row.to_address
    message["Subject"] = row.subject
    message["Message-ID"] = f"<{row.id}@mic.gz.local>"
    message.set_content(row.body)
    return message


async def smtp_send(settings: NotificationsSettings, message: MimeMessage) -> None:
    await aiosmtplib.send(
        message,
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_username,
        password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
        use_tls=settings.smtp_tls,
        start_tls=settings.smtp_starttls,
        timeout=settings.smtp_timeout_s,
    )


async def _send(settings: NotificationsSettings, message: MimeMessage) -> str | None:
    """None when the server took it, else the error."""
    try:
        await smtp_send(settings, message)
    except (aiosmtplib.SMTPException, OSError) as exc:
        return f"{type(exc).__name__}: {exc}"[:ERROR_MAX]
    return None


async def _record(
    session: AsyncSession, settings: NotificationsSettings, email_id: uuid.UUID, error: str | None
) -> None:
    row = await session.get(EmailMessage, email_id, with_for_update=True)
    if row is None:
        return
    now = utcnow()
    row.attempts += 1
    row.last_error = error
    if error is None:
        row.status = "sent"
        row.sent_at = now
    elif row.attempts >= settings.email_max_attempts:
        row.status = "failed"
    else:
        row.next_attempt_at = retry_at(
            now, row.attempts, base_s=settings.retry_backoff_base_s, max_s=settings.retry_backoff_max_s
        )


async def send_due(sessionmaker: async_sessionmaker[AsyncSession], settings: NotificationsSettings) -> int:
    """One round: claim the due e-mails, send them one after another, record; how many were tried."""
    async with sessionmaker() as session, session.begin():
        rows = await claim_due(
            session,
            EmailMessage,
            now=utcnow(),
            lease_s=settings.sender_lease_s,
            limit=settings.sender_batch_size,
        )
        messages = [(row.id, mime(settings, row)) for row in rows]
    for email_id, message in messages:
        error = await _send(settings, message)
        async with sessionmaker() as session, session.begin():
            await _record(session, settings, email_id, error)
    return len(messages)


async def run_mail_sender(runtime: ServiceRuntime) -> None:
    """Background task: send until cancelled; an idle or failed round waits the poll interval."""
    settings = cast(NotificationsSettings, runtime.settings)
    while True:
        try:
            tried = await send_due(runtime.sessionmaker, settings)
        except Exception:
            log.exception("mail_round_failed")
            tried = 0
        if tried == 0:
            await asyncio.sleep(settings.sender_poll_interval_s)
