"""Talent API tests share one talent service per module, on databases of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from services.talent.tests.talent_fixtures import TalentEnv, talent_env
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[TalentEnv]:
    async with talent_env(fresh_databases, broker) as running:
        yield running
