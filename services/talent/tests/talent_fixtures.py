"""Shared set-up for the talent tests.

Talent runs alone, in-process, on a fresh database and the real broker. Centers reach it the way
they do in production: as ``registry.center`` events on the broker (built here as registry's
relay would publish them), which talent's consumer turns into its read model.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import select
from stdnum.cn import ric

from shared.contracts import registry as registry_contract
from shared.etag import etag_of
from shared.events import CloudEvent
from shared.kafka import AIOKafkaProducer, create_producer
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from talent.centers.models import CenterView
from talent.config import TalentSettings
from talent.messaging import OutboxRecord
from tests.events import center_created, publish
from tests.stack import Stack, running_stack

_serial = itertools.count(1)
SERVICE_REQUESTS = "/api/v1/service-requests"


def resident_id(birth: dt.date = dt.date(1980, 5, 12), region: str = "440106") -> str:
    """A fresh mainland ID number with a correct GB 11643 check digit."""
    body = f"{region}{birth:%Y%m%d}{next(_serial) % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def talent_body(center_id: str, /, **overrides: Any) -> dict[str, Any]:
    """A valid registration of an introduced leading talent born 1980-05-12; ``overrides`` win."""
    body: dict[str, Any] = {
        "center_id": center_id,
        "name": "张伟",
        "gender": "male",
        "birth_date": "1980-05-12",
        "nationality": "CHN",
        "id_document": {"type": "resident_id", "number": resident_id()},
        "phone": "13812345678",
        "email": "zhang.wei@example.cn",
        "level": "leading",
        "role": "首席科学家",
        "origin": "introduced",
        "introduced_from": "中国科学院深圳先进技术研究院",
        "joined_on": "2025-03-01",
        "qualifications": ["博士", "研究员"],
    }
    body.update(overrides)
    return body


@dataclass
class TalentEnv:
    """Talent alone against the real broker, and a producer to play registry."""

    stack: Stack
    producer: AIOKafkaProducer
    bootstrap: str
    # The newest snapshot each center's events carried, to publish the next version from.
    snapshots: dict[str, registry_contract.CenterSnapshot] = field(default_factory=dict)

    @property
    def talent(self) -> Any:
        return self.stack.clients["talent"]

    @property
    def talent_app(self) -> Any:
        return self.stack.apps["talent"]

    @property
    def sessionmaker(self) -> Any:
        return runtime_of(self.stack.apps["talent"]).sessionmaker

    async def center(self, *, district: str = "tianhe", status: str = "operating") -> str:
        """A center announced by a ``center.created`` event, once talent's read model has it."""
        center_id = uuid.uuid4()
        event = center_created(center_id, district=district, tier="municipal", status=status)
        await publish(self.producer, registry_contract.CENTER_TOPIC, event)
        await self._until_status(center_id, status)
        self.snapshots[str(center_id)] = registry_contract.CenterCreated.model_validate(event.data).center
        return str(center_id)

    async def set_status(self, center_id: str, status: str) -> None:
        """Registry changed the center's status (e.g. revoked it): a ``status_changed`` event."""
        snapshot = self.snapshots[center_id]
        changed = registry_contract.CenterStatusChanged(
            center=snapshot.model_copy(update={"status": status, "version": snapshot.version + 1}),
            action="revoke" if status == "revoked" else "change",
            from_status=snapshot.status,
            to_status=status,
            actor="municipal_admin-tester",
        )
        event = CloudEvent(
            source=registry_contract.SOURCE,
            type=registry_contract.CENTER_STATUS_CHANGED,
            subject=center_id,
            data=changed.model_dump(mode="json"),
        )
        await publish(self.producer, registry_contract.CENTER_TOPIC, event)
        await self._until_status(uuid.UUID(center_id), status)
        self.snapshots[center_id] = changed.center

    async def _until_status(self, center_id: uuid.UUID, status: str) -> None:
        async def arrived() -> bool:
            async with self.sessionmaker() as session:
                center = await session.get(CenterView, center_id)
                return center is not None and center.status == status

        await eventually(arrived, what=f"center {center_id} {status} in talent's read model")

    async def register(self, token: TokenFactory, center_id: str, **overrides: Any) -> dict[str, Any]:
        """A talent registered by a talent officer; the masked response body."""
        response = await self.talent.post(
            "/api/v1/talents",
            json=talent_body(center_id, **overrides),
            headers=bearer(token("talent_officer")),
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    def another_process(self, **settings: object) -> contextlib.AbstractAsyncContextManager[Stack]:
        """A second talent process on the same database and broker, with other settings (a deploy)."""
        return running_stack(self.stack.urls, self.bootstrap, services=("talent",), **settings)

    async def request_service(
        self, tok: str, talent_id: str, kind: str = "housing", details: str = "申请人才公寓，需三居室"
    ) -> httpx.Response:
        """``POST /api/v1/service-requests`` for a talent, as the token's holder."""
        body = {"talent_id": talent_id, "kind": kind, "details": details}
        response: httpx.Response = await self.talent.post(SERVICE_REQUESTS, json=body, headers=bearer(tok))
        return response

    async def act(
        self, tok: str, request: dict[str, Any], action: str, note: str | None = None
    ) -> httpx.Response:
        """One action on a request, with the If-Match of the version ``request`` shows."""
        headers = {**bearer(tok), "If-Match": etag_of(request["version"])}
        body = {} if note is None else {"note": note}
        response: httpx.Response = await self.talent.post(
            f"{SERVICE_REQUESTS}/{request['id']}/actions/{action}", json=body, headers=headers
        )
        return response

    async def outbox(self, key: str, event_type: str | None = None) -> list[OutboxRecord]:
        """Talent's outbox rows for one aggregate key (the events a change wrote)."""
        async with self.sessionmaker() as session:
            query = select(OutboxRecord).where(OutboxRecord.key == key).order_by(OutboxRecord.id)
            if event_type is not None:
                query = query.where(OutboxRecord.event_type == event_type)
            return list(await session.scalars(query))


@contextlib.asynccontextmanager
async def talent_env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[TalentEnv]:
    producer = create_producer(
        TalentSettings(kafka_bootstrap_servers=broker.bootstrap_servers, environment="test")
    )
    await producer.start()
    try:
        async with running_stack(
            await fresh_databases(), broker.bootstrap_servers, services=("talent",)
        ) as stack:
            yield TalentEnv(stack=stack, producer=producer, bootstrap=broker.bootstrap_servers)
    finally:
        await producer.stop()
