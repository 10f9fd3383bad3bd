"""Every service's migrations upgrade and downgrade cleanly, on PostgreSQL and on SQLite,
and leave a schema that matches the models (no drift)."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from shared.db import create_engine
from shared.migrations import alembic_config, downgrade, upgrade
from shared.platform import SERVICES
from shared.testing.postgres import PgServer
from shared.testing.services import service_dir


def tables(url: str) -> set[str]:
    async def _read() -> set[str]:
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        finally:
            await engine.dispose()

    return asyncio.run(_read())


def round_trip(service: str, url: str) -> None:
    """head → base (nothing left but the version table) → head, then `alembic check`."""
    upgrade(service_dir(service), url)
    assert {"outbox_record", "inbox_record"} <= tables(url)
    downgrade(service_dir(service), url)
    assert tables(url) == {f"alembic_version_{service}"}
    upgrade(service_dir(service), url)
    command.check(alembic_config(service_dir(service), url))


@pytest.mark.parametrize("service", SERVICES)
async def test_migrations_round_trip_on_postgresql(pg: PgServer, run_id: str, service: str) -> None:
    name = f"{run_id}_mig_{service}_{uuid.uuid4().hex[:6]}"
    await pg.execute(f'CREATE DATABASE "{name}"')
    try:
        await asyncio.to_thread(round_trip, service, pg.sqlalchemy_url(name))
    finally:
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.parametrize("service", SERVICES)
async def test_migrations_round_trip_on_sqlite(tmp_path: Path, service: str) -> None:
    await asyncio.to_thread(round_trip, service, f"sqlite+aiosqlite:///{tmp_path}/{service}.db")
