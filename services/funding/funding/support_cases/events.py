"""Support-case events through the outbox, in the caller's transaction (key = the center, so one
center's cases stay in order on the topic)."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from funding.messaging import outbox
from funding.support_cases.models import SupportCase, SupportCaseTransition
from shared.contracts import funding as contract
from shared.events import CloudEvent
from shared.write_together import Write


async def evaluated_many(
    session: AsyncSession, cases: list[dict[str, Any]], *, together_with: Sequence[Write] = ()
) -> None:
    """``support_case.evaluated`` for newly evaluated cases (``support_case`` rows), in one insert,
    written with ``together_with`` (the cases' own rows)."""
    items = []
    for case in cases:
        body = contract.SupportCaseEvaluated(
            case_id=case["id"],
            center_id=case["center_id"],
            kind=case["kind"],
            tier=case["tier"],
            status=case["status"],
            options=[contract.PricedOption.model_validate(o) for o in case["options"]],
            reason=case["reason"],
            policy_code=case["policy_code"],
            policy_version=case["policy_version"],
            evaluated_at=case["created_at"],
        )
        event = CloudEvent(
            source=contract.SOURCE,
            type=contract.SUPPORT_CASE_EVALUATED,
            subject=str(case["id"]),
            data=body.model_dump(mode="json"),
        )
        items.append((event, str(case["center_id"])))
    await outbox.add_many(session, items, topic=contract.SUPPORT_CASE_TOPIC, together_with=together_with)


async def status_changed(session: AsyncSession, case: SupportCase, record: SupportCaseTransition) -> None:
    body = contract.SupportCaseStatusChanged(
        case_id=case.id,
        center_id=case.center_id,
        kind=case.kind,
        tier=case.tier,
        action=record.action,
        from_status=record.from_status,
        to_status=record.to_status,
        actor=record.actor,
        actor_role=record.actor_role,
        comment=record.comment,
        selected_option=case.selected_option,
        approved_amount=case.approved_amount,
        disbursed_amount=case.disbursed_amount,
        details=record.details,
        occurred_at=record.created_at,
    )
    await _add(session, case, contract.SUPPORT_CASE_STATUS_CHANGED, body.model_dump(mode="json"))


async def _add(session: AsyncSession, case: SupportCase, event_type: str, data: dict[str, object]) -> None:
    event = CloudEvent(source=contract.SOURCE, type=event_type, subject=str(case.id), data=data)
    await outbox.add(session, event, topic=contract.SUPPORT_CASE_TOPIC, key=str(case.center_id))
