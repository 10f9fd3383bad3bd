"""Checking a whole audit chain, entry by entry, and naming the first link that is broken."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from shared.audit.entries import GENESIS, AuditMixin, content_of, entry_hash, log_table

BATCH = 1_000


@dataclass(frozen=True)
class ChainReport:
    """What a check found: how many entries it read, and the first broken link if any."""

    checked: int
    head_seq: int
    head_hash: str
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def first_break(previous: tuple[int, str], entry: Any) -> str | None:
    """Why ``entry`` does not follow the entry (seq, hash) before it, or None when it does."""
    seq, prev_hash = previous
    if entry.seq != seq + 1:
        missing = f"entry {seq + 1}" if entry.seq == seq + 2 else f"entries {seq + 1}-{entry.seq - 1}"
        return f"{missing} missing: entry {entry.seq} follows entry {seq}"
    if entry.prev_hash != prev_hash:
        return f"entry {entry.seq} does not link to entry {seq}: its prev_hash is not that entry's hash"
    if entry_hash(entry.prev_hash, content_of(entry)) != entry.hash:
        return f"entry {entry.seq} was altered: its content no longer gives its hash"
    return None


async def verify_chain(connection: AsyncConnection, model: type[AuditMixin]) -> ChainReport:
    """Read the log in chain order (in batches) and check every link from the first entry."""
    table = log_table(model)
    previous = (0, GENESIS)
    checked = 0
    while True:
        rows = (
            await connection.execute(
                select(table).where(table.c.seq > previous[0]).order_by(table.c.seq).limit(BATCH)
            )
        ).all()
        for row in rows:
            reason = first_break(previous, row)
            if reason is not None:
                return ChainReport(checked, previous[0], previous[1], broken_at=row.seq, reason=reason)
            previous = (row.seq, row.hash)
            checked += 1
        if len(rows) < BATCH:
            return ChainReport(checked, previous[0], previous[1])
