"""The delivery worker: POSTs due deliveries, signed, and records each outcome in its row.

A 2xx is delivered; anything else (another status, a redirect, which is never followed, a timeout,
a refused connection) is a failed attempt, retried after a backoff until the attempts run out.
Failures in a row count against the subscription, which is disabled at the setting's limit.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from typing import cast

import httpx
import structlog
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifications.config import NotificationsSettings
from notifications.scheduling import claim_due, retry_at
from notifications.webhooks.dependencies import box_from
from notifications.webhooks.models import WebhookDelivery, WebhookSubscription
from notifications.webhooks.secrets import SecretBox
from notifications.webhooks.service import REPEATED_FAILURES, disable
from notifications.webhooks.signing import signed_headers
from shared.app import ServiceRuntime
from shared.db import utcnow

log = structlog.get_logger(__name__)
ERROR_MAX = 1000


@dataclass(frozen=True)
class Attempt:
    delivery_id: uuid.UUID
    url: str
    secret: str
    message_id: str
    payload: str


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str | None

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


async def post(client: httpx.AsyncClient, attempt: Attempt) -> Outcome:
    headers = signed_headers(attempt.secret, message_id=attempt.message_id, body=attempt.payload, at=utcnow())
    try:
        response = await client.post(attempt.url, content=attempt.payload.encode(), headers=headers)
    except httpx.HTTPError as exc:
        return Outcome(None, f"{type(exc).__name__}: {exc}"[:ERROR_MAX])
    if 200 <= response.status_code < 300:
        return Outcome(response.status_code, None)
    return Outcome(response.status_code, f"HTTP {response.status_code}: {response.text[:200]}"[:ERROR_MAX])


async def _claim(session: AsyncSession, settings: NotificationsSettings, box: SecretBox) -> list[Attempt]:
    enabled = select(WebhookSubscription.id).where(WebhookSubscription.status == "enabled")
    rows = await claim_due(
        session,
        WebhookDelivery,
        now=utcnow(),
        lease_s=settings.sender_lease_s,
        limit=settings.sender_batch_size,
        where=[WebhookDelivery.subscription_id.in_(enabled)],
    )
    subscriptions = {
        s.id: s
        for s in await session.scalars(
            select(WebhookSubscription).where(WebhookSubscription.id.in_({r.subscription_id for r in rows}))
        )
    }
    return [
        Attempt(
            delivery_id=row.id,
            url=subscriptions[row.subscription_id].target_url,
            secret=box.open(subscriptions[row.subscription_id].secret_sealed),
            message_id=str(row.event_id),
            payload=row.payload,
        )
        for row in rows
    ]


async def _record(
    session: AsyncSession, settings: NotificationsSettings, attempt: Attempt, outcome: Outcome
) -> None:
    delivery = await session.get(WebhookDelivery, attempt.delivery_id, with_for_update=True)
    if delivery is None:  # the subscription was deleted meanwhile
        return
    subscription = await session.get(WebhookSubscription, delivery.subscription_id, with_for_update=True)
    now = utcnow()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.last_status_code = outcome.status_code
    delivery.last_error = outcome.error
    if outcome.delivered:
        delivery.status = "delivered"
        delivery.delivered_at = now
        if subscription is not None:
            subscription.consecutive_failures = 0
        return
    if delivery.attempts >= settings.webhook_max_attempts:
        delivery.status = "failed"
    else:
        delivery.next_attempt_at = retry_at(
            now, delivery.attempts, base_s=settings.retry_backoff_base_s, max_s=settings.retry_backoff_max_s
        )
    if subscription is None:
        return
    subscription.consecutive_failures += 1
    if (
        subscription.status == "enabled"
        and subscription.consecutive_failures >= settings.webhook_disable_after_failures
    ):
        disable(subscription, reason=REPEATED_FAILURES)
        log.warning(
            "webhook_disabled", subscription=str(subscription.id), failures=subscription.consecutive_failures
        )


async def deliver_due(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: NotificationsSettings,
    client: httpx.AsyncClient,
    box: SecretBox,
) -> int:
    """One round: claim what is due, POST it all at once, record every outcome; how many were tried."""
    async with sessionmaker() as session, session.begin():
        attempts = await _claim(session, settings, box)
    if not attempts:
        return 0
    outcomes = await asyncio.gather(*(post(client, a) for a in attempts))
    async with sessionmaker() as session, session.begin():
        for attempt, outcome in zip(attempts, outcomes, strict=True):
            await _record(session, settings, attempt, outcome)
    return len(attempts)


def http_client(settings: NotificationsSettings) -> httpx.AsyncClient:
    """Timeouts on every phase and no redirects: a subscriber answers itself or fails."""
    return httpx.AsyncClient(timeout=settings.webhook_timeout_s, follow_redirects=False, trust_env=False)


async def run_webhook_sender(runtime: ServiceRuntime) -> None:
    """Background task: deliver until cancelled; an idle or failed round waits the poll interval."""
    settings = cast(NotificationsSettings, runtime.settings)
    box = box_from(settings)
    async with http_client(settings) as client:
        while True:
            try:
                tried = await deliver_due(runtime.sessionmaker, settings, client, box)
            except Exception:
                log.exception("webhook_round_failed")
                tried = 0
            if tried == 0:
                await asyncio.sleep(settings.sender_poll_interval_s)
