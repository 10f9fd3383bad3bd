"""Revoking a center stops its annual evaluation: every open evaluation is closed, with the reason.

Called by the center's ``revoke`` action in the same transaction, so the evaluation can never be
graded, scored or given experts after the center it evaluates has been revoked.
"""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center, CenterAction
from registry.evaluations import repository
from registry.evaluations.models import CenterEvaluation
from registry.evaluations.schemas import OPEN_STATUSES, EvaluationStatus


def reason_of(action: CenterAction) -> str:
    """The recorded reason: the revocation, with the officer's comment when there is one."""
    reason = "中心已撤销，年度评估终止 (the center was revoked; the annual evaluation stops)"
    return f"{reason}: {action.comment}" if action.comment else reason


async def close_open_evaluations(
    session: AsyncSession, center: Center, revocation: CenterAction
) -> Sequence[CenterEvaluation]:
    """Close the center's open evaluations as ``closed_by_revocation``; returns them."""
    evaluations = await repository.of_center_in(
        session, center.id, statuses=[s.value for s in OPEN_STATUSES], for_update=True
    )
    for evaluation in evaluations:
        evaluation.status = EvaluationStatus.CLOSED_BY_REVOCATION.value
        evaluation.closed_by_action_id = revocation.id
        evaluation.closed_by = revocation.actor
        evaluation.closed_at = revocation.created_at
        evaluation.closed_reason = reason_of(revocation)
        evaluation.version += 1
        evaluation.updated_at = revocation.created_at
    await session.flush()
    return evaluations
