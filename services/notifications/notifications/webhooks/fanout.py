"""Every consumed event becomes a delivery for each enabled subscription to its type, in the
consumer's transaction (with the inbox row): the event is never lost between the broker and the
subscriber, and the unique (subscription, event) makes a redelivered event one delivery."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from notifications.scheduling import insert_once
from notifications.webhooks.models import WebhookDelivery, WebhookSubscription
from shared.db import utcnow
from shared.events import CloudEvent


def structured(event: CloudEvent) -> str:
    """The CloudEvent in structured content mode (JSON with its attributes and ``data``)."""
    return json.dumps(event.model_dump(mode="json", exclude_none=True), ensure_ascii=False)


async def fan_out(session: AsyncSession, event: CloudEvent) -> int:
    """Stage the event's deliveries; how many subscriptions it went to (a few: all are read)."""
    subscriptions = (
        await session.scalars(select(WebhookSubscription).where(WebhookSubscription.status == "enabled"))
    ).all()
    wanting = [s for s in subscriptions if event.type in s.event_types]
    if not wanting:
        return 0
    payload = structured(event)
    now = utcnow()
    for subscription in wanting:
        await insert_once(
            session,
            WebhookDelivery,
            {
                "subscription_id": subscription.id,
                "event_id": event.id,
                "event_type": event.type,
                "payload": payload,
                "status": "pending",
                "attempts": 0,
                "next_attempt_at": now,
                "created_at": now,
            },
            key=["subscription_id", "event_id"],
        )
    return len(wanting)
