"""Registry API tests share one registry per module, on databases of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from shared.kafka import AIOKafkaProducer, create_producer
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory
from talent.config import TalentSettings
from tests.stack import Stack, running_stack


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(), broker.bootstrap_servers, services=("registry",)
    ) as running:
        yield running


@pytest.fixture(scope="module")
def admin(token: TokenFactory) -> str:
    return token("municipal_admin", sub="city-officer")


@pytest.fixture(scope="module")
async def talent_producer(broker: LocalBroker) -> AsyncIterator[AIOKafkaProducer]:
    """A producer as talent's relay has one, to publish talent's events to registry."""
    producer = create_producer(
        TalentSettings(kafka_bootstrap_servers=broker.bootstrap_servers, environment="test")
    )
    await producer.start()
    yield producer
    await producer.stop()
