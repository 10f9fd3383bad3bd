"""Funding's ``Idempotency-Key`` table and the helper its creating routes call (as in registry).

The table is funding-wide: other funding areas' creating routes may call :func:`once` too.
"""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from funding.base import Base
from shared.auth import Principal
from shared.idempotency import IdempotencyMixin, run_once


class IdempotencyRecord(IdempotencyMixin, Base):
    pass


IdempotencyKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", description="the same key and body return the first result"),
]


async def once(
    session: AsyncSession,
    request: Request,
    principal: Principal,
    key: str | None,
    body: BaseModel | None,
    create: Callable[[], Awaitable[tuple[int, BaseModel]]],
) -> JSONResponse:
    """Run ``create`` in the open transaction, or replay what this key produced before."""
    return await run_once(
        session,
        IdempotencyRecord,
        key=key,
        principal=principal.sub,
        method=request.method,
        path=request.url.path,
        body=body,
        create=create,
    )
