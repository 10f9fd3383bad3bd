"""A consumer's local read model of registry's centers, kept from ``registry.center`` events.

Every registry event carries the full snapshot with a version; the newest version wins, so
redelivered or reordered events never move the read model backwards.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TypeVar

from sqlalchemy import Integer, String, Uuid
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from shared.contracts.registry import CenterSnapshot
from shared.db import UTCDateTime
from shared.errors import FieldError, Unprocessable
from shared.events import CloudEvent
from shared.newest_version import newest_version_upsert
from shared.write_together import Rows, write_together


class CenterViewMixin:
    __tablename__ = "center_view"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(40))
    cluster_code: Mapped[str] = mapped_column(String(80))
    sub_sector: Mapped[str] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(40))
    lead_organization_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(40))
    tier: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


View = TypeVar("View", bound=CenterViewMixin)


async def known_center(
    session: AsyncSession,
    model: type[View],
    center_id: uuid.UUID,
    *,
    field: str = "center_id",
    lock: bool = False,
) -> View:
    """The center from the service's read model; 422 on ``field`` when registry never announced it.

    ``lock`` holds the row (``FOR SHARE``) to the end of the transaction: a change that must not
    happen for a center registry has just revoked takes turns with the event that says so.
    """
    center = await session.get(model, center_id, with_for_update={"read": True} if lock else None)
    if center is None:
        raise Unprocessable(
            f"unknown center {center_id}: registry has not announced it",
            detail_zh=f"未知的创新中心 {center_id}",
            errors=[FieldError(field, "unknown center", "未知的中心")],
        )
    return center


async def apply_snapshot(
    session: AsyncSession, model: type[CenterViewMixin], snapshot: CenterSnapshot
) -> None:
    """Upsert the read-model row unless it already holds this or a newer version (one statement)."""
    await apply_snapshots(session, model, [snapshot])


async def apply_snapshots(
    session: AsyncSession, model: type[CenterViewMixin], snapshots: list[CenterSnapshot]
) -> None:
    """Upsert many centers' rows in one statement; per center only its newest snapshot counts."""
    await write_together(session, [snapshots_write(session, model, snapshots)])


def snapshots_write(
    session: AsyncSession, model: type[CenterViewMixin], snapshots: list[CenterSnapshot]
) -> Rows:
    """The read model's upsert of ``snapshots`` as a write, to run alone or with a handler's other
    writes (:mod:`shared.write_together`); per center only its newest snapshot counts."""
    newest: dict[uuid.UUID, CenterSnapshot] = {}
    for snapshot in snapshots:
        held = newest.get(snapshot.id)
        if held is None or snapshot.version > held.version:
            newest[snapshot.id] = snapshot
    rows = [
        {
            "id": snapshot.id,
            "name": snapshot.name,
            "mode": snapshot.mode,
            "cluster_code": snapshot.cluster_code,
            "sub_sector": snapshot.sub_sector,
            "district": snapshot.district,
            "lead_organization_name": snapshot.lead_organization.name,
            "status": snapshot.status,
            "tier": snapshot.tier,
            "version": snapshot.version,
            "updated_at": snapshot.updated_at,
        }
        for snapshot in newest.values()
    ]
    dialect = session.get_bind().dialect.name
    return Rows(newest_version_upsert(dialect, model.__table__), rows)  # type: ignore[attr-defined]


def snapshot_of(event: CloudEvent) -> CenterSnapshot:
    return CenterSnapshot.model_validate(event.data["center"])
