"""Scenarios API tests share one scenarios service per module, on databases of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from services.scenarios.tests.scenario_fixtures import ScenariosEnv, scenarios_env
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[ScenariosEnv]:
    async with scenarios_env(fresh_databases, broker) as running:
        yield running
