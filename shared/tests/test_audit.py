"""The audit trail's machinery (shared.audit): how changes are caught and merged, how the chain
is hashed and checked. The capture runs in a small app on a real PostgreSQL: the ORM and Core
writes, a savepoint rolled back, a failed request, concurrent requests, work outside a request."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI, Request
from sqlalchemy import Integer, String, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.audit.capture import AUDIT_MODEL, AuditedSession, AuditTrailMiddleware
from shared.audit.chain import first_break, verify_chain
from shared.audit.entries import (
    GENESIS,
    REDACTED,
    UNAUDITED_TABLES,
    AuditMixin,
    content_of,
    entry_hash,
    merged,
    written_down,
)
from shared.auth import Principal, Role
from shared.db import create_engine, create_sessionmaker, new_metadata
from shared.idempotency import IdempotencyMixin
from shared.inbox import InboxMixin
from shared.outbox import OutboxMixin
from shared.testing.postgres import PgServer


class Base(DeclarativeBase):
    metadata = new_metadata()


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(40))
    secret_sealed: Mapped[str] = mapped_column(String(40), default="ciphertext")


class Entry(AuditMixin, Base):
    pass


CALLER = Principal(sub="tester", roles=frozenset({Role.MUNICIPAL_ADMIN}), client_id="bureau-app")


def audited_app(sessions: async_sessionmaker[AsyncSession]) -> FastAPI:
    """Routes that write as services do, each in one transaction of the request's session."""
    app = FastAPI()

    async def session_for(request: Request) -> AsyncSession:
        request.state.principal = CALLER  # what the bearer dependency leaves there
        return sessions()

    @app.post("/items/{item_id}")
    async def create(item_id: int, request: Request) -> dict[str, str]:
        async with await session_for(request) as session, session.begin():
            session.add(Item(id=item_id, name="new"))
            await session.flush()
            (await session.get_one(Item, item_id)).name = "named"  # insert + update: one insert
        return {}

    @app.patch("/items/{item_id}")
    async def rename(item_id: int, request: Request) -> dict[str, str]:
        async with await session_for(request) as session, session.begin():
            await session.execute(update(Item).where(Item.id == item_id).values(name="renamed"))
        return {}

    @app.delete("/items/{item_id}")
    async def remove(item_id: int, request: Request) -> dict[str, str]:
        async with await session_for(request) as session, session.begin():
            await session.execute(delete(Item).where(Item.id == item_id))
        return {}

    @app.post("/items/{item_id}/with-a-failed-savepoint")
    async def with_savepoint(item_id: int, request: Request) -> dict[str, str]:
        async with await session_for(request) as session, session.begin():
            session.add(Item(id=item_id, name="kept"))
            await session.flush()
            try:
                async with session.begin_nested():
                    await session.execute(insert(Item).values(id=item_id + 1, name="rolled back"))
                    await session.execute(insert(Item).values(id=item_id, name="duplicate"))
            except IntegrityError:
                pass
        return {}

    @app.post("/items/{item_id}/failing")
    async def failing(item_id: int, request: Request) -> dict[str, str]:
        async with await session_for(request) as session, session.begin():
            session.add(Item(id=item_id, name="never"))
            await session.flush()
            raise RuntimeError("the request fails after its write")

    @app.get("/items/{item_id}")
    async def read(item_id: int, request: Request) -> dict[str, str]:
        async with await session_for(request) as session, session.begin():
            await session.get(Item, item_id)
        return {}

    app.add_middleware(AuditTrailMiddleware)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    return app


@pytest.fixture
async def engine(pg: PgServer) -> AsyncIterator[AsyncEngine]:
    name = f"mic_audit_{uuid.uuid4().hex[:8]}"
    await pg.execute(f'CREATE DATABASE "{name}"')
    engine = create_engine(pg.sqlalchemy_url(name))
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    yield engine
    await engine.dispose()
    await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_sessionmaker(engine, sync_session_class=AuditedSession, **{AUDIT_MODEL: Entry})


