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
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Executable, Insert, Result, Update, bindparam, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from shared.audit.capture import is_audited, note_inserted, note_touched, rows_touched

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


async def write_together(session: AsyncSession, writes: Sequence[Write]) -> Result[Any] | None:
    """Run the deferred writes, then ``writes``, in order in the session's transaction; returns the
    last one's result.

    Inserts with no rows are skipped; ``None`` when nothing was written.
    """
    todo = [write for write in [*session.info.pop(_DEFERRED, ()), *writes] if _size(write)]
    if not todo:
        return None
    postgresql = session.get_bind().dialect.name == "postgresql"
    if postgresql and len(todo) > 1 and sum(_size(write) for write in todo) <= COMBINED_ROWS_AT_MOST:
        statement, parameters = _combined(todo)
        if is_audited(session.sync_session):
            return await session.run_sync(_combined_and_told, todo, statement, parameters)
        return await session.execute(statement, parameters)
    result: Result[Any] | None = None
    for write in todo:
        if isinstance(write, Rows):
            result = await session.execute(write.statement, list(write.rows))
        else:
            result = await session.execute(write.statement, dict(write.parameters))
    return result


def _combined_and_told(
    session: Session, todo: list[Write], statement: Executable, parameters: dict[str, Any]
) -> Result[Any]:
    """The combined statement, and the audit trail told what is inside it: to the session it is
    one SELECT (shared.audit.capture reads the rows an UPDATE touches before and after it)."""
    before = {
        id(write): rows_touched(session, write.statement, write.parameters)
        for write in todo
        if isinstance(write, Bound) and not isinstance(write.statement, Insert)
    }
    result = session.execute(statement, parameters)
    for write in todo:
        if isinstance(write, Rows):
            note_inserted(session, write.statement, [dict(row) for row in write.rows])
        elif isinstance(write.statement, Insert):
            note_inserted(session, write.statement, [dict(write.parameters)])
        else:
            note_touched(session, write.statement, before[id(write)], deleted=False)
    return result


# One statement per shape: for each write its statement and, for an INSERT, its rows' columns.
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
    per_write: list[list[Insert | Update]] = [
        [
            statement.values({column: bindparam(_name(number, index, column)) for column in columns})
            for index, columns in enumerate(rows)
        ]
        if isinstance(statement, Insert)
        else [statement]
        for number, (statement, rows) in enumerate(shape)
    ]
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
