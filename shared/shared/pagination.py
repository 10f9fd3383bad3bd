"""Cursor pages (DESIGN 7): ``?limit=`` (default 50, max 200) and an opaque keyset ``cursor``."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel
from sqlalchemy import Select, tuple_

from shared.errors import FieldError, Unprocessable

T = TypeVar("T")

Limit = Annotated[int, Query(ge=1, le=200, description="page size (max 200)")]
Cursor = Annotated[str | None, Query(description="opaque cursor from next_cursor")]


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None


@dataclass(frozen=True)
class Sort:
    """A client's ``?sort=`` choice (``name`` or ``-name``) resolved to a column."""

    token: str
    column: Any
    descending: bool


def parse_sort(value: str | None, allowed: dict[str, Any], *, default: str) -> Sort:
    """``allowed`` maps public names to columns; a leading ``-`` sorts descending."""
    token = value or default
    name = token.removeprefix("-")
    if name not in allowed:
        choices = ", ".join(sorted(allowed))
        raise Unprocessable(
            f"cannot sort by {name!r}; choose one of {choices} (prefix - for descending)",
            detail_zh=f"不支持按 {name} 排序，可选：{choices}",
            errors=[
                FieldError(
                    "sort",
                    f"one of {choices}, optionally prefixed with -",
                    f"应为以下之一：{choices}，可加前缀 -",
                )
            ],
        )
    return Sort(token=token, column=allowed[name], descending=token.startswith("-"))


def _encode_value(value: Any) -> list[str]:
    if isinstance(value, dt.datetime):
        return ["dt", value.isoformat()]
    return ["str", str(value)]


def _decode_value(kind: str, raw: str) -> Any:
    return dt.datetime.fromisoformat(raw) if kind == "dt" else raw


def apply_sorted_keyset(query: Select[Any], sort: Sort, id_column: Any, cursor: str | None) -> Select[Any]:
    """Order by the sort column then id, and start after ``cursor`` (issued for the same sort)."""
    if cursor:
        try:
            padded = cursor + "=" * (-len(cursor) % 4)
            token, kind, raw, row_id = json.loads(base64.urlsafe_b64decode(padded))
            if token != sort.token:
                raise ValueError("cursor issued for another sort")
            value, last_id = _decode_value(kind, raw), uuid.UUID(row_id)
        except (ValueError, TypeError, binascii.Error) as exc:
            raise Unprocessable(
                "the cursor is not one this API issued for this sort",
                detail_zh="cursor 无效或与排序方式不符",
                errors=[FieldError("cursor", "invalid cursor", "分页游标无效")],
            ) from exc
        here, last = tuple_(sort.column, id_column), tuple_(value, last_id)
        query = query.where(here < last if sort.descending else here > last)
    if sort.descending:
        return query.order_by(sort.column.desc(), id_column.desc())
    return query.order_by(sort.column, id_column)


def sorted_page(rows: list[Any], limit: int, sort: Sort, *, value_of: Any) -> tuple[list[Any], str | None]:
    """Split a ``limit + 1`` fetch into the page and the cursor after its last row."""
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    last = page[-1]
    payload = [sort.token, *_encode_value(value_of(last)), str(last.id)]
    return page, base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


OLDEST_FIRST = "created_at"


def apply_keyset(query: Select[Any], column: Any, id_column: Any, cursor: str | None) -> Select[Any]:
    """Oldest first by ``column`` (a creation time), then id: the default order of every list."""
    return apply_sorted_keyset(query, Sort(OLDEST_FIRST, column, descending=False), id_column, cursor)


def keyset_page(
    rows: list[Any], limit: int, *, value_of: Any = lambda row: row.created_at
) -> tuple[list[Any], str | None]:
    """The page and next cursor of a list ordered by :func:`apply_keyset`."""
    return sorted_page(rows, limit, Sort(OLDEST_FIRST, None, descending=False), value_of=value_of)
