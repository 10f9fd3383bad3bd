"""Notifications tests share one notifications service per module, on databases of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from services.notifications.tests.notification_fixtures import NotificationsEnv, notifications_env
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, own_broker: LocalBroker) -> AsyncIterator[NotificationsEnv]:
    # Its own broker: notifications consumes every topic, and a subscription to a type would get
    # every other test's events of that type too.
    async with notifications_env(fresh_databases, own_broker) as running:
        yield running
