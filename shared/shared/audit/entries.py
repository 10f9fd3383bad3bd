"""An audit entry: its columns, how a changed value is written down, and the chain's hash.

The hash of entry *n* is SHA-256 over entry *n-1*'s hash and entry *n*'s content as canonical
JSON (sorted keys, no spaces), so changing, removing or reordering any entry breaks every link
after it. The content is made only of JSON values (strings, numbers, booleans, null, lists,
objects): what is hashed when the entry is written is exactly what is read back to check it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, cast

from pydantic_core import to_jsonable_python
from sqlalchemy import JSON, BigInteger, Index, Integer, String, Table, inspect
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from shared.db import UTCDateTime

# The hash the first entry links to.
GENESIS = "0" * 64

# Columns whose values never go into the log, only the fact that they changed: sealed personal
# data and its keyed search hash (talent). Matched by the column name's suffix.
REDACTED_SUFFIXES = ("_sealed", "_digest")
REDACTED = "[redacted]"

# The platform's own bookkeeping, not the domain's state: keys of creates, events waiting to be
# sent or already handled, and the log itself.
UNAUDITED_TABLES = frozenset({"audit_entry", "idempotency_record", "outbox_record", "inbox_record"})


class AuditMixin:
    """Columns of a service's audit log (``class AuditEntry(AuditMixin, Base)``)."""

    __tablename__ = "audit_entry"

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index, ...]:
        # Made per class: an Index belongs to one table, and each service has its own log.
        return (
            Index("ix_audit_entry_requested_by_seq", "requested_by", "seq"),
            Index("ix_audit_entry_action_seq", "action", "seq"),
            # A prefix filter (``target=/api/v1/centers/<id>``) is a LIKE 'prefix%' on PostgreSQL.
            Index("ix_audit_entry_target", "target", postgresql_ops={"target": "text_pattern_ops"}),
        )

    # Numbered without gaps from 1 in chain order (assigned under the log's lock, not a sequence).
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    request_id: Mapped[str | None] = mapped_column(String(64), index=True)
    requested_by: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(40))
    # The OAuth client the token was issued to (``azp``/``client_id``), and where the call came from.
    client_id: Mapped[str | None] = mapped_column(String(200))
    client_address: Mapped[str | None] = mapped_column(String(64))
    # ``METHOD /path/template`` (with the concrete ``{action}``) and the path as called.
    action: Mapped[str] = mapped_column(String(300))
    target: Mapped[str] = mapped_column(String(500))
    # [{table, key, operation, before, after}], in the order the transaction made them.
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


def log_table(model: type[AuditMixin]) -> Table:
    """The table of a service's log class."""
    return cast(Table, inspect(model).local_table)


CONTENT_FIELDS = (
    "seq",
    "occurred_at",
    "request_id",
    "requested_by",
    "role",
    "client_id",
    "client_address",
    "action",
    "target",
    "changes",
)


def written_down(column: str, value: Any) -> Any:
    """What the log keeps of one column's value: the value, or only that it was there."""
    if column.endswith(REDACTED_SUFFIXES):
        return REDACTED
    # pydantic's own JSON form (decimals and ids as strings, times in ISO), so it reads back equal.
    return to_jsonable_python(value, bytes_mode="base64", fallback=str)


def content_of(entry: Any) -> dict[str, Any]:
    """The hashed content of an entry (a row of the log, or anything with its attributes)."""
    content = {name: getattr(entry, name) for name in CONTENT_FIELDS}
    content["occurred_at"] = content["occurred_at"].isoformat()
    return content


def entry_hash(prev_hash: str, content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def merged(changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One change per row: a row inserted and then updated in one transaction is one insert of
    its final values, two updates are one from the first ``before`` to the last ``after``, a row
    inserted and deleted again is not there at all. Order: each row's first change."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for change in changes:
        row = (change["table"], json.dumps(change["key"], sort_keys=True))
        first = rows.get(row)
        if first is None:
            rows[row] = dict(change)
            continue
        if change["operation"] == "delete":
            if first["operation"] == "insert":
                rows[row] = {}  # never there for anyone outside the transaction
            else:
                rows[row] = {**change, "before": {**change["before"], **(first["before"] or {})}}
            continue
        after = {**(first["after"] or {}), **(change["after"] or {})}
        before = None if first["before"] is None else {**(change["before"] or {}), **first["before"]}
        rows[row] = {**first, "before": before, "after": after}
    return [change for change in rows.values() if change]
