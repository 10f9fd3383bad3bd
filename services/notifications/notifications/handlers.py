"""One handler for every event type in the catalogue, on every platform topic: it keeps the center
read model, stages webhook deliveries and queues the e-mails and deadlines the type has. A type
with nothing of its own to do still reaches the webhooks; no lookup fails on a type it lacks."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from notifications.centers.handlers import on_center_changed
from notifications.deadlines.tracking import track
from notifications.mail.status_changes import notify
from notifications.webhooks.fanout import fan_out
from shared.consumer import Handler
from shared.contracts import registry
from shared.event_catalogue import catalogue
from shared.events import CloudEvent

CENTER_SNAPSHOTS = frozenset(registry.SNAPSHOT_EVENTS)


async def on_event(session: AsyncSession, event: CloudEvent) -> None:
    if event.type in CENTER_SNAPSHOTS:
        await on_center_changed(session, event)  # first: the e-mails read the center from it
    await fan_out(session, event)
    await notify(session, event)
    await track(session, event)


def consumed_topics() -> list[str]:
    """Every topic of the catalogue, each once, in declaration order."""
    return list(dict.fromkeys(event.topic.name for event in catalogue().values()))


def handlers() -> dict[str, Handler]:
    return dict.fromkeys(catalogue(), on_event)
