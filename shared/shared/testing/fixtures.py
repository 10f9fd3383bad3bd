"""pytest plugin: one PostgreSQL and one broker per run, migrated template databases per service,
fresh databases cloned from them on demand, and signed tokens."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import pytest

from shared.auth import issue_token
from shared.localbroker import LocalBroker
from shared.migrations import upgrade
from shared.platform import SERVICES
from shared.settings import ServiceSettings
from shared.testing import postgres
from shared.testing.services import service_dir

# Tests call as a handful of subjects from one address, many times a second (50 concurrent
# approvals...): a limit far above that, so the limiter still runs but never answers 429. The
# environment reaches every settings class and the services started as processes.
TEST_RATE_LIMIT = "100000/second"
for _prefix in ("MIC", *(s.upper() for s in SERVICES)):
    os.environ.setdefault(f"{_prefix}_RATE_LIMIT", TEST_RATE_LIMIT)

DatabaseFactory = Callable[[], Awaitable[dict[str, str]]]
TokenFactory = Callable[..., str]


@pytest.fixture(scope="session")
def run_id() -> str:
    return f"mic_{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="session")
async def pg() -> AsyncIterator[postgres.PgServer]:
    server = await postgres.find_or_start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
async def template_databases(pg: postgres.PgServer, run_id: str) -> AsyncIterator[dict[str, str]]:
    """One database per service, migrated to head once per run; fresh ones are cloned from it."""
    names = {s: f"{run_id}_{s}_tpl" for s in SERVICES}
    for name in names.values():
        await pg.execute(f'CREATE DATABASE "{name}"')
    for service, name in names.items():
        # One at a time: Alembic's ``context`` is process-global.
        await asyncio.to_thread(upgrade, service_dir(service), pg.sqlalchemy_url(name))
    yield names
    for name in names.values():
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
async def fresh_databases(
    pg: postgres.PgServer, template_databases: dict[str, str], run_id: str
) -> AsyncIterator[DatabaseFactory]:
    """``await fresh_databases()`` → {service: sqlalchemy url} of new, migrated databases."""
    created: list[str] = []

    async def _make() -> dict[str, str]:
        urls: dict[str, str] = {}
        suffix = uuid.uuid4().hex[:8]
        for service, template in template_databases.items():
            name = f"{run_id}_{service}_{suffix}"
            await pg.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            created.append(name)
            urls[service] = pg.sqlalchemy_url(name)
        return urls

    yield _make
    for name in created:
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def broker() -> Iterator[LocalBroker]:
    instance = LocalBroker()
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture(scope="module")
def own_broker() -> Iterator[LocalBroker]:
    """A broker of the module's own, for tests that count everything on a topic (a consumer's
    lag, every delivery of a type): on the run's broker every other test's events are there too."""
    instance = LocalBroker()
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture(scope="session")
def token() -> TokenFactory:
    """``token("municipal_admin", sub="officer-1", district=..., center=...)``."""
    settings = ServiceSettings()

    def _issue(
        role: str, *, sub: str | None = None, district: str | None = None, center: str | None = None
    ) -> str:
        return issue_token(
            settings, sub=sub or f"{role}-tester", roles=[role], district=district, center_id=center
        )

    return _issue


def bearer(tok: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {tok}"}
