"""The inbox claim: it succeeds the first time a consumer sees an event and fails ever after,
taking the handler's writes down with it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Integer, String, Table, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared import inbox
from shared.db import create_engine, create_sessionmaker
from shared.inbox import InboxMixin
from shared.testing.postgres import PgServer
from shared.write_together import Rows, defer, write_deferred, write_together


class Base(DeclarativeBase):
    pass


class InboxRecord(InboxMixin, Base):
    pass


class Note(Base):
    """What a handler writes."""

    __tablename__ = "note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(50))


NOTE = insert(cast(Table, Note.__table__))


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

    async def handle(consumer: str, note: str) -> bool:
        """As the consumer runner does: the claim deferred, the handler's write, one commit."""
        try:
            async with sessions() as session, session.begin():
                defer(
                    session, inbox.claim(InboxRecord, consumer=consumer, event_id=event_id, event_type="t.v1")
                )
                await write_together(session, [Rows(NOTE, [{"text": note}])])
        except IntegrityError:
            return False
        return True

    async def handled(consumer: str) -> bool:
        async with sessions() as session:
            return await inbox.handled(session, InboxRecord, consumer=consumer, event_id=event_id)

    assert not await handled("funding")
    assert await handle("funding", "first") is True
    assert await handled("funding")
    assert await handle("funding", "again") is False
    assert await handle("talent", "other consumer") is True
    async with sessions() as session:
        notes = (await session.scalars(select(Note.text).order_by(Note.id))).all()
    assert notes == ["first", "other consumer"]  # the duplicate's write rolled back with its claim


async def test_a_claim_nothing_wrote_together_goes_out_when_asked(engine: AsyncEngine) -> None:
    sessions = create_sessionmaker(engine)
    event_id = uuid.uuid4()
    async with sessions() as session, session.begin():
        defer(session, inbox.claim(InboxRecord, consumer="funding", event_id=event_id, event_type="t.v1"))
        await write_deferred(session)
        await write_deferred(session)  # nothing left: no second insert
    async with sessions() as session:
        assert await inbox.handled(session, InboxRecord, consumer="funding", event_id=event_id)
