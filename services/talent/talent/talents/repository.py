"""All SQL about talents."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Scope
from shared.pagination import apply_keyset
from talent.access import scoped
from talent.talents.models import Talent


async def id_by_digest(session: AsyncSession, document_type: str, digest: str) -> uuid.UUID | None:
    query = select(Talent.id).where(
        Talent.id_document_type == document_type, Talent.id_number_digest == digest
    )
    return await session.scalar(query)


async def list_page(
    session: AsyncSession,
    *,
    scope: Scope,
    limit: int,
    cursor: str | None,
    center_id: uuid.UUID | None,
    level: str | None,
    origin: str | None,
    digests: list[str] | None,
) -> Sequence[Talent]:
    """Oldest first; ``digests`` (the keyed hashes of one number under every document type) finds a
    talent by ID number through the unique index, decrypting nothing."""
    query = scoped(select(Talent), scope, Talent.center_id)
    if center_id is not None:
        query = query.where(Talent.center_id == center_id)
    if level is not None:
        query = query.where(Talent.level == level)
    if origin is not None:
        query = query.where(Talent.origin == origin)
    if digests is not None:
        query = query.where(Talent.id_number_digest.in_(digests))
    query = apply_keyset(query, Talent.created_at, Talent.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def get(
    session: AsyncSession, *, scope: Scope, talent_id: uuid.UUID, for_update: bool = False
) -> Talent | None:
    query = scoped(select(Talent), scope, Talent.center_id).where(Talent.id == talent_id)
    if for_update:
        query = query.with_for_update(of=Talent)
    return await session.scalar(query)
