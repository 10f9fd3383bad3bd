"""Async SQLAlchemy plumbing shared by every service: base class, column types, engine, session."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

import structlog
from fastapi import Depends, Request
from sqlalchemy import DateTime, MetaData, Numeric, event, text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DataError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.fair_pool import FairAsyncQueuePool

log = structlog.get_logger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_metadata() -> MetaData:
    """A metadata with the house naming convention, so Alembic names constraints alike."""
    return MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on PostgreSQL and on SQLite (which stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: times are UTC and timezone-aware")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Money(TypeDecorator[Decimal]):
    """Yuan with two decimal places: NUMERIC(18,2), Decimal in Python, never float."""

    impl = Numeric(18, 2, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"money must be Decimal, got {type(value).__name__}")
        return value.quantize(Decimal("0.01"))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value)).quantize(Decimal("0.01"))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def create_engine(
    database_url: str, *, echo: bool = False, pool_size: int = 20, max_overflow: int = 20
) -> AsyncEngine:
    """Engine for PostgreSQL (asyncpg) or SQLite (aiosqlite, with foreign keys and WAL)."""
    if database_url.startswith("sqlite"):
        engine = create_async_engine(database_url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    # No pre-ping: it costs a round trip per checkout. A connection found dead (database restart)
    # invalidates the pool; that request gets a 503 problem and the client retries.
    return create_async_engine(
        database_url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=max_overflow,
        poolclass=FairAsyncQueuePool,
    )


# A transaction-scoped advisory lock on ``:key`` (PostgreSQL; SQLite has one writer anyway).
ADVISORY_XACT_LOCK = text("SELECT pg_advisory_xact_lock(hashtext(:key))")


async def advisory_lock(session: AsyncSession, key: str) -> None:
    """A transaction-scoped advisory lock on ``key``, so check-then-insert work on one key takes
    turns (PostgreSQL; SQLite has one writer anyway)."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(ADVISORY_XACT_LOCK, {"key": key})


def is_data_error(exc: BaseException) -> bool:
    """A value the database cannot hold or read — text with a NUL character, a number or date out
    of its column's range, a string longer than its column: SQLSTATE class 22 from PostgreSQL, or
    asyncpg refusing to encode a parameter (its ``DataError``, a ``ValueError``). The request's
    fault, never the database's, so never taken for an outage."""
    if not isinstance(exc, DBAPIError):
        return False
    if isinstance(exc, DataError):
        return True
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate.startswith("22"):
        return True
    cause = getattr(exc.orig, "__cause__", None)
    return isinstance(cause, ValueError)


def is_database_outage(exc: BaseException) -> bool:
    """Connection-level failures: the database is away, not the request or the event wrong."""
    if is_data_error(exc):
        return False
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, ConnectionError | OSError)


def create_sessionmaker(
    engine: AsyncEngine,
    *,
    session_class: type[AsyncSession] = AsyncSession,
    sync_session_class: type[Session] = Session,
    **info: Any,
) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects after commit; ``info`` carries e.g. the outbox hand-off."""
    return async_sessionmaker(
        engine, class_=session_class, sync_session_class=sync_session_class, expire_on_commit=False, info=info
    )


_REQUEST_SESSION = "mic.db_session"
_REQUEST_CONNECTION = "mic.db_read_connection"

# What a read that only shows rows runs its statements on: a route's session or a plain connection.
Reader = AsyncSession | AsyncConnection


async def get_session(request: Request) -> AsyncSession:
    """A request-scoped session; the route opens the transaction with ``session.begin()``.

    Not a generator dependency: FastAPI's exit-stack machinery for those cost a fifth of a
    simple read's CPU (docs/decisions/0007). :class:`RequestSessionMiddleware` closes it.
    """
    session: AsyncSession | None = request.scope.get(_REQUEST_SESSION)
    if session is None:
        sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
        session = request.scope[_REQUEST_SESSION] = sessionmaker()
    return session


async def get_read_connection(request: Request) -> AsyncConnection:
    """A request-scoped Core connection for routes that only read rows to show them.

    No ORM session: its bookkeeping (transaction states, identity map, close) was a tenth of a
    single-center read's CPU where no object is ever loaded (docs/decisions/0007).
    :class:`RequestSessionMiddleware` closes it.
    """
    connection: AsyncConnection | None = request.scope.get(_REQUEST_CONNECTION)
    if connection is None:
        engine: AsyncEngine = request.app.state.engine
        connection = request.scope[_REQUEST_CONNECTION] = engine.connect()
        await connection.start()
    return connection


class RequestSessionMiddleware:
    """Closes the request's session or read connection (if a route used them) once the response
    is done."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.app(scope, receive, send)
        finally:
            session: AsyncSession | None = scope.pop(_REQUEST_SESSION, None)
            if session is not None:
                await session.close()
            connection: AsyncConnection | None = scope.pop(_REQUEST_CONNECTION, None)
            if connection is not None:
                await connection.close()


SessionDep = Annotated[AsyncSession, Depends(get_session)]
ReadConnectionDep = Annotated[AsyncConnection, Depends(get_read_connection)]
