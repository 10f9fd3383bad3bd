"""All SQL about documents."""

import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import CenterAction
from registry.documents.models import Document
from shared.pagination import apply_keyset


async def get(session: AsyncSession, document_id: uuid.UUID) -> Document | None:
    return await session.get(Document, document_id)


async def action_of_center(
    session: AsyncSession, action_id: uuid.UUID, center_id: uuid.UUID
) -> CenterAction | None:
    return await session.scalar(
        select(CenterAction).where(CenterAction.id == action_id, CenterAction.center_id == center_id)
    )


async def list_for_center(
    session: AsyncSession,
    center_id: uuid.UUID,
    *,
    action_id: uuid.UUID | None,
    limit: int,
    cursor: str | None,
) -> Sequence[Document]:
    """``limit + 1`` documents of the center after ``cursor``, oldest first."""
    query = select(Document).where(Document.center_id == center_id)
    if action_id is not None:
        query = query.where(Document.action_id == action_id)
    query = apply_keyset(query, Document.uploaded_at, Document.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()


async def ids_by_action(session: AsyncSession, center_id: uuid.UUID) -> dict[uuid.UUID, list[uuid.UUID]]:
    """The ids of the center's documents attached to an action, per action, oldest first."""
    rows = await session.execute(
        select(Document.action_id, Document.id)
        .where(Document.center_id == center_id, Document.action_id.is_not(None))
        .order_by(Document.uploaded_at, Document.id)
    )
    ids: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for action_id, document_id in rows:
        if action_id is not None:  # filtered above; the column type does not know it
            ids[action_id].append(document_id)
    return dict(ids)
