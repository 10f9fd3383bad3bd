"""Notifications service: webhooks for other departments' systems, e-mail for the platform's users
(status changes that concern them, reminders before deadlines), from every platform event."""

from fastapi import FastAPI

from notifications.audit import AuditEntry
from notifications.config import NotificationsSettings
from notifications.deadlines.scheduler import run_reminder_scheduler
from notifications.handlers import consumed_topics, handlers
from notifications.mail.sender import run_mail_sender
from notifications.messaging import InboxRecord, outbox
from notifications.permissions import PERMISSIONS
from notifications.preferences.router import router as preferences_router
from notifications.webhooks.dependencies import box_from
from notifications.webhooks.router import router as webhooks_router
from notifications.webhooks.sender import run_webhook_sender
from shared.app import ServiceSpec, create_app

SPEC = ServiceSpec(
    title="MIC notifications",
    version="0.1.0",
    description="Webhooks for other departments and e-mail for users (通知服务)",
    routers=[webhooks_router, preferences_router],
    outbox=outbox,
    inbox_model=InboxRecord,
    consumed_topics=consumed_topics(),
    handlers=handlers(),
    permissions=PERMISSIONS,
    audit_model=AuditEntry,
    background_tasks={
        "webhook-sender": run_webhook_sender,
        "mail-sender": run_mail_sender,
        "reminder-scheduler": run_reminder_scheduler,
    },
)


def build_app(settings: NotificationsSettings | None = None) -> FastAPI:
    settings = settings or NotificationsSettings()
    app = create_app(settings, SPEC)
    app.state.webhook_secret_box = box_from(settings)
    return app


app = build_app()
