"""The baseline for bench/registry_api.py: bare FastAPI running the same queries on the same
database — no auth, no middleware, no ORM, no response models."""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from registry.centers.models import Center

# The same pool as registry's in the same run (bench/registry_api.py sets both).
engine = create_async_engine(
    os.environ["BARE_DATABASE_URL"],
    pool_size=int(os.environ.get("BARE_POOL_SIZE", "20")),
    max_overflow=int(os.environ.get("BARE_MAX_OVERFLOW", "20")),
)

# Exactly the columns registry reads (its whole row), so both run the same query.
COLUMNS = ", ".join(column.name for column in Center.__table__.columns)


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)


@app.get("/centers/{center_id}")
async def one(center_id: str) -> dict[str, Any]:
    async with engine.connect() as conn:
        row = (
            await conn.execute(text(f"SELECT {COLUMNS} FROM center WHERE id = :id"), {"id": center_id})
        ).one()
    return dict(row._mapping)


@app.get("/centers")
async def page(district: str, status: str, limit: int = 50) -> dict[str, Any]:
    async with engine.connect() as conn:
        rows = await conn.execute(
            text(
                f"SELECT {COLUMNS} FROM center WHERE district = :district AND status = :status "
                "ORDER BY created_at, id LIMIT :limit"
            ),
            {"district": district, "status": status, "limit": limit + 1},
        )
        items = [dict(r._mapping) for r in rows]
    return {"items": items[:limit], "next_cursor": None}
