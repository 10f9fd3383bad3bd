"""Funding API tests share one funding service per module, on databases of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory
from tests.stack import Stack, running_stack


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(), broker.bootstrap_servers, services=("funding",)
    ) as running:
        yield running


@pytest.fixture(scope="module")
def admin(token: TokenFactory) -> str:
    return token("municipal_admin", sub="city-officer")
