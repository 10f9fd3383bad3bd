"""Every ORM model of notifications, imported here so Alembic sees the whole metadata."""

from notifications.audit import AuditEntry
from notifications.base import Base
from notifications.centers.models import CenterView
from notifications.deadlines.models import Deadline
from notifications.mail.models import EmailMessage
from notifications.messaging import InboxRecord, OutboxRecord
from notifications.preferences.models import NotificationPreference
from notifications.webhooks.models import WebhookDelivery, WebhookSubscription

__all__ = [
    "AuditEntry",
    "Base",
    "CenterView",
    "Deadline",
    "EmailMessage",
    "InboxRecord",
    "NotificationPreference",
    "OutboxRecord",
    "WebhookDelivery",
    "WebhookSubscription",
]