@pytest.fixture
async def client(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=audited_app(sessions), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


async def entries(engine: AsyncEngine) -> list[Any]:
    async with engine.connect() as connection:
        return list((await connection.execute(select(Entry.__table__).order_by(Entry.seq))).all())


async def test_orm_and_core_writes_are_entries_with_the_rows_before_and_after(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    assert (await client.post("/items/1")).status_code == 200
    assert (await client.patch("/items/1")).status_code == 200
    assert (await client.delete("/items/1")).status_code == 200
    created, renamed, removed = await entries(engine)
    assert [c["operation"] for c in created.changes] == ["insert"]
    assert created.changes[0]["after"] == {"id": 1, "name": "named", "secret_sealed": REDACTED}
    assert renamed.changes == [
        {
            "table": "item",
            "key": {"id": 1},
            "operation": "update",
            "before": {"name": "named"},
            "after": {"name": "renamed"},
        }
    ]
    assert removed.changes[0]["operation"] == "delete"
    assert removed.changes[0]["before"]["name"] == "renamed"
    assert removed.changes[0]["after"] is None
    assert created.requested_by == "tester"
    assert created.role == "municipal_admin"
    assert created.client_id == "bureau-app"
    assert created.action == "POST /items/{item_id}"
    assert created.target == "/items/1"
    assert created.request_id  # the correlation id of the request
    assert [e.seq for e in (created, renamed, removed)] == [1, 2, 3]
    assert created.prev_hash == GENESIS
    assert renamed.prev_hash == created.hash


async def test_a_rolled_back_savepoint_leaves_only_what_was_kept(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    assert (await client.post("/items/10/with-a-failed-savepoint")).status_code == 200
    [entry] = await entries(engine)
    assert [(c["key"], c["after"]["name"]) for c in entry.changes] == [({"id": 10}, "kept")]


async def test_failed_requests_reads_and_work_outside_a_request_write_no_entry(
    client: httpx.AsyncClient, engine: AsyncEngine, sessions: async_sessionmaker[AsyncSession]
) -> None:
    assert (await client.post("/items/20/failing")).status_code == 500
    assert (await client.get("/items/20")).status_code == 200
    async with sessions() as session, session.begin():  # an event handler's, say
        session.add(Item(id=21, name="by a consumer"))
    assert await entries(engine) == []


async def test_concurrent_requests_chain_without_gaps_or_forks(
    client: httpx.AsyncClient, engine: AsyncEngine
) -> None:
    answers = await asyncio.gather(*(client.post(f"/items/{100 + n}") for n in range(30)))
    assert {a.status_code for a in answers} == {200}
    chained = await entries(engine)
    assert [e.seq for e in chained] == list(range(1, 31))
    async with engine.connect() as connection:
        report = await verify_chain(connection, Entry)
    assert report.intact
    assert report.checked == 30
    assert report.head_hash == chained[-1].hash


def test_merging_keeps_one_change_per_row() -> None:
    key = {"id": 1}
    insert_ = {"table": "t", "key": key, "operation": "insert", "before": None, "after": {"a": 1, "b": 1}}
    update_a = {"table": "t", "key": key, "operation": "update", "before": {"a": 1}, "after": {"a": 2}}
    update_b = {
        "table": "t",
        "key": key,
        "operation": "update",
        "before": {"a": 2, "b": 1},
        "after": {"a": 3, "b": 2},
    }
    delete_ = {"table": "t", "key": key, "operation": "delete", "before": {"a": 3, "b": 2}, "after": None}
    other = {"table": "u", "key": key, "operation": "insert", "before": None, "after": {"c": 1}}
    assert merged([insert_, other, update_a]) == [{**insert_, "after": {"a": 2, "b": 1}}, other]
    assert merged([update_a, update_b]) == [
        {**update_a, "before": {"a": 1, "b": 1}, "after": {"a": 3, "b": 2}}
    ]
    assert merged([insert_, update_a, delete_, other]) == [other]
    assert merged([update_a, delete_]) == [{**delete_, "before": {"a": 1, "b": 2}}]


def test_values_are_written_down_as_json_that_reads_back_equal() -> None:
    when = dt.datetime(2026, 12, 4, 8, 30, tzinfo=dt.UTC)
    value = {"amount": Decimal("30000000.00"), "on": dt.date(2026, 1, 2), "at": when, "role": Role.EXPERT}
    assert written_down("line", value) == {
        "amount": "30000000.00",
        "on": "2026-01-02",
        "at": "2026-12-04T08:30:00Z",
        "role": "expert",
    }
    assert json.loads(json.dumps(written_down("line", value))) == written_down("line", value)
    assert written_down("id_number_sealed", "gAAAA...") == REDACTED
    assert written_down("id_number_digest", "9f86d0") == REDACTED
    assert written_down("id_number_masked", "4401**********1234") == "4401**********1234"


def test_the_tables_left_out_are_the_platforms_bookkeeping() -> None:
    bookkeeping = (AuditMixin, IdempotencyMixin, OutboxMixin, InboxMixin)
    assert {m.__tablename__ for m in bookkeeping} == UNAUDITED_TABLES


def _entry(seq: int, prev_hash: str, **content: Any) -> SimpleNamespace:
    fields = {
        "seq": seq,
        "occurred_at": dt.datetime(2026, 12, 4, tzinfo=dt.UTC),
        "request_id": None,
        "requested_by": "someone",
        "role": "municipal_admin",
        "client_id": None,
        "client_address": None,
        "action": "POST /x",
        "target": "/x",
        "changes": [],
        **content,
    }
    entry = SimpleNamespace(prev_hash=prev_hash, **fields)
    entry.hash = entry_hash(prev_hash, content_of(entry))
    return entry


def test_the_chain_check_names_a_gap_a_broken_link_and_altered_content() -> None:
    first = _entry(1, GENESIS)
    second = _entry(2, first.hash)
    assert first_break((0, GENESIS), first) is None
    assert first_break((1, first.hash), second) is None
    assert first_break((0, GENESIS), second) == "entry 1 missing: entry 2 follows entry 0"
    assert (
        first_break((1, first.hash), _entry(4, first.hash)) == "entries 2-3 missing: entry 4 follows entry 1"
    )
    assert "does not link to entry 1" in str(first_break((1, first.hash), _entry(2, "f" * 64)))
    second.requested_by = "someone-else"
    assert first_break((1, first.hash), second) == "entry 2 was altered: its content no longer gives its hash"


def test_the_hash_covers_every_field_and_the_link() -> None:
    base = _entry(1, GENESIS)
    assert entry_hash("f" * 64, content_of(base)) != base.hash
    assert _entry(2, GENESIS).hash != base.hash
    for name, value in (("target", "/y"), ("changes", [{"table": "t"}]), ("role", None), ("request_id", "r")):
        assert _entry(1, GENESIS, **{name: value}).hash != base.hash, name
