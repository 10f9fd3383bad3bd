"""All SQL about talent-programme applications."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from shared.auth import Scope
from shared.pagination import apply_keyset
from talent.access import scoped
from talent.applications.models import TalentApplication
from talent.programmes.models import ProgrammeRound


def _whole() -> Select[TalentApplication]:
    """An application with what its response shows: round, programme and history."""
    return select(TalentApplication).options(
        joinedload(TalentApplication.round, innerjoin=True).joinedload(
            ProgrammeRound.programme, innerjoin=True
        ),
        selectinload(TalentApplication.history),
    )


async def id_of(session: AsyncSession, *, talent_id: uuid.UUID, round_id: uuid.UUID) -> uuid.UUID | None:
    query = select(TalentApplication.id).where(
        TalentApplication.talent_id == talent_id, TalentApplication.round_id == round_id
    )
    return await session.scalar(query)


async def list_page(
    session: AsyncSession, *, scope: Scope, limit: int, cursor: str | None, filters: dict[str, Any]
) -> Sequence[TalentApplication]:
    """Oldest first; ``filters`` maps column names (status, round_id, talent_id, center_id) to a value."""
    query = scoped(_whole(), scope, TalentApplication.center_id)
    for name, value in filters.items():
        if value is not None:
            query = query.where(getattr(TalentApplication, name) == value)
    query = apply_keyset(query, TalentApplication.created_at, TalentApplication.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).unique().all()


async def get(
    session: AsyncSession, *, scope: Scope, application_id: uuid.UUID, for_update: bool = False
) -> TalentApplication | None:
    query = scoped(_whole(), scope, TalentApplication.center_id).where(TalentApplication.id == application_id)
    if for_update:
        query = query.with_for_update(of=TalentApplication)
    return await session.scalar(query)
