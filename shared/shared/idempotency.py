"""``Idempotency-Key`` on creates (DESIGN 7): the same key and body returns the first result.

The key row is inserted in the create's own transaction before the work, so a concurrent
retry with the same key waits on the unique index and then reads the stored response; a
crash rolls both back, and the retry does the work once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Protocol

from fastapi import Header, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import JSON, Integer, String, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from shared.auth import Principal
from shared.db import UTCDateTime, utcnow
from shared.errors import FieldError, Unprocessable

MAX_KEY_LENGTH = 200

IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", description="the same key and body return the first result"),
]


class IdempotencyMixin:
    __tablename__ = "idempotency_record"

    principal: Mapped[str] = mapped_column(String(200), primary_key=True)
    key: Mapped[str] = mapped_column(String(MAX_KEY_LENGTH), primary_key=True)
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(500))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    response_body: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


def request_fingerprint(method: str, path: str, body: BaseModel | None) -> str:
    payload = {"method": method, "path": path, "body": body.model_dump(mode="json") if body else None}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


async def run_once(
    session: AsyncSession,
    model: type[IdempotencyMixin],
    *,
    key: str | None,
    principal: str,
    method: str,
    path: str,
    body: BaseModel | None,
    create: Callable[[], Awaitable[tuple[int, BaseModel]]],
) -> Response:
    """Run ``create`` (inside the caller's open transaction) unless ``key`` already ran it."""
    if key is None:
        status, result = await create()
        encoded_json = result.model_dump_json(by_alias=True)  # in pydantic-core, not jsonable_encoder's walk
        return Response(encoded_json, status_code=status, media_type="application/json")
    if not key.strip() or len(key) > MAX_KEY_LENGTH:
        raise Unprocessable(
            f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} characters",
            detail_zh=f"Idempotency-Key 长度须为 1-{MAX_KEY_LENGTH} 个字符",
            errors=[FieldError("Idempotency-Key", "invalid length")],
        )
    fingerprint = request_fingerprint(method, path, body)
    table: Any = model
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    claimed = await session.execute(
        insert(table)
        .values(
            principal=principal,
            key=key,
            method=method,
            path=path,
            request_hash=fingerprint,
            created_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["principal", "key"])
    )
    if getattr(claimed, "rowcount", 0):
        status, result = await create()
        # pydantic-core's own JSON mode: FastAPI's jsonable_encoder walks the dict again in Python.
        encoded = result.model_dump(mode="json", by_alias=True)
        await session.execute(
            update(table)
            .where(table.principal == principal, table.key == key)
            .values(status_code=status, response_body=encoded)
        )
        return JSONResponse(encoded, status_code=status)
    first = await session.scalar(select(table).where(table.principal == principal, table.key == key))
    if first is None or first.request_hash != fingerprint or first.status_code is None:
        raise Unprocessable(
            "this Idempotency-Key was already used with a different request",
            detail_zh="该 Idempotency-Key 已用于另一个不同的请求",
            errors=[FieldError("Idempotency-Key", "reused with a different method, path or body")],
        )
    return JSONResponse(
        first.response_body, status_code=first.status_code, headers={"Idempotent-Replayed": "true"}
    )


Create = Callable[[], Awaitable[tuple[int, BaseModel]]]


class Once(Protocol):
    async def __call__(
        self,
        session: AsyncSession,
        request: Request,
        principal: Principal,
        key: str | None,
        body: BaseModel | None,
        create: Create,
    ) -> Response: ...


def once_with(model: type[IdempotencyMixin]) -> Once:
    """The helper a service's creating routes call, bound to that service's key table."""

    async def once(
        session: AsyncSession,
        request: Request,
        principal: Principal,
        key: str | None,
        body: BaseModel | None,
        create: Create,
    ) -> Response:
        """Run ``create`` in the open transaction, or replay what this key produced before."""
        return await run_once(
            session,
            model,
            key=key,
            principal=principal.sub,
            method=request.method,
            path=request.url.path,
            body=body,
            create=create,
        )

    return once
