"""Registry's event about an annual evaluation: ``center.evaluated``, with the center snapshot."""

from typing import Literal, cast

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.events import snapshot
from registry.centers.models import Center
from registry.evaluations.models import CenterEvaluation
from registry.messaging import outbox
from shared.contracts import registry as contract
from shared.events import CloudEvent

GradeValue = Literal["excellent", "good", "qualified", "unqualified"]  # the contract validates it


async def center_evaluated(session: AsyncSession, center: Center, evaluation: CenterEvaluation) -> None:
    """On conclusion and on a re-check: the whole result, so consumers never call back."""
    assert evaluation.grade is not None
    assert evaluation.total_score is not None
    assert evaluation.grading_rule_version is not None
    assert evaluation.concluded_at is not None
    body = contract.CenterEvaluated(
        center=snapshot(center),
        evaluation_id=evaluation.id,
        year=evaluation.year,
        grade=cast(GradeValue, evaluation.grade),
        total_score=f"{evaluation.total_score:.2f}",
        rule_version=evaluation.grading_rule_version,
        concluded_on=evaluation.concluded_at.date(),
        rectification_due=evaluation.rectification_due,
        recheck_passed=evaluation.recheck_passed,
        revocation_proposed=evaluation.revocation_proposed,
    )
    event = CloudEvent(
        source=contract.SOURCE,
        type=contract.CENTER_EVALUATED,
        subject=str(center.id),
        data=body.model_dump(mode="json"),
    )
    await outbox.add(session, event, topic=contract.CENTER_TOPIC, key=str(center.id))
