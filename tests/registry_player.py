"""Play registry in one service's tests: registry's center events, built and published on the real
broker as registry's relay would publish them, and a wait until the service's own read model
(its ``center_view``) has taken each one in."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.center_view import CenterViewMixin
from shared.contracts import registry as contract
from shared.events import CloudEvent
from shared.kafka import AIOKafkaProducer, create_producer
from shared.settings import ServiceSettings
from shared.testing.services import eventually, runtime_of
from tests.events import center_created, publish


@dataclass
class RegistryPlayer:
    """Registry's side of the ``registry.center`` topic, for the service whose read model waits."""

    producer: AIOKafkaProducer
    sessionmaker: async_sessionmaker[AsyncSession]
    view: type[CenterViewMixin]
    service: str
    # The newest snapshot each center's events carried, to publish the next version from.
    snapshots: dict[str, contract.CenterSnapshot] = field(default_factory=dict)

    async def center(
        self,
        *,
        district: str = "tianhe",
        tier: str = "municipal",
        status: str = "operating",
        lead_uscc: str | None = None,
    ) -> str:
        """A center announced by a ``center.created`` event, once the read model has it."""
        center_id = uuid.uuid4()
        event = center_created(center_id, district=district, tier=tier, status=status, lead_uscc=lead_uscc)
        snapshot = contract.CenterCreated.model_validate(event.data).center
        await self.announce(event, snapshot)
        return str(center_id)

    async def set_status(self, center_id: str, status: str) -> CloudEvent:
        """Registry changed the center's status (``revoked`` by a ``revoke``): a ``status_changed``
        event with the next snapshot version; returned, so a test can deliver it again."""
        held = self.snapshots[center_id]
        snapshot = held.model_copy(update={"status": status, "version": held.version + 1})
        body = contract.CenterStatusChanged(
            center=snapshot,
            action="revoke" if status == "revoked" else "change",
            from_status=held.status,
            to_status=status,
            actor="municipal_admin-tester",
        )
        event = _event(contract.CENTER_STATUS_CHANGED, center_id, body)
        await self.announce(event, snapshot)
        return event

    async def update(self, center_id: str, **fields: Any) -> CloudEvent:
        """Registry edited fields of the center (``center.updated``, the next snapshot version)."""
        held = self.snapshots[center_id]
        snapshot = held.model_copy(update={**fields, "version": held.version + 1})
        body = contract.CenterUpdated(
            center=snapshot, changed_fields=sorted(fields), actor="municipal_admin-tester"
        )
        event = _event(contract.CENTER_UPDATED, center_id, body)
        await self.announce(event, snapshot)
        return event

    async def announce(self, event: CloudEvent, snapshot: contract.CenterSnapshot) -> None:
        """Publish ``event`` carrying ``snapshot`` and wait until the read model holds that version."""
        await publish(self.producer, contract.CENTER_TOPIC, event)
        await self.until_version(snapshot.id, snapshot.version)
        self.snapshots[str(snapshot.id)] = snapshot

    async def until_version(self, center_id: uuid.UUID, version: int) -> None:
        async def arrived() -> bool:
            async with self.sessionmaker() as session:
                center = await session.get(self.view, center_id)
                return center is not None and center.version >= version

        await eventually(arrived, what=f"center {center_id} v{version} in {self.service}'s read model")


def _event(event_type: str, center_id: str, body: BaseModel) -> CloudEvent:
    return CloudEvent(
        source=contract.SOURCE, type=event_type, subject=center_id, data=body.model_dump(mode="json")
    )


@contextlib.asynccontextmanager
async def registry_player(
    app: FastAPI, view: type[CenterViewMixin], *, bootstrap: str
) -> AsyncIterator[RegistryPlayer]:
    """A player for ``app``'s read model ``view``, with a producer of its own on ``bootstrap``."""
    settings = ServiceSettings(service_name="registry", kafka_bootstrap_servers=bootstrap, environment="test")
    producer = create_producer(settings)
    await producer.start()
    try:
        service = runtime_of(app).settings.service_name
        yield RegistryPlayer(
            producer=producer, sessionmaker=runtime_of(app).sessionmaker, view=view, service=service
        )
    finally:
        await producer.stop()
