"""All SQL about centers."""

import uuid
from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import ColumnElement, Exists, Table, bindparam, exists, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center, CenterAction, CenterRecord, CenterUpgrade
from registry.evaluations.models import CenterEvaluation
from shared.db import Reader
from shared.pagination import Sort, apply_sorted_keyset
from shared.write_together import Bound, Rows, Write


async def get(session: AsyncSession, center_id: uuid.UUID, *, for_update: bool = False) -> Center | None:
    return await session.get(Center, center_id, with_for_update=for_update)


CENTER = cast(Table, Center.__table__)
# Reads that only show centers take plain rows: loading ORM objects cost a fifth of a read's CPU.
_ONE_ROW = select(CENTER).where(CENTER.c.id == bindparam("center_id"))


async def get_row(db: Reader, center_id: uuid.UUID) -> CenterRecord | None:
    """The center's row, for reading only (attribute access like a :class:`Center`)."""
    return (await db.execute(_ONE_ROW, {"center_id": center_id})).first()


UPGRADE = cast(Table, CenterUpgrade.__table__)
CENTER_COLUMNS = tuple(CENTER.c.keys())
_UPGRADE_COLUMNS = tuple(UPGRADE.c.keys())
_LOCKED = _ONE_ROW.with_for_update()
_UPGRADE_TO = select(UPGRADE).where(
    UPGRADE.c.center_id == bindparam("center_id"), UPGRADE.c.to_tier == bindparam("to_tier")
)


async def lock_with_upgrade(
    session: AsyncSession, center_id: uuid.UUID, to_tier: str
) -> tuple[Center, CenterUpgrade | None] | None:
    """The center, locked until the transaction ends, and its upgrade to ``to_tier`` if recorded.

    The upgrade is read after the lock is held: read in the same statement, it would come from
    the snapshot taken before waiting for the lock, and miss an upgrade committed meanwhile.
    Both come back as objects outside the session (nothing is flushed from them): an upgrade
    writes its rows itself, with its event, in one round trip (:func:`upgrade_writes`).
    """
    row = (await session.execute(_LOCKED, {"center_id": center_id})).first()
    if row is None:
        return None
    center = Center(**row._asdict())
    existing = (await session.execute(_UPGRADE_TO, {"center_id": center_id, "to_tier": to_tier})).first()
    return center, None if existing is None else CenterUpgrade(**existing._asdict())


_SET_TIER = (
    update(CENTER)
    .where(CENTER.c.id == bindparam("center_id"))
    .values(tier=bindparam("tier"), version=bindparam("version"), updated_at=bindparam("updated_at"))
)
_INSERT_UPGRADE = insert(UPGRADE)


def upgrade_writes(center: Center, upgrade: CenterUpgrade) -> list[Write]:
    """The rows an upgrade changes: the center's tier and version, and the upgrade itself."""
    return [
        Bound(
            _SET_TIER,
            {
                "center_id": center.id,
                "tier": center.tier,
                "version": center.version,
                "updated_at": center.updated_at,
            },
        ),
        Rows(_INSERT_UPGRADE, [{name: getattr(upgrade, name) for name in _UPGRADE_COLUMNS}]),
    ]


EVALUATION = cast(Table, CenterEvaluation.__table__)


def _has_evaluation(*conditions: ColumnElement[bool]) -> Exists:
    """An evaluation of the row's center meets ``conditions`` (the evaluation table's center index)."""
    return exists().where(EVALUATION.c.center_id == CENTER.c.id, *conditions)


# Yes/no filters of the list: a flag for a person to act on, computed on the fly (no column).
FLAGS: dict[str, ColumnElement[bool]] = {
    # false: the sub-sector is not in the catalogue, for a municipal admin to review.
    "sub_sector_listed": CENTER.c.sub_sector_code.is_not(None),
    # As in ``evaluations.service.rectification_flag``: the bureau decides on the revocation.
    "revocation_proposed": _has_evaluation(EVALUATION.c.revocation_proposed.is_(True)),
    # A concluded 不合格 whose re-check (复核) is not recorded yet.
    "under_rectification": _has_evaluation(
        EVALUATION.c.concluded_at.is_not(None),
        EVALUATION.c.rectification_due.is_not(None),
        EVALUATION.c.recheck_passed.is_(None),
    ),
}

SORTABLE = {"created_at": CENTER.c.created_at, "updated_at": CENTER.c.updated_at, "name": CENTER.c.name}


async def list_page(
    db: Reader,
    *,
    limit: int | None,
    cursor: str | None,
    sort: Sort,
    filters: dict[str, str | None],
    text: str | None,
    flags: dict[str, bool | None],
    district_scope: str | None,
    center_scope: uuid.UUID | None,
) -> Sequence[CenterRecord]:
    """``limit + 1`` centers after ``cursor`` in ``sort`` order, filtered and scoped (all if no limit)."""
    query = select(CENTER)
    for column, value in filters.items():
        if value is not None:
            query = query.where(CENTER.c[column] == value)
    if text:
        # Chinese has no word breaks: a substring match on name and sub-sector is what users expect.
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(CENTER.c.name.ilike(pattern, escape="\\"), CENTER.c.sub_sector.ilike(pattern, escape="\\"))
        )
    for name, wanted in flags.items():
        if wanted is not None:
            query = query.where(FLAGS[name] if wanted else ~FLAGS[name])
    if district_scope is not None:
        query = query.where(CENTER.c.district == district_scope)
    if center_scope is not None:
        query = query.where(CENTER.c.id == center_scope)
    query = apply_sorted_keyset(query, sort, CENTER.c.id, cursor)
    if limit is not None:
        query = query.limit(limit + 1)
    return (await db.execute(query)).all()


async def history(session: AsyncSession, center_id: uuid.UUID) -> Sequence[CenterAction]:
    return (
        await session.scalars(
            select(CenterAction).where(CenterAction.center_id == center_id).order_by(CenterAction.created_at)
        )
    ).all()


async def live_in_sub_sector(
    session: AsyncSession,
    cluster_code: str,
    *,
    code: str | None,
    key: str,
    statuses: Iterable[str],
    exclude: uuid.UUID | None,
) -> Sequence[Center]:
    """Live centers in the same sub-sector: linked to ``code``, or when unlisted with the same ``key``."""
    query = select(Center).where(Center.cluster_code == cluster_code, Center.status.in_(list(statuses)))
    if code is not None:
        query = query.where(Center.sub_sector_code == code)
    else:
        query = query.where(Center.sub_sector_code.is_(None), Center.sub_sector_key == key)
    if exclude is not None:
        query = query.where(Center.id != exclude)
    return (await session.scalars(query.order_by(Center.created_at, Center.id))).all()


async def unlisted_named(
    session: AsyncSession, cluster_code: str, *, keys: Iterable[str]
) -> Sequence[Center]:
    """Unlisted centers of the cluster whose normalized sub-sector is one of ``keys``, locked."""
    query = (
        select(Center)
        .where(
            Center.cluster_code == cluster_code,
            Center.sub_sector_code.is_(None),
            Center.sub_sector_key.in_(list(keys)),
        )
        .order_by(Center.created_at, Center.id)
        .with_for_update()
    )
    return (await session.scalars(query)).all()
