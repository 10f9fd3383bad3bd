"""HTTP routes of webhook subscriptions and their delivery log."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from notifications.webhooks import service
from notifications.webhooks.dependencies import SecretBoxDep
from notifications.webhooks.schemas import (
    DeliveryOut,
    DeliveryStatus,
    SubscriptionAction,
    WebhookCreate,
    WebhookCreated,
    WebhookOut,
)
from notifications.webhooks.views import delivery_out, webhook_created, webhook_out
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookCreated,
    responses=problem_responses(401, 403, 422),
    summary="Subscribe a URL to event types; the answer shows the signing secret, once",
    description=(
        "No Idempotency-Key: the answer carries the signing secret, which the platform never keeps "
        "in the clear (a stored replay would). A retried create makes a second subscription with a "
        "secret of its own; delete the one you do not use."
    ),
)
async def create_webhook(
    body: WebhookCreate, session: SessionDep, principal: CurrentPrincipal, box: SecretBoxDep, request: Request
) -> WebhookCreated:
    async with session.begin():
        subscription, secret = await service.create(
            session, principal, body, box=box, environment=request.app.state.settings.environment
        )
    return webhook_created(subscription, secret)


@router.get(
    "",
    response_model=Page[WebhookOut],
    responses=problem_responses(401, 403, 422),
    summary="Subscriptions in the caller's scope, oldest first",
)
async def list_webhooks(
    session: SessionDep, principal: CurrentPrincipal, limit: Limit = 50, cursor: Cursor = None
) -> Page[WebhookOut]:
    async with session.begin():
        rows = await service.list_page(session, principal, limit=limit, cursor=cursor)
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[webhook_out(s) for s in page], next_cursor=next_cursor)


@router.get(
    "/{webhook_id}",
    response_model=WebhookOut,
    responses=problem_responses(401, 403, 404),
    summary="One subscription (never its secret)",
)
async def get_webhook(webhook_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal) -> WebhookOut:
    async with session.begin():
        subscription = await service.get(session, principal, webhook_id)
    return webhook_out(subscription)


@router.post(
    "/{webhook_id}/actions/{action}",
    response_model=WebhookOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="disable a subscription, or enable it again (also after repeated failures)",
)
async def act_on_webhook(
    webhook_id: uuid.UUID, action: SubscriptionAction, session: SessionDep, principal: CurrentPrincipal
) -> WebhookOut:
    async with session.begin():
        subscription = await service.act(session, principal, webhook_id, action)
    return webhook_out(subscription)


@router.delete(
    "/{webhook_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(401, 403, 404),
    summary="Delete a subscription and its delivery log",
)
async def delete_webhook(webhook_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal) -> Response:
    async with session.begin():
        await service.remove(session, principal, webhook_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{webhook_id}/deliveries",
    response_model=Page[DeliveryOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="The subscription's delivery log: each event's status, attempts, last answer, times",
)
async def list_deliveries(
    webhook_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    status: Annotated[DeliveryStatus | None, Query()] = None,
) -> Page[DeliveryOut]:
    async with session.begin():
        rows = await service.deliveries_page(
            session,
            principal,
            webhook_id,
            limit=limit,
            cursor=cursor,
            status=status.value if status else None,
        )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[delivery_out(d) for d in page], next_cursor=next_cursor)
