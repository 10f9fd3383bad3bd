"""Shared set-up for the notifications tests: the service alone on a fresh database and the real
broker, a real HTTP receiver for its webhooks and a real SMTP server for its e-mail, both
in-process on free ports; registry is played on the broker (``tests.registry_player``)."""

from __future__ import annotations

import contextlib
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import httpx
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from notifications.centers.models import CenterView
from notifications.config import NotificationsSettings
from notifications.webhooks.models import WebhookDelivery
from shared.events import CloudEvent
from shared.localbroker import LocalBroker, free_port
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.live import serve
from shared.testing.services import runtime_of
from tests.events import publish
from tests.registry_player import RegistryPlayer, registry_player
from tests.stack import Stack, running_stack

# Fast retries and a low failure limit, so that a test sees the whole schedule in a second or two.
DISABLE_AFTER = 3
TEST_SETTINGS: dict[str, Any] = {
    "sender_poll_interval_s": 0.05,
    "retry_backoff_base_s": 0.05,
    "retry_backoff_max_s": 0.2,
    "webhook_timeout_s": 5.0,
    "webhook_max_attempts": 6,
    "webhook_disable_after_failures": DISABLE_AFTER,
    "email_max_attempts": 3,
    # The tests run the scheduler themselves (twice, to see it send once).
    "reminder_interval_s": 3600.0,
}
WEBHOOKS = "/api/v1/webhooks"
PREFERENCES = "/api/v1/notification-preferences/me"


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """A subscriber's endpoint: ``/hooks/<name>`` answers the statuses planned for that name in
    turn (then 204) and keeps every request it got."""

    base_url: str
    plans: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    received: dict[str, list[Received]] = field(default_factory=lambda: defaultdict(list))

    def url(self, name: str) -> str:
        return f"{self.base_url}/hooks/{name}"

    async def endpoint(self, request: Request) -> Response:
        name = request.path_params["name"]
        self.received[name].append(Received(dict(request.headers), await request.body()))
        plan = self.plans[name]
        return Response(status_code=plan.pop(0) if plan else 204)


@contextlib.asynccontextmanager
async def http_receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver(base_url="")
    app = Starlette(routes=[Route("/hooks/{name}", receiver.endpoint, methods=["POST"])])
    with serve(app) as live:
        receiver.base_url = live.base_url
        yield receiver


@dataclass
class Mailbox:
    """What the SMTP server received, each message parsed (headers decoded)."""

    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        parsed = message_from_bytes(content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [message for rcpts, message in self.messages if address in rcpts]


@contextlib.contextmanager
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield mailbox, port
    finally:
        controller.stop()


@dataclass
class NotificationsEnv:
    stack: Stack
    registry: RegistryPlayer
    receiver: Receiver
    mailbox: Mailbox

    @property
    def api(self) -> httpx.AsyncClient:
        return self.stack.clients["notifications"]

    @property
    def sessionmaker(self) -> Any:
        return runtime_of(self.stack.apps["notifications"]).sessionmaker

    @property
    def settings(self) -> NotificationsSettings:
        settings = runtime_of(self.stack.apps["notifications"]).settings
        assert isinstance(settings, NotificationsSettings)
        return settings

    async def publish(self, topic: str, event: CloudEvent) -> None:
        await publish(self.registry.producer, topic, event)

    async def subscribe(self, token: TokenFactory, name: str, *event_types: str) -> dict[str, Any]:
        """A subscription of the receiver's ``name`` endpoint, by a municipal admin; with its secret."""
        body = {"target_url": self.receiver.url(name), "event_types": list(event_types)}
        response = await self.api.post(WEBHOOKS, json=body, headers=bearer(token("municipal_admin")))
        assert response.status_code == 201, response.text
        created: dict[str, Any] = response.json()
        return created

    async def deliveries(self, subscription_id: str) -> list[WebhookDelivery]:
        async with self.sessionmaker() as session:
            query = select(WebhookDelivery).where(
                WebhookDelivery.subscription_id == uuid.UUID(subscription_id)
            )
            return list((await session.scalars(query.order_by(WebhookDelivery.created_at))).all())

    async def register(self, tok: str, email: str, *kinds: str) -> None:
        response = await self.api.put(
            PREFERENCES, json={"email": email, "kinds": list(kinds)}, headers=bearer(tok)
        )
        assert response.status_code == 200, response.text


@contextlib.asynccontextmanager
async def notifications_env(
    fresh_databases: DatabaseFactory, broker: LocalBroker
) -> AsyncIterator[NotificationsEnv]:
    bootstrap = broker.bootstrap_servers
    with smtp_server() as (mailbox, smtp_port):
        async with (
            http_receiver() as receiver,
            running_stack(
                await fresh_databases(),
                bootstrap,
                services=("notifications",),
                smtp_port=smtp_port,
                **TEST_SETTINGS,
            ) as stack,
            registry_player(stack.apps["notifications"], CenterView, bootstrap=bootstrap) as registry,
        ):
            yield NotificationsEnv(stack=stack, registry=registry, receiver=receiver, mailbox=mailbox)
