"""ORM rows to response bodies."""

from notifications.webhooks.models import WebhookDelivery, WebhookSubscription
from notifications.webhooks.schemas import DeliveryOut, WebhookCreated, WebhookOut


def webhook_out(subscription: WebhookSubscription) -> WebhookOut:
    return WebhookOut.model_validate(subscription)


def webhook_created(subscription: WebhookSubscription, secret: str) -> WebhookCreated:
    return WebhookCreated(**webhook_out(subscription).model_dump(), secret=secret)


def delivery_out(delivery: WebhookDelivery) -> DeliveryOut:
    out = DeliveryOut.model_validate(delivery)
    if delivery.status != "pending":
        out = out.model_copy(update={"next_attempt_at": None})
    return out
