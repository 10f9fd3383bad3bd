"""A database that drops every connection (as in a restart) yields 503 problems, never a 500,
loses nothing, and the service recovers by itself."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.postgres import PgServer
from shared.testing.services import runtime_of
from tests.flows import create_center
from tests.stack import Stack, running_stack


@pytest.fixture
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(await fresh_databases(), broker.bootstrap_servers, services=("registry",)) as s:
        yield s


async def test_requests_after_the_database_dropped_its_connections_get_503_then_recover(
    stack: Stack, pg: PgServer, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    database = stack.urls["registry"].rsplit("/", 1)[1]
    engine = runtime_of(stack.apps["registry"]).engine
    # The pool holds the connection the create used: the next read takes it, and it will be dead.
    assert engine.pool.checkedin() >= 1  # type: ignore[attr-defined]
    killer = await asyncpg.connect(pg.dsn(database))
    try:
        terminated = await killer.fetchval(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = $1 AND pid <> pg_backend_pid()) AS t",
            database,
        )
    finally:
        await killer.close()
    assert terminated >= 1
    statuses = []
    for _ in range(5):
        response = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
        statuses.append(response.status_code)
        if response.status_code != 200:
            assert response.status_code == 503, response.text
            assert response.headers["content-type"] == "application/problem+json"
            assert response.headers["Retry-After"] == "1"
            assert response.json()["type"] == "urn:gz-mic:problem:database-unavailable"
        else:
            assert response.json() == {**center, "updated_at": response.json()["updated_at"]}
    # The first read met the dead connection (a certain outage, answered 503); the pool was then
    # replaced and every later read is served again.
    assert statuses[0] == 503
    assert statuses[-1] == 200
    assert 500 not in statuses
