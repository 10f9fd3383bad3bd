"""Cursor pages (DESIGN 7): ``?limit=`` (default 50, max 200) and an opaque keyset ``cursor``."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel

from shared.errors import FieldError, Unprocessable

T = TypeVar("T")

Limit = Annotated[int, Query(ge=1, le=200, description="page size (max 200)")]
Cursor = Annotated[str | None, Query(description="opaque cursor from next_cursor")]


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None


def encode_cursor(created_at: dt.datetime, row_id: uuid.UUID) -> str:
    raw = json.dumps([created_at.isoformat(), str(row_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, uuid.UUID]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        created, row_id = json.loads(base64.urlsafe_b64decode(padded))
        return dt.datetime.fromisoformat(created), uuid.UUID(row_id)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise Unprocessable(
            "the cursor is not one this API issued",
            detail_zh="cursor 无效",
            errors=[FieldError("cursor", "invalid cursor")],
        ) from exc


def keyset_page(rows: list[Any], limit: int) -> tuple[list[Any], str | None]:
    """Split a ``limit + 1`` fetch into the page and the cursor of its last row."""
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    last = page[-1]
    return page, encode_cursor(last.created_at, last.id)
