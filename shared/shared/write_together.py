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

Without a transaction nothing is locked between the reads and the write: a :class:`Guard` (an
UPDATE that must change a row, a version check say) makes the write conditional, and raises
:class:`GuardFailed` when what was read has changed meanwhile (docs/decisions/0013).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    Executable,
    Insert,
    Result,
    Update,
    bindparam,
    event,
    literal,
    literal_column,
    select,
    union_all,
)
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


@dataclass(frozen=True)
class Guard:
    """An UPDATE that must change a row (say, where the version is still the one read): every
    other write goes with it only if it did, else :class:`GuardFailed` and nothing is written.

    The others must be inserts (in one statement each becomes ``INSERT … SELECT … FROM`` the
    guard), and the last of them must return every row it writes (a failed guard shows as no
    rows). At most one guard in a ``write_together``; it runs first when the writes go one by one.
    """

    statement: Update
    parameters: Mapping[str, Any]


Write = Rows | Bound | Guard


class GuardFailed(Exception):
    """A :class:`Guard` changed no row: what the writes depend on changed since it was read.
    Nothing was written."""


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


def without_transaction(session: AsyncSession) -> bool:
    """Whether ``session`` runs without a transaction (a :class:`OneWriteSession`): nothing it
    reads stays locked, so its write must be guarded instead (:class:`Guard`)."""
    return isinstance(session.sync_session, OneWriteSession)


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
    guarded = _guarded(todo)
    if isinstance(session.sync_session, OneWriteSession):
        return await _write_once(session, session.sync_session, todo, fits=fits, guarded=guarded)
    if fits and (len(todo) > 1 or guarded):
        statement, parameters = _combined(todo)
        return _guard_held(await session.execute(statement, parameters), guarded=guarded)
    result: Result[Any] | None = None
    for write in sorted(todo, key=lambda write: not isinstance(write, Guard)):  # the guard first
        if isinstance(write, Rows):
            result = await session.execute(write.statement, list(write.rows))
            continue
        result = await session.execute(write.statement, dict(write.parameters))
        if isinstance(write, Guard) and not getattr(result, "rowcount", 0):
            raise GuardFailed(f"the guard changed no row: {write.parameters}")
    return result


def _guarded(todo: list[Write]) -> bool:
    """Whether ``todo`` has a guard, and if so that it is written as :class:`Guard` requires."""
    guards = sum(isinstance(write, Guard) for write in todo)
    if not guards:
        return False
    if guards > 1 or any(isinstance(write, Bound) for write in todo):
        raise ValueError("a guarded write_together holds one guard, and otherwise inserts only")
    last = todo[-1]
    if not (isinstance(last, Rows) and last.statement.returning_column_descriptions):
        raise ValueError("the last write of a guarded write_together must be an insert returning its rows")
    return True


def _guard_held(result: Result[Any], *, guarded: bool) -> Result[Any]:
    """The combined statement's result, after checking that its guard (if any) changed a row:
    the writes that depend on it then return rows (:class:`Guard`)."""
    if not guarded:
        return result
    frozen = result.freeze()
    if not frozen.data:
        raise GuardFailed("the guard changed no row, so nothing was written")
    return frozen()


async def _write_once(
    session: AsyncSession, one_write: OneWriteSession, todo: list[Write], *, fits: bool, guarded: bool
) -> Result[Any]:
    """The session's one statement: combined, or a single-row write as it is."""
    if one_write.written:
        _refuse(one_write, "a second write_together")
    if not fits:
        raise NeedsTransaction(f"{len(todo)} writes do not fit one statement")
    first = todo[0]
    if len(todo) == 1 and isinstance(first, Bound):
        statement: Executable = first.statement
        parameters = dict(first.parameters)
    elif len(todo) == 1 and isinstance(first, Rows) and len(first.rows) == 1:
        statement, parameters = first.statement, dict(first.rows[0])
    else:
        statement, parameters = _combined(todo)
    one_write.written = True
    result = await session.execute(statement, parameters, execution_options={_ONE_STATEMENT: True})
    return _guard_held(result, guarded=guarded)


# One statement per shape: for each write its statement, for an INSERT its rows' columns, and
# whether it is the guard.
Shape = tuple[tuple[Insert | Update, tuple[tuple[str, ...], ...], bool], ...]
_COMBINED: dict[Shape, Executable] = {}


def _combined(writes: list[Write]) -> tuple[Executable, dict[str, Any]]:
    """One statement for ``writes`` and its parameters' values. The statement is built once per
    shape, so SQLAlchemy reuses its cache key and compiled form: building it anew each time cost
    more than the round trip it saves."""
    parameters: dict[str, Any] = {}
    shape: list[tuple[Insert | Update, tuple[tuple[str, ...], ...], bool]] = []
    for number, write in enumerate(writes):
        if not isinstance(write, Rows):
            shape.append((write.statement, (), isinstance(write, Guard)))
            parameters.update(write.parameters)
            continue
        shape.append((write.statement, tuple(tuple(row) for row in write.rows), False))
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
    last write's ``RETURNING`` rows (``SELECT 1`` if it returns nothing). With a guard, each row
    is inserted from a ``SELECT`` over the guard's ``RETURNING``: no row when it changed none."""
    # One guard at most, beside inserts only (checked by _guarded before any statement is built).
    guards = [statement for statement, _, is_guard in shape if is_guard]
    guard = guards[0].returning(literal_column("1").label("changed")).cte("guard") if guards else None
    per_write: list[list[Insert | Update]] = []
    for number, (statement, rows, is_guard) in enumerate(shape):
        if isinstance(statement, Insert):
            per_write.append(
                [_insert_row(statement, number, index, cols, guard) for index, cols in enumerate(rows)]
            )
        elif not is_guard:
            per_write.append([statement])
    ctes = [
        [one.cte(f"write_{number}_{index}") for index, one in enumerate(ones)]
        for number, ones in enumerate(per_write)
    ]
    everything = [*([guard] if guard is not None else []), *(cte for ones in ctes for cte in ones)]
    if not shape[-1][0].returning_column_descriptions:
        return select(literal(1)).add_cte(*everything)
    selects = [select(*cte.c) for cte in ctes[-1]]
    main = selects[0] if len(selects) == 1 else union_all(*selects)
    return main.add_cte(*everything)


def _insert_row(
    statement: Insert, number: int, index: int, columns: tuple[str, ...], guard: CTE | None
) -> Insert:
    """One row's INSERT: ``VALUES``, or with a guard a ``SELECT`` of the (typed) values from it."""
    if guard is None:
        return statement.values({column: bindparam(_name(number, index, column)) for column in columns})
    table = statement.table
    typed = [bindparam(_name(number, index, column), type_=table.c[column].type) for column in columns]
    return statement.from_select(list(columns), select(*typed).select_from(guard))
