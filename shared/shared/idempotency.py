"""``Idempotency-Key`` on creates (DESIGN 7): the same key and body returns the first result.

The key row is inserted in the create's own transaction before the work, so a concurrent
retry with the same key waits on the unique index and then reads the stored response; a
crash rolls both back, and the retry does the work once. A creating route reads::

    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        center = await service.create_center(session, principal, body)
        return await claimed.respond(201, center_out(center))
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Claimed:
    """A create's ``Idempotency-Key``, claimed in the create's own transaction (or no key at all).

    ``replay`` is what an earlier request with this key and body answered: return it, and do not
    create again. Otherwise create, and answer with :meth:`respond`, which stores the response
    for the key's retries.
    """

    replay: Response | None
    session: AsyncSession
    table: Any
    principal: str
    key: str | None

    async def respond(self, status: int, result: BaseModel) -> Response:
        """The create's response, kept under the key (if any) in the same transaction."""
        if self.key is None:
            # pydantic-core's own JSON, not jsonable_encoder's walk over the dict in Python.
            return Response(
                result.model_dump_json(by_alias=True), status_code=status, media_type="application/json"
            )
        encoded = result.model_dump(mode="json", by_alias=True)
        table = self.table
        await self.session.execute(
            update(table)
            .where(table.principal == self.principal, table.key == self.key)
            .values(status_code=status, response_body=encoded)
        )
        return JSONResponse(encoded, status_code=status)


async def claim_key(
    session: AsyncSession,
    model: type[IdempotencyMixin],
    *,
    key: str | None,
    principal: str,
    method: str,
    path: str,
    body: BaseModel | None,
) -> Claimed:
    """Claim ``key`` for this request inside the caller's open transaction, or find what it
    answered before (the same key with another request is 422)."""
    table: Any = model
    if key is None:
        return Claimed(replay=None, session=session, table=table, principal=principal, key=None)
    if not key.strip() or len(key) > MAX_KEY_LENGTH:
        raise Unprocessable(
            f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} characters",
            detail_zh=f"Idempotency-Key 长度须为 1-{MAX_KEY_LENGTH} 个字符",
            errors=[FieldError("Idempotency-Key", "invalid length", "长度无效")],
        )
    fingerprint = request_fingerprint(method, path, body)
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
        return Claimed(replay=None, session=session, table=table, principal=principal, key=key)
    first = await session.scalar(select(table).where(table.principal == principal, table.key == key))
    if first is None or first.request_hash != fingerprint or first.status_code is None:
        raise Unprocessable(
            "this Idempotency-Key was already used with a different request",
            detail_zh="该 Idempotency-Key 已用于另一个不同的请求",
            errors=[
                FieldError(
                    "Idempotency-Key",
                    "reused with a different method, path or body",
                    "已用于不同的请求方法、路径或请求体",
                )
            ],
        )
    replay = JSONResponse(
        first.response_body, status_code=first.status_code, headers={"Idempotent-Replayed": "true"}
    )
    return Claimed(replay=replay, session=session, table=table, principal=principal, key=key)


class Claim(Protocol):
    async def __call__(
        self,
        session: AsyncSession,
        request: Request,
        principal: Principal,
        key: str | None,
        body: BaseModel | None,
    ) -> Claimed: ...


def claim_with(model: type[IdempotencyMixin]) -> Claim:
    """The helper a service's creating routes call, bound to that service's key table."""

    async def claim(
        session: AsyncSession, request: Request, principal: Principal, key: str | None, body: BaseModel | None
    ) -> Claimed:
        """Claim the request's key in the open transaction (see :class:`Claimed`)."""
        return await claim_key(
            session,
            model,
            key=key,
            principal=principal.sub,
            method=request.method,
            path=request.url.path,
            body=body,
        )

    return claim
