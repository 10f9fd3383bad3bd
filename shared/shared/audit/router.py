"""``GET /api/v1/audit``: a service's audit log, newest first, for the city's administrators."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import AwareDatetime, BaseModel, Field
from sqlalchemy import select

from shared.audit.entries import AuditMixin, log_table
from shared.auth import CurrentPrincipal, Role
from shared.db import ReadConnectionDep
from shared.errors import FieldError, Unprocessable, problem_responses
from shared.pagination import Cursor, Limit, Page
from shared.permissions import Permission, allow

AUDIT_PERMISSIONS: dict[str, Permission] = {
    "GET /api/v1/audit": allow(Role.MUNICIPAL_ADMIN, scoping="the city's administrators read the whole log"),
}


class Change(BaseModel):
    table: str = Field(description="the table of the changed row")
    key: dict[str, Any] = Field(description="the row's primary key")
    operation: Literal["insert", "update", "upsert", "delete"]
    before: dict[str, Any] | None = Field(description="the changed columns before (null for an insert)")
    after: dict[str, Any] | None = Field(description="the changed columns after (null for a delete)")


class AuditEntryOut(BaseModel):
    seq: int = Field(description="the entry's place in the chain, from 1 without gaps")
    occurred_at: dt.datetime
    request_id: str | None = Field(description="the request's X-Request-ID")
    requested_by: str | None = Field(description="the caller's token subject")
    role: str | None = Field(description="the caller's role")
    client_id: str | None = Field(description="the OAuth client the token was issued to, if it says")
    client_address: str | None
    action: str = Field(description="the operation: METHOD /path/template")
    target: str = Field(description="the path as called")
    changes: list[Change]
    prev_hash: str
    hash: str = Field(description="SHA-256 over prev_hash and this entry's content")


router = APIRouter(prefix="/api/v1/audit", tags=["audit"])


def _after(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    try:
        return int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())
    except (ValueError, binascii.Error) as exc:
        raise Unprocessable(
            "the cursor is not one this API issued",
            detail_zh="cursor 无效",
            errors=[FieldError("cursor", "invalid cursor", "分页游标无效")],
        ) from exc


@router.get(
    "",
    response_model=Page[AuditEntryOut],
    summary="The audit log: every change and every unmasked read, newest first",
    responses=problem_responses(401, 403, 422),
)
async def list_audit_entries(
    request: Request,
    connection: ReadConnectionDep,
    _principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    requested_by: Annotated[str | None, Query(description="the caller's token subject")] = None,
    role: Annotated[str | None, Query(description="the caller's role")] = None,
    action: Annotated[str | None, Query(description="the operation, e.g. POST /api/v1/centers")] = None,
    target: Annotated[
        str | None, Query(description="a path or its beginning, e.g. /api/v1/centers/<id>")
    ] = None,
    request_id: Annotated[str | None, Query(description="one request's X-Request-ID")] = None,
    since: Annotated[AwareDatetime | None, Query(description="entries at or after this time")] = None,
    until: Annotated[AwareDatetime | None, Query(description="entries before this time")] = None,
) -> Page[AuditEntryOut]:
    model: type[AuditMixin] = request.app.state.audit_model
    query = select(log_table(model)).order_by(model.seq.desc()).limit(limit + 1)
    after = _after(cursor)
    if after is not None:
        query = query.where(model.seq < after)
    for column, value in (
        (model.requested_by, requested_by),
        (model.role, role),
        (model.action, action),
        (model.request_id, request_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if target is not None:
        query = query.where(model.target.startswith(target, autoescape=True))
    if since is not None:
        query = query.where(model.occurred_at >= since)
    if until is not None:
        query = query.where(model.occurred_at < until)
    rows = (await connection.execute(query)).mappings().all()
    items = [AuditEntryOut.model_validate(dict(row)) for row in rows[:limit]]
    next_cursor = None
    if len(rows) > limit:
        next_cursor = base64.urlsafe_b64encode(str(items[-1].seq).encode()).decode().rstrip("=")
    return Page(items=items, next_cursor=next_cursor)
