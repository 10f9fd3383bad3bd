"""Use cases on subscriptions. A municipal admin manages every subscription, an integration client
only those it created (another's is 404). Services flush, never commit: the route owns the
transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from notifications.webhooks.models import WebhookDelivery, WebhookSubscription
from notifications.webhooks.schemas import SubscriptionAction, SubscriptionStatus, WebhookCreate
from notifications.webhooks.secrets import SecretBox, new_secret
from notifications.webhooks.targets import check_event_types, check_target
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import NotFound
from shared.pagination import apply_keyset

REPEATED_FAILURES = "repeated_failures"
BY_REQUEST = "by_request"


class WebhookNotFound(NotFound):
    code = "webhook-not-found"


def owner_scope(principal: Principal) -> str | None:
    """None: every subscription (the city); else the only creator whose subscriptions are seen."""
    return None if principal.has(Role.MUNICIPAL_ADMIN) else principal.sub


async def create(
    session: AsyncSession, principal: Principal, data: WebhookCreate, *, box: SecretBox, environment: str
) -> tuple[WebhookSubscription, str]:
    """A new enabled subscription and its signing secret in the clear (for this response only)."""
    now = utcnow()
    secret = new_secret()
    subscription = WebhookSubscription(
        id=uuid.uuid4(),
        target_url=check_target(data.target_url, environment=environment),
        event_types=check_event_types(data.event_types),
        description=data.description,
        secret_sealed=box.seal(secret),
        status=SubscriptionStatus.ENABLED.value,
        consecutive_failures=0,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(subscription)
    await session.flush()
    return subscription, secret


async def list_page(
    session: AsyncSession, principal: Principal, *, limit: int, cursor: str | None
) -> Sequence[WebhookSubscription]:
    query = select(WebhookSubscription)
    owner = owner_scope(principal)
    if owner is not None:
        query = query.where(WebhookSubscription.created_by == owner)
    query = apply_keyset(query, WebhookSubscription.created_at, WebhookSubscription.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(
    session: AsyncSession, principal: Principal, webhook_id: uuid.UUID, *, for_update: bool = False
) -> WebhookSubscription:
    query = select(WebhookSubscription).where(WebhookSubscription.id == webhook_id)
    owner = owner_scope(principal)
    if owner is not None:
        query = query.where(WebhookSubscription.created_by == owner)
    if for_update:
        query = query.with_for_update()
    subscription = await session.scalar(query)
    if subscription is None:
        raise WebhookNotFound(
            f"no webhook subscription {webhook_id}", detail_zh=f"未找到 Webhook 订阅 {webhook_id}"
        )
    return subscription


async def act(
    session: AsyncSession, principal: Principal, webhook_id: uuid.UUID, action: SubscriptionAction
) -> WebhookSubscription:
    """``disable`` stops deliveries (pending ones wait); ``enable`` starts them again, with the
    failure count cleared and the waiting deliveries due at once."""
    subscription = await get(session, principal, webhook_id, for_update=True)
    now = utcnow()
    if action is SubscriptionAction.ENABLE:
        subscription.status = SubscriptionStatus.ENABLED.value
        subscription.consecutive_failures = 0
        subscription.disabled_reason = None
        subscription.disabled_at = None
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.subscription_id == subscription.id, WebhookDelivery.status == "pending")
            .values(next_attempt_at=now)
        )
    elif subscription.status != SubscriptionStatus.DISABLED.value:
        disable(subscription, reason=BY_REQUEST)
    subscription.updated_at = now
    await session.flush()
    return subscription


def disable(subscription: WebhookSubscription, *, reason: str) -> None:
    subscription.status = SubscriptionStatus.DISABLED.value
    subscription.disabled_reason = reason
    subscription.disabled_at = utcnow()
    subscription.updated_at = subscription.disabled_at


async def remove(session: AsyncSession, principal: Principal, webhook_id: uuid.UUID) -> None:
    """The subscription and its delivery log go; what is pending is never sent."""
    subscription = await get(session, principal, webhook_id, for_update=True)
    await session.delete(subscription)  # its deliveries with it (ON DELETE CASCADE)
    await session.flush()


async def deliveries_page(
    session: AsyncSession,
    principal: Principal,
    webhook_id: uuid.UUID,
    *,
    limit: int,
    cursor: str | None,
    status: str | None,
) -> Sequence[WebhookDelivery]:
    subscription = await get(session, principal, webhook_id)
    query = select(WebhookDelivery).where(WebhookDelivery.subscription_id == subscription.id)
    if status is not None:
        query = query.where(WebhookDelivery.status == status)
    query = apply_keyset(query, WebhookDelivery.created_at, WebhookDelivery.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()
