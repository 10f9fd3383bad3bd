"""Small writes in one round trip on PostgreSQL, one after another elsewhere; same rows either way."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from shared import write_together as module
from shared.db import create_engine, create_sessionmaker
from shared.testing.postgres import PgServer
from shared.write_together import COMBINED_ROWS_AT_MOST, Bound, Rows, write_together

metadata = MetaData()
parent = Table("parent", metadata, Column("id", Integer, primary_key=True), Column("name", String(40)))
child = Table(
    "child",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("parent_id", ForeignKey("parent.id")),
    Column("note", String(40)),
)
counter = Table("counter", metadata, Column("id", Integer, primary_key=True), Column("value", Integer))

INSERT_PARENT = insert(parent)
INSERT_CHILD = insert(child).returning(child.c.id, child.c.note)
UPSERT_PARENT = postgresql.insert(parent)
UPSERT_PARENT = UPSERT_PARENT.on_conflict_do_update(
    index_elements=["id"], set_={"name": UPSERT_PARENT.excluded.name}
)
SET_COUNTER = update(counter).where(counter.c.id == bindparam("counter_id")).values(value=bindparam("value"))


async def _engine(url: str) -> AsyncEngine:
    engine = create_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        await conn.execute(insert(counter).values(id=1, value=0))
    return engine


@pytest.fixture
async def pg_engine(pg: PgServer) -> AsyncIterator[AsyncEngine]:
    name = f"mic_write_together_{uuid.uuid4().hex[:8]}"
    await pg.execute(f'CREATE DATABASE "{name}"')
    engine = await _engine(pg.sqlalchemy_url(name))
    yield engine
    await engine.dispose()
    await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def sqlite_engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = await _engine(f"sqlite+aiosqlite:///{tmp_path / 'together.db'}")
    yield engine
    await engine.dispose()


def statements_sent(engine: AsyncEngine) -> list[str]:
    sent: list[str] = []

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.split()[0].upper() in {"INSERT", "UPDATE", "WITH", "SELECT"}:
            sent.append(statement)

    return sent


def family(parent_id: int, children: int) -> list[Rows | Bound]:
    return [
        Rows(INSERT_PARENT, [{"id": parent_id, "name": f"p{parent_id}"}]),
        Bound(SET_COUNTER, {"counter_id": 1, "value": parent_id}),
        Rows(
            INSERT_CHILD,
            [{"id": parent_id * 1000 + n, "parent_id": parent_id, "note": f"c{n}"} for n in range(children)],
        ),
    ]


async def written(session: AsyncSession) -> tuple[list[Any], list[Any], int]:
    parents = (await session.execute(select(parent).order_by(parent.c.id))).all()
    children = (await session.execute(select(child).order_by(child.c.id))).all()
    value = (await session.execute(select(counter.c.value))).scalar_one()
    return [tuple(p) for p in parents], [tuple(c) for c in children], value


# How the writes go out on each database: statements sent, and how the first one starts.
SENT = {"postgresql": (1, "WITH"), "sqlite": (3, "INSERT")}


@pytest.fixture(params=sorted(SENT))
def either(
    request: pytest.FixtureRequest, pg_engine: AsyncEngine, sqlite_engine: AsyncEngine
) -> tuple[str, AsyncEngine]:
    """The PostgreSQL or the SQLite engine, with the test tables."""
    return request.param, pg_engine if request.param == "postgresql" else sqlite_engine


async def test_small_writes_return_the_last_writes_rows_and_write_the_same_rows_on_either_database(
    either: tuple[str, AsyncEngine],
) -> None:
    database, engine = either
    sent = statements_sent(engine)
    async with create_sessionmaker(engine)() as session, session.begin():
        result = await write_together(session, family(7, children=2))
        assert result is not None
        assert sorted(tuple(row) for row in result) == [(7000, "c0"), (7001, "c1")]
    statements, first = SENT[database]
    assert len(sent) == statements
    assert sent[0].startswith(first)
    async with create_sessionmaker(engine)() as session:
        assert await written(session) == ([(7, "p7")], [(7000, 7, "c0"), (7001, 7, "c1")], 7)


async def test_a_broken_foreign_key_among_combined_writes_fails_the_statement_and_writes_nothing(
    pg_engine: AsyncEngine,
) -> None:
    orphan = Rows(INSERT_CHILD, [{"id": 1, "parent_id": 404, "note": "orphan"}])
    with pytest.raises(IntegrityError):
        async with create_sessionmaker(pg_engine)() as session, session.begin():
            await write_together(session, [Rows(INSERT_PARENT, [{"id": 1, "name": "p1"}]), orphan])
    async with create_sessionmaker(pg_engine)() as session:
        assert await written(session) == ([], [], 0)


async def test_the_same_shape_reuses_its_statement_and_an_upsert_combines(pg_engine: AsyncEngine) -> None:
    sessions = create_sessionmaker(pg_engine)
    before = len(module._COMBINED)
    for parent_id in (1, 2):
        async with sessions() as session, session.begin():
            await write_together(session, family(parent_id, children=1))
    assert len(module._COMBINED) == before + 1
    rename = Rows(UPSERT_PARENT, [{"id": 1, "name": "renamed"}])
    async with sessions() as session, session.begin():
        await write_together(session, [rename, Rows(INSERT_CHILD, [{"id": 5, "parent_id": 1, "note": "n"}])])
    async with sessions() as session:
        parents, children, value = await written(session)
    assert parents == [(1, "renamed"), (2, "p2")]
    assert (5, 1, "n") in children
    assert value == 2


async def test_a_large_batch_goes_statement_by_statement_with_the_same_rows(pg_engine: AsyncEngine) -> None:
    sent = statements_sent(pg_engine)
    async with create_sessionmaker(pg_engine)() as session, session.begin():
        result = await write_together(session, family(3, children=COMBINED_ROWS_AT_MOST))
        assert result is not None
        assert len(result.all()) == COMBINED_ROWS_AT_MOST
    assert len(sent) == 3
    assert not any(s.startswith("WITH") for s in sent)
    async with create_sessionmaker(pg_engine)() as session:
        parents, children, value = await written(session)
    assert parents == [(3, "p3")]
    assert len(children) == COMBINED_ROWS_AT_MOST
    assert value == 3


async def test_inserts_without_rows_are_skipped_and_nothing_to_write_returns_none(
    pg_engine: AsyncEngine,
) -> None:
    sent = statements_sent(pg_engine)
    async with create_sessionmaker(pg_engine)() as session, session.begin():
        assert await write_together(session, [Rows(INSERT_PARENT, []), Rows(INSERT_CHILD, [])]) is None
        only = await write_together(
            session, [Rows(INSERT_PARENT, [{"id": 4, "name": "p4"}]), Rows(INSERT_CHILD, [])]
        )
        assert only is not None
    assert len(sent) == 1
    assert sent[0].startswith("INSERT")
