"""All SQL about annual evaluations (and the facts about a center they need from other tables)."""

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.lifecycle import Action
from registry.centers.models import CenterAction
from registry.evaluations.models import CenterEvaluation, EvaluationExpert, GradingRule
from registry.governance.models import CenterMember
from registry.governance.schemas import MemberRole
from shared.pagination import apply_keyset


async def get(
    session: AsyncSession, evaluation_id: uuid.UUID, *, for_update: bool = False
) -> CenterEvaluation | None:
    return await session.get(CenterEvaluation, evaluation_id, with_for_update=for_update)


async def find(session: AsyncSession, center_id: uuid.UUID, year: int) -> CenterEvaluation | None:
    return await session.scalar(
        select(CenterEvaluation).where(CenterEvaluation.center_id == center_id, CenterEvaluation.year == year)
    )


async def list_page(
    session: AsyncSession, center_id: uuid.UUID, *, limit: int, cursor: str | None
) -> Sequence[CenterEvaluation]:
    """``limit + 1`` evaluations of the center after ``cursor``, oldest first."""
    query = select(CenterEvaluation).where(CenterEvaluation.center_id == center_id)
    query = apply_keyset(query, CenterEvaluation.created_at, CenterEvaluation.id, cursor).limit(limit + 1)
    return (await session.scalars(query)).all()


async def concluded_of_center(session: AsyncSession, center_id: uuid.UUID) -> Sequence[CenterEvaluation]:
    """Every concluded evaluation of the center, by year."""
    return (
        await session.scalars(
            select(CenterEvaluation)
            .where(CenterEvaluation.center_id == center_id, CenterEvaluation.concluded_at.is_not(None))
            .order_by(CenterEvaluation.year, CenterEvaluation.id)
        )
    ).all()


async def experts(session: AsyncSession, evaluation_id: uuid.UUID) -> Sequence[EvaluationExpert]:
    return (
        await session.scalars(
            select(EvaluationExpert)
            .where(EvaluationExpert.evaluation_id == evaluation_id)
            .order_by(EvaluationExpert.created_at, EvaluationExpert.id)
        )
    ).all()


async def find_expert(
    session: AsyncSession, evaluation_id: uuid.UUID, expert_sub: str, *, for_update: bool = False
) -> EvaluationExpert | None:
    query = select(EvaluationExpert).where(
        EvaluationExpert.evaluation_id == evaluation_id, EvaluationExpert.expert_sub == expert_sub
    )
    if for_update:
        query = query.with_for_update()
    return await session.scalar(query)


async def accepted_at(session: AsyncSession, center_id: uuid.UUID) -> dt.datetime | None:
    """When the center was accepted (验收) and began to operate, from its history."""
    return await session.scalar(
        select(func.max(CenterAction.created_at)).where(
            CenterAction.center_id == center_id, CenterAction.action == Action.ACCEPT.value
        )
    )


async def members(session: AsyncSession, center_id: uuid.UUID) -> Sequence[tuple[uuid.UUID, str]]:
    """Every (organization, role) membership of the center, the lead first (roles sort by name)."""
    rows = await session.execute(
        select(CenterMember.organization_id, CenterMember.role)
        .where(CenterMember.center_id == center_id)
        .order_by(CenterMember.role != MemberRole.LEAD.value, CenterMember.role, CenterMember.organization_id)
    )
    return [(organization_id, role) for organization_id, role in rows]


async def rule_in_force(session: AsyncSession, day: dt.date) -> GradingRule | None:
    """The newest version of the grading rule in force on ``day``."""
    return await session.scalar(
        select(GradingRule)
        .where(
            GradingRule.effective_from <= day,
            (GradingRule.effective_to.is_(None)) | (GradingRule.effective_to >= day),
        )
        .order_by(GradingRule.version.desc())
        .limit(1)
    )


async def rules(session: AsyncSession) -> Sequence[GradingRule]:
    return (await session.scalars(select(GradingRule).order_by(GradingRule.version))).all()


async def of_center_in(
    session: AsyncSession, center_id: uuid.UUID, *, statuses: Iterable[str], for_update: bool = False
) -> Sequence[CenterEvaluation]:
    """The center's evaluations in one of ``statuses``, by year."""
    query = (
        select(CenterEvaluation)
        .where(CenterEvaluation.center_id == center_id, CenterEvaluation.status.in_(list(statuses)))
        .order_by(CenterEvaluation.year, CenterEvaluation.id)
    )
    if for_update:
        query = query.with_for_update()
    return (await session.scalars(query)).all()


async def closed_by_action(session: AsyncSession, center_id: uuid.UUID) -> dict[uuid.UUID, list[uuid.UUID]]:
    """For the center's history: the evaluations each of its actions closed (a revoke's)."""
    rows = await session.execute(
        select(CenterEvaluation.closed_by_action_id, CenterEvaluation.id)
        .where(CenterEvaluation.center_id == center_id, CenterEvaluation.closed_by_action_id.is_not(None))
        .order_by(CenterEvaluation.year, CenterEvaluation.id)
    )
    closed: dict[uuid.UUID, list[uuid.UUID]] = {}
    for action_id, evaluation_id in rows:
        if action_id is not None:  # filtered in SQL; kept for the type checker
            closed.setdefault(action_id, []).append(evaluation_id)
    return closed
