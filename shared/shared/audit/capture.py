"""Catching a request's changes and writing its audit entry in the same transaction.

Nothing in a route has to remember the log. :class:`AuditTrailMiddleware` marks each HTTP
request, the bearer dependency leaves its caller in ``request.state``, and sessions of
:class:`AuditedSession` collect what the request's transaction changes:

- ORM objects added, changed or deleted, from the flush (``after_flush``): each changed column
  before and after;
- Core ``INSERT``/``UPDATE``/``DELETE`` statements run through the session (``do_orm_execute``):
  the rows a change touches are read before it and after it, in the transaction, so the log
  holds the real rows and not the statement's intent.

Just before the outermost commit (``before_commit``) the entry goes in, chained to the newest
one under a lock on the log, so chain order is commit order. A savepoint rolled back drops what
it had changed; a rollback drops everything. Sessions outside a request (event handlers, the
relay, ops commands) write no entry: the log answers for requests.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass
from typing import Any

from asgi_correlation_id import correlation_id
from fastapi import Request
from sqlalchemy import Table, and_, event, insert, inspect, or_, select
from sqlalchemy.engine import Result
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.audit.entries import (
    GENESIS,
    UNAUDITED_TABLES,
    AuditMixin,
    content_of,
    entry_hash,
    merged,
    written_down,
)
from shared.auth import Principal
from shared.db import ADVISORY_XACT_LOCK, utcnow
from shared.permissions import operation_of

# Where a service's session finds its audit table (the sessionmaker's ``info``).
AUDIT_MODEL = "audit_model"
_CHANGES = "audit_changes"


_trail: contextvars.ContextVar[Scope | None] = contextvars.ContextVar("mic_audit_trail", default=None)


class AuditTrailMiddleware:
    """Marks the task serving an HTTP request with the request's scope, for as long as it runs.

    The scope is the one dict routing fills in (the route, its path parameters) and the bearer
    dependency leaves the caller in (``request.state.principal``), so the entry written at commit
    knows both.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = _trail.set(scope)
        try:
            await self.app(scope, receive, send)
        finally:
            _trail.reset(token)


class AuditedSession(Session):
    """A session whose changes under a request go into its service's audit log at commit."""


def is_audited(session: Session) -> bool:
    """Whether this session is collecting changes for an entry (a request's, with a log)."""
    return _trail.get() is not None and AUDIT_MODEL in session.info


def _remember(session: Session, change: dict[str, Any] | None) -> None:
    if change is None:
        return
    transaction = session.get_nested_transaction() or session.get_transaction()
    session.info.setdefault(_CHANGES, []).append((transaction, change))


@event.listens_for(AuditedSession, "after_flush")
def _flushed(session: Session, _flush: UOWTransaction) -> None:
    if not is_audited(session):
        return
    for objects, operation in (
        (session.new, "insert"),
        (session.dirty, "update"),
        (session.deleted, "delete"),
    ):
        for obj in objects:
            state = inspect(obj)
            table = state.mapper.local_table
            if table.name in UNAUDITED_TABLES:
                continue
            # The loaded columns now; for an update, with each changed one's value before the flush.
            now = {a.key: state.dict[a.key] for a in state.mapper.column_attrs if a.key in state.dict}
            if operation == "insert":
                _remember(session, _row_change(table, None, now))
            elif operation == "delete":
                _remember(session, _row_change(table, now, None))
            else:
                history = {key: state.attrs[key].history for key in now}
                before = {key: h.deleted[0] if h.deleted else now[key] for key, h in history.items()}
                _remember(session, _row_change(table, before, now))


def _rows(session: Session, table: Table, where: Any, parameters: Any) -> list[dict[str, Any]]:
    query = select(table) if where is None else select(table).where(where)
    # On the session's connection: rows of columns, whether the statement named a table or an entity.
    return [dict(row) for row in session.connection().execute(query, parameters or {}).mappings()]


def _key(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row.get(c.name) for c in table.primary_key.columns)


def _by_key(table: Table, rows: list[dict[str, Any]]) -> Any:
    columns = list(table.primary_key.columns)
    return or_(*[and_(*[c == row[c.name] for c in columns]) for row in rows])


def _row_change(
    table: Table, before: dict[str, Any] | None, after: dict[str, Any] | None, *, operation: str = ""
) -> dict[str, Any] | None:
    """One row's change as the log keeps it (None when an update changed nothing)."""
    row = after if after is not None else before
    assert row is not None
    if before is not None and after is not None:
        changed = [c for c in after if after[c] != before.get(c)]
        if not changed:
            return None
        before, after = {c: before.get(c) for c in changed}, {c: after[c] for c in changed}
    return {
        "table": table.name,
        "key": {c.name: written_down(c.name, row.get(c.name)) for c in table.primary_key.columns},
        "operation": operation or ("insert" if before is None else "delete" if after is None else "update"),
        "before": None if before is None else {c: written_down(c, v) for c, v in before.items()},
        "after": None if after is None else {c: written_down(c, v) for c, v in after.items()},
    }


