"""The baseline for bench/talent_api.py: bare FastAPI running the same queries on the same
database — no auth, no middleware, no ORM, no response models, no masking."""

import hashlib
import hmac
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from talent.personal_data.documents import DocumentType
from talent.talents.models import Talent

engine = create_async_engine(
    os.environ["BARE_DATABASE_URL"],
    pool_size=int(os.environ.get("BARE_POOL_SIZE", "20")),
    max_overflow=int(os.environ.get("BARE_MAX_OVERFLOW", "20")),
)
INDEX_KEY = os.environ["BARE_INDEX_KEY"].encode()

# The columns talent reads (its whole row), so both run the same query.
COLUMNS = ", ".join(column.name for column in Talent.__table__.columns)


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    yield
    await engine.dispose()


app = FastAPI(lifespan=lifespan)


@app.get("/talents")
async def page(center_id: str | None = None, id_number: str | None = None, limit: int = 50) -> dict[str, Any]:
    async with engine.connect() as conn:
        if id_number is not None:
            # As talent searches: a (document type, keyed hash) pair per type, through the unique index.
            pairs = {
                f"d{i}": hmac.new(INDEX_KEY, f"{t.value}:{id_number}".encode(), hashlib.sha256).hexdigest()
                for i, t in enumerate(DocumentType)
            }
            types = {f"t{i}": t.value for i, t in enumerate(DocumentType)}
            wanted = ", ".join(f"(:t{i}, :d{i})" for i in range(len(DocumentType)))
            query = text(
                f"SELECT {COLUMNS} FROM talent WHERE (id_document_type, id_number_digest) IN ({wanted}) "
                "ORDER BY created_at, id LIMIT :limit"
            )
            rows = await conn.execute(query, {**pairs, **types, "limit": limit + 1})
        else:
            query = text(
                f"SELECT {COLUMNS} FROM talent WHERE center_id = :center_id "
                "ORDER BY created_at, id LIMIT :limit"
            )
            rows = await conn.execute(query, {"center_id": center_id, "limit": limit + 1})
        items = [dict(r._mapping) for r in rows]
    return {"items": items[:limit], "next_cursor": None}
