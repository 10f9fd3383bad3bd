"""All SQL about municipal support applications."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.investments.access import scoped
from funding.municipal_support.models import MunicipalSupportApplication, MunicipalSupportTransition
from shared.auth import Scope
from shared.pagination import apply_keyset

Application = MunicipalSupportApplication


async def get(
    session: AsyncSession, *, scope: Scope, application_id: uuid.UUID, for_update: bool = False
) -> Application | None:
    """The application in the caller's scope; ``for_update`` locks it until the transaction ends,
    so two actions on one application run one after the other."""
    query = scoped(select(Application), scope, Application.center_id).where(Application.id == application_id)
    if for_update:
        query = query.with_for_update(of=Application).execution_options(populate_existing=True)
    return await session.scalar(query)


async def list_page(
    session: AsyncSession,
    *,
    scope: Scope,
    limit: int,
    cursor: str | None,
    filters: dict[str, object | None],
) -> Sequence[Application]:
    query = scoped(select(Application), scope, Application.center_id)
    for column, value in filters.items():
        if value is not None:
            query = query.where(getattr(Application, column) == value)
    query = apply_keyset(query, Application.created_at, Application.id, cursor)
    return (await session.scalars(query.limit(limit + 1))).all()


async def history(session: AsyncSession, application_id: uuid.UUID) -> Sequence[MunicipalSupportTransition]:
    return (
        await session.scalars(
            select(MunicipalSupportTransition)
            .where(MunicipalSupportTransition.application_id == application_id)
            .order_by(MunicipalSupportTransition.created_at, MunicipalSupportTransition.id)
        )
    ).all()
