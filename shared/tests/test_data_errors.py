"""What PostgreSQL refuses to hold is told apart from an outage (issue 15 item 5): values the
schema allowed but a column cannot take are the request's fault, answered 422, never 503 or 500."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from shared.db import is_data_error, is_database_outage
from shared.testing.postgres import PgServer


@pytest.fixture(scope="module")
async def engine(pg: PgServer) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(pg.sqlalchemy_url("postgres"))
    yield engine
    await engine.dispose()


@pytest.mark.parametrize(
    ("sql", "values"),
    [
        pytest.param("SELECT CAST(:v AS text) = 'x'", {"v": "a\x00b"}, id="NUL character in text"),
        # asyncpg itself refuses to encode it (its DataError, an InterfaceError underneath).
        pytest.param("SELECT CAST(:v AS integer)", {"v": 2**40}, id="integer beyond int4"),
        pytest.param("SELECT CAST(:v AS numeric(4, 2))", {"v": "12345"}, id="numeric beyond its precision"),
        pytest.param("SELECT CAST(:v AS date)", {"v": "99999-01-01"}, id="date beyond PostgreSQL's range"),
        pytest.param(
            "CREATE TEMP TABLE short_text AS SELECT CAST('' AS varchar(3)) AS v; "
            "INSERT INTO short_text VALUES (:v)",
            {"v": "abcd"},
            id="string longer than its column",
        ),
    ],
)
async def test_a_value_the_database_cannot_hold_is_a_data_error_not_an_outage(
    engine: AsyncEngine, sql: str, values: dict[str, Any]
) -> None:
    async with engine.connect() as connection:
        *setup, statement = sql.split("; ")
        for step in setup:
            await connection.execute(text(step))
        with pytest.raises(DBAPIError) as caught:
            await connection.execute(text(statement), values)
    assert is_data_error(caught.value)
    assert not is_database_outage(caught.value)