def _inserted_rows(state: ORMExecuteState, result: Result[Any]) -> list[dict[str, Any]]:
    """The rows an INSERT wrote, from its parameters, with keys the database made filled in."""
    parameters: Any = state.parameters
    if isinstance(parameters, list):
        rows = [dict(p) for p in parameters]
    else:
        statement: Any = state.statement
        rows = [dict(parameters or statement.compile().params)]
    try:
        keys = result.inserted_primary_key_rows  # type: ignore[attr-defined]
    except (AttributeError, InvalidRequestError):  # a result of the ORM's, or RETURNING of its own
        keys = []
    if len(keys) == len(rows):
        for row, key in zip(rows, keys, strict=True):
            row.update({k: v for k, v in key._mapping.items() if v is not None})
    return rows


def _audited_table(statement: Any) -> Table | None:
    """The table a write changes, unless it is bookkeeping the log leaves out."""
    table = getattr(statement, "table", None)
    if not isinstance(table, Table) or table.name in UNAUDITED_TABLES:
        return None
    return table


def note_inserted(session: Session, statement: Any, rows: list[dict[str, Any]]) -> None:
    """Remember the rows an INSERT wrote, given by its parameters."""
    table = _audited_table(statement)
    if table is None:
        return
    # PostgreSQL's and SQLite's ON CONFLICT clause (an upsert or an insert-if-absent).
    upsert = getattr(statement, "_post_values_clause", None) is not None
    for row in rows:
        _remember(session, _row_change(table, None, row, operation="upsert" if upsert else ""))


def rows_touched(session: Session, statement: Any, parameters: Any) -> list[dict[str, Any]]:
    """The rows an UPDATE or DELETE is about to change, read in its transaction (none for a table
    the log leaves out)."""
    table = _audited_table(statement)
    return [] if table is None else _rows(session, table, statement.whereclause, parameters)


def note_touched(session: Session, statement: Any, before: list[dict[str, Any]], *, deleted: bool) -> None:
    """Remember what an UPDATE or DELETE did to the rows :func:`rows_touched` read before it."""
    table = _audited_table(statement)
    if table is None or not before:
        return
    after = {}
    if not deleted:
        after = {_key(table, row): row for row in _rows(session, table, _by_key(table, before), None)}
    for row in before:
        _remember(session, _row_change(table, row, after.get(_key(table, row))))


@event.listens_for(AuditedSession, "do_orm_execute")
def _statement(state: ORMExecuteState) -> Result[Any] | None:
    """A Core write through the session: run it, with the rows it touched read before and after."""
    if not (state.is_insert or state.is_update or state.is_delete) or not is_audited(state.session):
        return None
    statement: Any = state.statement
    if _audited_table(statement) is None:
        return None
    session = state.session
    if state.is_insert:
        result = state.invoke_statement()
        if getattr(result, "rowcount", 1) != 0:
            note_inserted(session, statement, _inserted_rows(state, result))
        return result
    before = rows_touched(session, statement, state.parameters)
    result = state.invoke_statement()
    note_touched(session, statement, before, deleted=state.is_delete)
    return result


@event.listens_for(AuditedSession, "after_soft_rollback")
def _rolled_back(session: Session, transaction: SessionTransaction) -> None:
    changes = session.info.get(_CHANGES)
    if not changes:
        return
    if not transaction.nested:
        session.info.pop(_CHANGES, None)
        return
    session.info[_CHANGES] = [(tx, c) for tx, c in changes if not _within(tx, transaction)]


def _within(transaction: SessionTransaction | None, outer: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is outer:
            return True
        transaction = transaction.parent
    return False


@event.listens_for(AuditedSession, "before_commit")
def _commit(session: Session) -> None:
    if session.in_nested_transaction() or not is_audited(session):
        return  # a savepoint's changes go into the entry of the transaction around it
    session.flush()  # what is still pending is part of this commit
    changes = merged([change for _tx, change in session.info.pop(_CHANGES, ())])
    scope = _trail.get()
    if changes and scope is not None:
        _append(session, session.info[AUDIT_MODEL], Request(scope), changes)


def _append(
    session: Session, model: type[AuditMixin], request: Request, changes: list[dict[str, Any]]
) -> None:
    """Write the entry after the newest one, holding the log's lock until the commit."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(ADVISORY_XACT_LOCK, {"key": "audit_entry"})
    # SQLite: this transaction has written already, so it holds the one writer's lock.
    head = session.execute(select(model.seq, model.hash).order_by(model.seq.desc()).limit(1)).first()
    seq, prev_hash = (head[0] + 1, head[1]) if head is not None else (1, GENESIS)
    principal: Principal | None = getattr(request.state, "principal", None)
    entry = RequestEntry(
        seq=seq,
        occurred_at=utcnow(),
        request_id=correlation_id.get(),
        requested_by=principal.sub if principal else None,
        role=principal.primary_role if principal else None,
        client_id=principal.client_id if principal else None,
        client_address=request.client.host if request.client else None,
        action=operation_of(request)[0],
        target=request.url.path[:500],
        changes=changes,
    )
    content = content_of(entry)
    values = {**vars(entry), "prev_hash": prev_hash, "hash": entry_hash(prev_hash, content)}
    session.execute(insert(model).values(**values))


@dataclass
class RequestEntry:
    seq: int
    occurred_at: Any
    request_id: str | None
    requested_by: str | None
    role: str | None
    client_id: str | None
    client_address: str | None
    action: str
    target: str
    changes: list[dict[str, Any]]
