"""The reminder scheduler: before each open deadline, the nearest due reminder to everyone it
concerns, once. The (deadline, recipient, days-before) row is written with the e-mail in one
transaction under a unique key, so runs that overlap (two replicas, a restart) send nothing twice."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from typing import cast

import structlog
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from notifications.centers.models import CenterView
from notifications.config import NotificationsSettings
from notifications.deadlines.models import Deadline
from notifications.deadlines.tracking import open_deadlines
from notifications.mail.queue import queue
from notifications.mail.templates import reminder
from notifications.preferences.schemas import Kind
from notifications.recipients import Audience, audience, recipients
from shared.app import ServiceRuntime
from shared.auth import Role
from shared.china_time import china_today

log = structlog.get_logger(__name__)


def reminder_due(due_on: dt.date, today: dt.date, days_before: Sequence[int]) -> int | None:
    """Which reminder is due today: the nearest of ``days_before`` not before the days left (None
    when the deadline is past or further off than every reminder)."""
    left = (due_on - today).days
    if left < 0:
        return None
    return min((d for d in days_before if d >= left), default=None)


async def _audience(session: AsyncSession, deadline: Deadline) -> Audience:
    """A scenario's: the centers of its cluster and its creator; a round's: every center user and
    the talent officers; a rectification's: the center and its district."""
    if deadline.kind == "scenario":
        centers = await session.scalars(
            select(CenterView.id).where(CenterView.cluster_code == deadline.cluster_code)
        )
        return audience(centers=centers.all(), subs=[deadline.owner_sub] if deadline.owner_sub else [])
    if deadline.kind == "talent_round":
        return audience(roles=[Role.CENTER_USER, Role.TALENT_OFFICER])
    center = await session.get(CenterView, deadline.center_id) if deadline.center_id else None
    return audience(
        centers=[deadline.center_id] if deadline.center_id else [],
        districts=[center.district] if center else [],
    )


async def send_due_reminders(
    session: AsyncSession, settings: NotificationsSettings, *, today: dt.date
) -> int:
    """Queue today's reminders in the caller's transaction; how many were new."""
    days = settings.reminder_days_before
    queued = 0
    for deadline in await open_deadlines(session, since=today, until=today + dt.timedelta(days=max(days))):
        days_before = reminder_due(deadline.due_on, today, days)
        if days_before is None:
            continue
        notice = reminder(deadline.kind, deadline.title_zh, deadline.due_on, (deadline.due_on - today).days)
        for recipient in await recipients(
            session, Kind.DEADLINE_REMINDERS, await _audience(session, deadline)
        ):
            # Once per deadline, recipient and reminder day: the e-mail's own key says so.
            queued += await queue(session, recipient, notice, key=f"reminder:{deadline.id}:{days_before}")
    return queued


async def run_reminder_scheduler(runtime: ServiceRuntime) -> None:
    """Background task: look for due reminders every ``reminder_interval_s`` (China's date)."""
    settings = cast(NotificationsSettings, runtime.settings)
    while True:
        try:
            async with runtime.sessionmaker() as session, session.begin():
                await send_due_reminders(session, settings, today=china_today())
        except Exception:
            log.exception("reminder_round_failed")
        await asyncio.sleep(settings.reminder_interval_s)
