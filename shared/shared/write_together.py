"""Several small, independent writes of one transaction in a single round trip.

On this platform's hot paths (an upgrade in registry, its evaluation in funding) each statement
is a round trip to PostgreSQL, and round trips, not SQL, set the latency (docs/decisions/0010).
PostgreSQL runs data-modifying statements inside ``WITH``: every row of every write becomes a
single-row statement in the ``WITH`` of one ``SELECT`` that returns the last write's
``RETURNING`` rows, sent once. SQLAlchemy caches the compiled form of single-row statements
(never of multi-row VALUES), so a hot path compiles its shape once. The writes must not read each
other's effects (they see one snapshot); foreign keys between them hold, as constraints are checked
when the whole statement ends. Large batches, and other databases, run the writes one after another
with executemany, as before.

A write may also be *deferred* (:func:`defer`): it goes out with the transaction's next
``write_together``, or at :func:`write_deferred`. The consumer runner defers its inbox claim this
way, so the claim rides in the handler's own round trip.

A session may also *write once* (:class:`OneWriteSession`, PostgreSQL only): it runs without a
transaction (autocommit), its reads each see the latest committed rows (as under READ COMMITTED),
and its one ``write_together`` is a single statement, atomic on its own: no ``BEGIN`` and no
``COMMIT``, two round trips fewer (docs/decisions/0012). Whatever would take more than one
statement raises :class:`NeedsTransaction` before anything is written, so the caller runs the
work again in a transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable, Insert, Result, Update, bindparam, event, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

# Statements are templates a module builds once (they key the cache of combined statements); a
# statement built anew on every call would be compiled anew every time.
# Rows in all writes together up to which one statement is sent (a few hundred bound parameters).
COMBINED_ROWS_AT_MOST = 64
# Combined statements kept, by shape: a hot path has a handful of shapes.
_SHAPES_KEPT = 256


@dataclass(frozen=True)
class Rows:
    """An INSERT without values (any ON CONFLICT or RETURNING) and the rows it writes."""

    statement: Insert
    rows: Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class Bound:
    """Any other write (an UPDATE, say) with named bound parameters, and their values. The names
    must not start with ``write_`` (those are the rows')."""

    statement: Update
    parameters: Mapping[str, Any]


Write = Rows | Bound

_DEFERRED = "shared.write_together.deferred"


def defer(session: AsyncSession, write: Write) -> None:
    """Send ``write`` first with the transaction's next :func:`write_together` (or at
    :func:`write_deferred`), not on its own."""
    session.info.setdefault(_DEFERRED, []).append(write)


async def write_deferred(session: AsyncSession) -> None:
    """Write what is still deferred (nothing wrote together since :func:`defer`)."""
    await write_together(session, [])


def _size(write: Write) -> int:
    return len(write.rows) if isinstance(write, Rows) else 1


class NeedsTransaction(Exception):
    """A session that writes once was asked for more than one statement; nothing was written."""


class OneWriteSession(Session):
    """A session bound to an autocommit connection (PostgreSQL) that writes one statement, with
    :func:`write_together`, after its reads. Any other write raises :class:`NeedsTransaction`
    before it runs; a write after the one statement is a programming error (that statement is
    already committed)."""

    written = False


_ONE_STATEMENT = "mic_one_statement"


def _refuse(session: Session, what: str) -> None:
    if isinstance(session, OneWriteSession) and session.written:
        raise RuntimeError(f"a one-write session already committed its statement; {what} came after")
    raise NeedsTransaction(what)


@event.listens_for(OneWriteSession, "do_orm_execute")
def _only_the_one_statement(state: ORMExecuteState) -> None:
    if (state.is_insert or state.is_update or state.is_delete) and not state.execution_options.get(
        _ONE_STATEMENT
    ):
        _refuse(state.session, "a write outside write_together")
    # Without a transaction a row lock ends with its own statement: whoever locks needs one.
    if state.is_select and getattr(state.statement, "_for_update_arg", None) is not None:
        _refuse(state.session, "a locking read (FOR UPDATE)")


@event.listens_for(OneWriteSession, "before_flush")
def _no_unit_of_work(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        _refuse(session, "ORM objects to flush")


async def write_together(session: AsyncSession, writes: Sequence[Write]) -> Result[Any] | None:
    """Run the deferred writes, then ``writes``, in order in the session's transaction; returns the
    last one's result.

    Inserts with no rows are skipped; ``None`` when nothing was written.
    """
    todo = [write for write in [*session.info.pop(_DEFERRED, ()), *writes] if _size(write)]
    if not todo:
        return None
    postgresql = session.get_bind().dialect.name == "postgresql"
    fits = postgresql and sum(_size(write) for write in todo) <= COMBINED_ROWS_AT_MOST
    if isinstance(session.sync_session, OneWriteSession):
        return await _write_once(session, session.sync_session, todo, fits=fits)
    if not (fits and len(todo) > 1):
        result: Result[Any] | None = None
        for write in todo:
            if isinstance(write, Rows):
                result = await session.execute(write.statement, list(write.rows))
            else:
                result = await session.execute(write.statement, dict(write.parameters))
        return result
    statement, parameters = _combined(todo)
    return await session.execute(statement, parameters)


async def _write_once(
    session: AsyncSession, one_write: OneWriteSession, todo: list[Write], *, fits: bool
) -> Result[Any]:
    """The session's one statement: combined, or a single-row write as it is."""
    if one_write.written:
        _refuse(one_write, "a second write_together")
    if not fits:
        raise NeedsTransaction(f"{len(todo)} writes do not fit one statement")
    first = todo[0]
    if len(todo) == 1 and (isinstance(first, Bound) or len(first.rows) == 1):
        statement: Executable = first.statement
        parameters = dict(first.parameters) if isinstance(first, Bound) else dict(first.rows[0])
    else:
        statement, parameters = _combined(todo)
    one_write.written = True
    return await session.execute(statement, parameters, execution_options={_ONE_STATEMENT: True})


# One statement per shape: for each write its statement, and for an INSERT its rows' columns.
Shape = tuple[tuple[Insert | Update, tuple[tuple[str, ...], ...]], ...]
_COMBINED: dict[Shape, Executable] = {}


def _combined(writes: list[Write]) -> tuple[Executable, dict[str, Any]]:
    """One statement for ``writes`` and its parameters' values. The statement is built once per
    shape, so SQLAlchemy reuses its cache key and compiled form: building it anew each time cost
    more than the round trip it saves."""
    parameters: dict[str, Any] = {}
    shape: list[tuple[Insert | Update, tuple[tuple[str, ...], ...]]] = []
    for number, write in enumerate(writes):
        if isinstance(write, Bound):
            shape.append((write.statement, ()))
            parameters.update(write.parameters)
            continue
        shape.append((write.statement, tuple(tuple(row) for row in write.rows)))
        for index, row in enumerate(write.rows):
            parameters.update({_name(number, index, column): value for column, value in row.items()})
    key = tuple(shape)
    statement = _COMBINED.get(key)
    if statement is None:
        statement = _COMBINED[key] = _build(key)
        if len(_COMBINED) > _SHAPES_KEPT:
            del _COMBINED[next(iter(_COMBINED))]  # the oldest shape
    return statement, parameters


def _name(number: int, index: int, column: str) -> str:
    """The bound parameter of ``column`` in row ``index`` of write ``number``."""
    return f"write_{number}_{index}_{column}"


def _build(shape: Shape) -> Executable:
    """``WITH`` a single-row statement per row (an UPDATE as it is), then a ``SELECT`` of the
    last write's ``RETURNING`` rows (``SELECT 1`` if it returns nothing)."""
    per_write: list[list[Insert | Update]] = []
    for number, (statement, rows) in enumerate(shape):
        if isinstance(statement, Insert):
            per_write.append(
                [
                    statement.values({column: bindparam(_name(number, index, column)) for column in columns})
                    for index, columns in enumerate(rows)
                ]
            )
        else:
            per_write.append([statement])
    ctes = [
        [one.cte(f"write_{number}_{index}") for index, one in enumerate(ones)]
        for number, ones in enumerate(per_write)
    ]
    everything = [cte for ones in ctes for cte in ones]
    if not shape[-1][0].returning_column_descriptions:
        return select(literal(1)).add_cte(*everything)
    selects = [select(*cte.c) for cte in ctes[-1]]
    main = selects[0] if len(selects) == 1 else union_all(*selects)
    return main.add_cte(*everything)
