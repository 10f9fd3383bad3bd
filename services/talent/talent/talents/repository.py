"""All SQL about talents."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Table, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Scope
from shared.db import Reader
from shared.pagination import apply_keyset
from talent.access import scoped
from talent.talents.models import Talent


async def id_by_digest(session: AsyncSession, document_type: str, digest: str) -> uuid.UUID | None:
    query = select(Talent.id).where(
        Talent.id_document_type == document_type, Talent.id_number_digest == digest
    )
    return await session.scalar(query)


TALENT = Talent.__table__
assert isinstance(TALENT, Table)


async def list_page(
    db: Reader,
    *,
    scope: Scope,
    limit: int,
    cursor: str | None,
    center_id: uuid.UUID | None,
    level: str | None,
    origin: str | None,
    documents: list[tuple[str, str]] | None,
) -> Sequence[Row[Any]]:
    """Plain rows (reads only show them), oldest first; ``documents`` — (document type, keyed hash)
    pairs of one number — finds a talent by ID number through the unique index, decrypting nothing."""
    query = scoped(select(TALENT), scope, TALENT.c.center_id)
    if center_id is not None:
        query = query.where(TALENT.c.center_id == center_id)
    if level is not None:
        query = query.where(TALENT.c.level == level)
    if origin is not None:
        query = query.where(TALENT.c.origin == origin)
    if documents is not None:
        query = query.where(tuple_(TALENT.c.id_document_type, TALENT.c.id_number_digest).in_(documents))
    query = apply_keyset(query, TALENT.c.created_at, TALENT.c.id, cursor)
    return (await db.execute(query.limit(limit + 1))).all()


async def get(
    session: AsyncSession, *, scope: Scope, talent_id: uuid.UUID, for_update: bool = False
) -> Talent | None:
    query = scoped(select(Talent), scope, Talent.center_id).where(Talent.id == talent_id)
    if for_update:
        query = query.with_for_update(of=Talent)
    return await session.scalar(query)
