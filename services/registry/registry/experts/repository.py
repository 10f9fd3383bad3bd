"""All SQL about the expert registry."""

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from registry.centers.models import Center
from registry.experts.models import Expert, ExpertAffiliation, ExpertDeclaredConflict, ExpertRevision
from shared.pagination import apply_keyset


async def find(
    session: AsyncSession, sub: str, *, for_update: bool = False, for_share: bool = False
) -> Expert | None:
    """``for_share``: the record cannot change until the caller's transaction ends (its readers
    do not wait for each other); ``for_update``: also the caller's writes take turns."""
    query = select(Expert).where(Expert.sub == sub)
    if for_update or for_share:
        query = query.with_for_update(read=not for_update)
    return await session.scalar(query)


async def list_page(
    session: AsyncSession, *, limit: int, cursor: str | None, declared: bool | None
) -> Sequence[Expert]:
    """``limit + 1`` experts after ``cursor``, oldest first; ``declared`` keeps those with (or without)
    a declaration."""
    query = select(Expert)
    if declared is not None:
        query = query.where(Expert.declared_at.is_not(None) if declared else Expert.declared_at.is_(None))
    query = apply_keyset(query, Expert.created_at, Expert.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()


async def affiliations(session: AsyncSession, expert_ids: Sequence[uuid.UUID]) -> Sequence[ExpertAffiliation]:
    """The experts' affiliations with their organizations, in the order each expert listed them."""
    return (
        await session.scalars(
            select(ExpertAffiliation)
            .where(ExpertAffiliation.expert_id.in_(expert_ids))
            .options(selectinload(ExpertAffiliation.organization))
            .order_by(ExpertAffiliation.expert_id, ExpertAffiliation.position)
            # Rows written in this session come back with their organization loaded, too.
            .execution_options(populate_existing=True)
        )
    ).all()


async def declared_conflicts(
    session: AsyncSession, expert_ids: Sequence[uuid.UUID]
) -> Sequence[ExpertDeclaredConflict]:
    """The experts' declared conflicts with their organizations (if any), in the order listed."""
    return (
        await session.scalars(
            select(ExpertDeclaredConflict)
            .where(ExpertDeclaredConflict.expert_id.in_(expert_ids))
            .options(selectinload(ExpertDeclaredConflict.organization))
            .order_by(ExpertDeclaredConflict.expert_id, ExpertDeclaredConflict.position)
            .execution_options(populate_existing=True)
        )
    ).all()


async def clear_declaration(session: AsyncSession, expert_id: uuid.UUID) -> None:
    """Remove the expert's affiliations and declared conflicts, before the new ones are added."""
    await session.execute(delete(ExpertAffiliation).where(ExpertAffiliation.expert_id == expert_id))
    await session.execute(delete(ExpertDeclaredConflict).where(ExpertDeclaredConflict.expert_id == expert_id))


async def existing_centers(session: AsyncSession, center_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    if not center_ids:
        return set()
    return set((await session.scalars(select(Center.id).where(Center.id.in_(center_ids)))).all())


async def revisions_page(
    session: AsyncSession, expert_id: uuid.UUID, *, limit: int, cursor: str | None
) -> Sequence[ExpertRevision]:
    """``limit + 1`` revisions of the expert's record after ``cursor``, oldest first."""
    query = select(ExpertRevision).where(ExpertRevision.expert_id == expert_id)
    query = apply_keyset(query, ExpertRevision.changed_at, ExpertRevision.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()
