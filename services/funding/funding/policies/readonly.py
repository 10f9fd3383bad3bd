"""A transaction that cannot write and is always rolled back (what-if runs, DESIGN 3)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


@asynccontextmanager
async def read_only(session: AsyncSession) -> AsyncIterator[AsyncSession]:
    """PostgreSQL refuses any write in it (``SET TRANSACTION READ ONLY``); on every database the
    transaction ends in a rollback, so even a flush of a stray object never lands."""
    if session.in_transaction():
        raise RuntimeError("read_only() must open the transaction itself")
    try:
        if session.get_bind().dialect.name == "postgresql":
            await session.execute(text("SET TRANSACTION READ ONLY"))
        yield session
    finally:
        await session.rollback()
