"""All SQL about support cases, their lines, history and payments."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from funding.centers.models import CenterView
from funding.support_cases.models import Disbursement, SupportCase, SupportCaseTransition
from shared.pagination import apply_keyset


def _with_lines(query: Select[SupportCase]) -> Select[SupportCase]:
    return query.options(selectinload(SupportCase.lines))


# Built once: asked for every upgrade event (see funding.policies.repository).
# Only what an evaluation needs of earlier cases, as plain rows: loading whole case objects (their
# JSON inputs and traces) for every upgrade cost more than the query.
_CASE = SupportCase.__table__.c
_OF_CENTERS = (
    select(_CASE.id, _CASE.center_id, _CASE.tier, _CASE.status, _CASE.options)
    .where(_CASE.center_id.in_(bindparam("center_ids", expanding=True)), _CASE.kind == bindparam("kind"))
    .order_by(_CASE.created_at, _CASE.id)
)


async def of_centers(
    session: AsyncSession, center_ids: Sequence[uuid.UUID], kind: str
) -> Sequence[Row[*tuple[Any, ...]]]:
    """Every case of ``kind`` of these centers, oldest first: ``id``, ``center_id``, ``tier``,
    ``status`` and ``options`` of each."""
    return (await session.execute(_OF_CENTERS, {"center_ids": list(center_ids), "kind": kind})).all()


async def get(session: AsyncSession, case_id: uuid.UUID, *, for_update: bool = False) -> SupportCase | None:
    """A case with its lines; ``for_update`` locks the row, so actions on one case run one at a time."""
    query = _with_lines(select(SupportCase).where(SupportCase.id == case_id))
    if for_update:
        query = query.with_for_update(of=SupportCase).execution_options(populate_existing=True)
    return await session.scalar(query)


async def district_of(session: AsyncSession, center_id: uuid.UUID) -> str | None:
    return await session.scalar(select(CenterView.district).where(CenterView.id == center_id))


async def open_of_center(
    session: AsyncSession, center_id: uuid.UUID, statuses: frozenset[str]
) -> Sequence[SupportCase]:
    """The center's cases in ``statuses``, locked, oldest first (a revocation suspends them)."""
    return (
        await session.scalars(
            _with_lines(
                select(SupportCase)
                .where(SupportCase.center_id == center_id, SupportCase.status.in_(statuses))
                .order_by(SupportCase.created_at, SupportCase.id)
                .with_for_update(of=SupportCase)
                .execution_options(populate_existing=True)
            )
        )
    ).all()


def _filtered(
    filters: dict[str, object | None], district_scope: str | None, center_scope: uuid.UUID | None
) -> Select[SupportCase]:
    query = select(SupportCase)
    for column, value in filters.items():
        if value is not None:
            query = query.where(getattr(SupportCase, column) == value)
    if district_scope is not None:
        query = query.join(CenterView, CenterView.id == SupportCase.center_id).where(
            CenterView.district == district_scope
        )
    if center_scope is not None:
        query = query.where(SupportCase.center_id == center_scope)
    return query


async def list_page(
    session: AsyncSession,
    *,
    limit: int | None,
    cursor: str | None,
    filters: dict[str, object | None],
    district_scope: str | None,
    center_scope: uuid.UUID | None,
) -> Sequence[SupportCase]:
    """A page (``limit + 1`` rows) oldest first, or every matching case when ``limit`` is None."""
    query = apply_keyset(
        _filtered(filters, district_scope, center_scope), SupportCase.created_at, SupportCase.id, cursor
    )
    if limit is not None:
        query = query.limit(limit + 1)
    return (await session.scalars(_with_lines(query))).all()


async def history(session: AsyncSession, case_id: uuid.UUID) -> Sequence[SupportCaseTransition]:
    return (
        await session.scalars(
            select(SupportCaseTransition)
            .where(SupportCaseTransition.case_id == case_id)
            .order_by(SupportCaseTransition.created_at, SupportCaseTransition.id)
        )
    ).all()


async def disbursements(session: AsyncSession, case_id: uuid.UUID) -> Sequence[Disbursement]:
    return (
        await session.scalars(
            select(Disbursement).where(Disbursement.case_id == case_id).order_by(Disbursement.created_at)
        )
    ).all()


async def voucher(session: AsyncSession, voucher_no: str) -> Disbursement | None:
    return await session.scalar(select(Disbursement).where(Disbursement.voucher_no == voucher_no))
