"""The inbox claim: true the first time a consumer sees an event, false ever after."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import DeclarativeBase

from shared import inbox
from shared.db import create_engine, create_sessionmaker
from shared.inbox import InboxMixin
from shared.testing.postgres import PgServer


class Base(DeclarativeBase):
    pass


class InboxRecord(InboxMixin, Base):
    pass


@pytest.fixture(params=["postgresql", "sqlite"])
async def engine(request: pytest.FixtureRequest, pg: PgServer, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    name = f"mic_inbox_{uuid.uuid4().hex[:8]}"
    if request.param == "postgresql":
        await pg.execute(f'CREATE DATABASE "{name}"')
        url = pg.sqlalchemy_url(name)
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'inbox.db'}"
    created = create_engine(url)
    async with created.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield created
    await created.dispose()
    if request.param == "postgresql":
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def test_a_claim_is_won_once_per_consumer_and_event(engine: AsyncEngine) -> None:
    sessions = create_sessionmaker(engine)
    event_id = uuid.uuid4()

    async def claim(consumer: str) -> bool:
        async with sessions() as session, session.begin():
            return await inbox.claim(
                session, InboxRecord, consumer=consumer, event_id=event_id, event_type="t.v1"
            )

    assert await claim("funding") is True
    assert await claim("funding") is False
    assert await claim("talent") is True
