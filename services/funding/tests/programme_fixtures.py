"""Shared set-up for the programme tests (investments, platforms, recognitions, municipal support).

Funding runs alone, in-process, on a fresh database and the real broker. Centers reach it the
way they do in production: as ``registry.center`` events on the broker (built here, as
registry's relay would publish them), which funding's consumer turns into its read model.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from funding.centers.models import CenterView
from funding.config import FundingSettings
from funding.investments.uscc import check_digit
from funding.messaging import OutboxRecord
from shared.contracts import registry as registry_contract
from shared.events import CloudEvent
from shared.kafka import AIOKafkaProducer, create_producer
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory
from shared.testing.services import eventually, runtime_of
from tests.events import publish
from tests.stack import Stack, running_stack

_counter = itertools.count(1)


def valid_uscc() -> str:
    """A fresh USCC with a correct GB 32100-2015 check digit."""
    body = f"91440101{(next(_counter) + uuid.uuid4().int) % 10**9:09d}"
    return body + check_digit(body)


def center_created(
    center_id: uuid.UUID,
    *,
    district: str,
    tier: str,
    status: str = "operating",
    version: int = 1,
    lead_uscc: str | None = None,
) -> CloudEvent:
    """As registry publishes it: the center with its lead organization as its one member."""
    lead = registry_contract.MemberOrganization(
        id=uuid.uuid4(), name="某科技有限公司", uscc=lead_uscc or valid_uscc(), type="enterprise"
    )
    snapshot = registry_contract.CenterSnapshot(
        id=center_id,
        name=f"测试创新中心 {center_id.hex[:6]}",
        mode="self_built",
        cluster_code="artificial_intelligence",
        sub_sector=f"细分领域 {center_id.hex[:6]}",
        district=district,
        lead_organization=registry_contract.LeadOrganization(
            id=lead.id, name=lead.name, uscc=lead.uscc, type=lead.type
        ),
        status=status,
        tier=tier,  # type: ignore[arg-type]
        version=version,
        updated_at=dt.datetime.now(dt.UTC),
    )
    return CloudEvent(
        source=registry_contract.SOURCE,
        type=registry_contract.CENTER_CREATED,
        subject=str(center_id),
        data=registry_contract.CenterCreated(
            center=snapshot,
            members=[registry_contract.CenterMember(member_id=uuid.uuid4(), role="lead", organization=lead)],
            members_version=1,
        ).model_dump(mode="json"),
    )


@dataclass
class Programmes:
    """Funding alone against the real broker, and a producer to play registry and scenarios."""

    stack: Stack
    producer: AIOKafkaProducer
    # Each center's lead organization (its USCC), as its center.created event named it.
    leads: dict[str, str] = field(default_factory=dict)

    @property
    def funding(self) -> Any:
        return self.stack.funding

    async def center(
        self, *, district: str = "tianhe", tier: str = "municipal", status: str = "operating"
    ) -> str:
        """A center announced by a ``center.created`` event, once funding's read model has it."""
        center_id = uuid.uuid4()
        lead_uscc = valid_uscc()
        await publish(
            self.producer,
            registry_contract.CENTER_TOPIC,
            center_created(center_id, district=district, tier=tier, status=status, lead_uscc=lead_uscc),
        )
        sessionmaker = runtime_of(self.stack.apps["funding"]).sessionmaker

        async def known() -> bool:
            async with sessionmaker() as session:
                return await session.get(CenterView, center_id) is not None

        await eventually(known, what=f"center {center_id} in funding's read model")
        self.leads[str(center_id)] = lead_uscc
        return str(center_id)

    async def outbox(self, key: str, event_type: str | None = None) -> list[OutboxRecord]:
        """Funding's outbox rows for one aggregate key (the events a state change wrote)."""
        async with runtime_of(self.stack.apps["funding"]).sessionmaker() as session:
            query = select(OutboxRecord).where(OutboxRecord.key == key).order_by(OutboxRecord.id)
            if event_type is not None:
                query = query.where(OutboxRecord.event_type == event_type)
            return list(await session.scalars(query))


@contextlib.asynccontextmanager
async def programmes(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    producer = create_producer(
        FundingSettings(kafka_bootstrap_servers=broker.bootstrap_servers, environment="test")
    )
    await producer.start()
    try:
        async with running_stack(
            await fresh_databases(), broker.bootstrap_servers, services=("funding",)
        ) as stack:
            yield Programmes(stack=stack, producer=producer)
    finally:
        await producer.stop()
