"""Count what happened to a center's talents into its yearly figures and announce the new figures.

Called in the transaction of the change itself (a talent registered, an award, a service
fulfilled), so the figures and the event commit with it or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Literal

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from shared.contracts import talent as contract
from shared.db import utcnow
from talent.events import publish
from talent.figures.models import CenterTalentFigures

Figure = Literal["introduced", "trained", "awarded", "services_fulfilled"]


async def count(session: AsyncSession, center_id: uuid.UUID, year: int, figure: Figure, by: int = 1) -> None:
    """Add ``by`` (negative to take back) to one figure of the center's year, under the row's lock,
    and publish the year's whole figures with their new version."""
    table = CenterTalentFigures.__table__
    assert isinstance(table, Table)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    now = utcnow()
    zeros: dict[str, int] = {"introduced": 0, "trained": 0, "awarded": 0, "services_fulfilled": 0}
    values = insert(table).values(
        center_id=center_id, year=year, **{**zeros, figure: by}, version=1, updated_at=now
    )
    upsert = values.on_conflict_do_update(
        index_elements=["center_id", "year"],
        set_={figure: table.c[figure] + by, "version": table.c.version + 1, "updated_at": now},
    ).returning(*table.c)
    row = (await session.execute(upsert)).one()
    body = contract.CenterFiguresChanged(
        center_id=row.center_id,
        year=row.year,
        introduced=row.introduced,
        trained=row.trained,
        awarded=row.awarded,
        services_fulfilled=row.services_fulfilled,
        version=row.version,
        updated_at=row.updated_at,
    )
    await publish(
        session,
        topic=contract.CENTER_FIGURES_TOPIC,
        type_=contract.CENTER_FIGURES_CHANGED,
        key=center_id,
        body=body,
    )


async def of_center(session: AsyncSession, center_id: uuid.UUID) -> Sequence[CenterTalentFigures]:
    """The center's figures, one row per year that has any, oldest year first."""
    query = select(CenterTalentFigures).where(CenterTalentFigures.center_id == center_id)
    return (await session.scalars(query.order_by(CenterTalentFigures.year))).all()
