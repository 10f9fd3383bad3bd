"""What came of a held matchmaking event, recorded by its organizer: an intention signed between a
scenario on show and a center's offering is announced for the pilot pipeline (the matches side opens
a match from it), in the same transaction as the outcome."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.events import publish
from scenarios.matches.intentions import accept_signed_intention
from scenarios.matchmaking import repository
from scenarios.matchmaking.models import MatchmakingEvent, MatchmakingOutcome
from scenarios.matchmaking.schemas import OutcomeCreate, OutcomeKind
from scenarios.matchmaking.service import require_organizer, visible
from scenarios.matchmaking.workflow import EventStatus
from scenarios.offerings import repository as offerings
from scenarios.scenarios import repository as scenarios
from scenarios.suggestions.holder import Matchmaker
from shared.auth import Principal
from shared.china_time import china_date_of, china_today
from shared.contracts import scenarios as contract
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Unprocessable


class EventNotHeld(Conflict):
    code = "event-not-held"


def _invalid(errors: list[FieldError]) -> Unprocessable:
    return Unprocessable(
        "the outcome does not hold: " + "; ".join(f"{e.field} {e.message}" for e in errors),
        detail_zh="对接成果信息有误：" + "；".join(e.field for e in errors),
        errors=errors,
    )


def _require_shape(event: MatchmakingEvent, data: OutcomeCreate) -> None:
    """422 naming each field that does not hold, before anything is looked up."""
    errors: list[FieldError] = []
    if data.scenario_id not in event.scenario_ids:
        errors.append(
            FieldError(
                "scenario_id",
                f"scenario {data.scenario_id} was not on show at the event",
                f"场景 {data.scenario_id} 未在该活动中展示",
            )
        )
    if (data.offering_id is None) == (data.company_name is None):
        errors.append(
            FieldError(
                "offering_id",
                "give either offering_id or company_name",
                "请提供 offering_id 或 company_name（二选一）",
            )
        )
    if data.kind is OutcomeKind.INTENTION_SIGNED and data.signed_on is None:
        errors.append(
            FieldError("signed_on", "required for intention_signed", "签订意向（intention_signed）时必填")
        )
    if data.signed_on is not None:
        first, today = china_date_of(event.starts_at), china_today()
        if not first <= data.signed_on <= today:
            errors.append(
                FieldError(
                    "signed_on",
                    f"from the event's day {first} to today {today}",
                    f"应在活动日 {first} 至今天 {today} 之间",
                )
            )
    if errors:
        raise _invalid(errors)


async def record(
    session: AsyncSession,
    principal: Principal,
    event_id: uuid.UUID,
    data: OutcomeCreate,
    *,
    matchmaker: Matchmaker,
) -> MatchmakingOutcome:
    """An outcome of a held event, by its organizer or the city; a signed intention with a
    center's offering is also the pair's match, accepted by both (it feeds the pilots)."""
    event = await visible(session, principal, event_id)
    require_organizer(principal, event, what="record its outcomes", what_zh="登记对接成果")
    if event.status != EventStatus.HELD:
        raise EventNotHeld(
            f"outcomes are recorded once the event is held; it is {event.status}",
            detail_zh=f"活动举办后才能登记对接成果；当前状态为 {event.status}",
            extra={"event_status": event.status},
        )
    _require_shape(event, data)
    center_id = None
    offering = None
    if data.offering_id is not None:
        offering = await offerings.get(session, data.offering_id)
        if offering is None:
            raise _invalid(
                [FieldError("offering_id", f"no offering {data.offering_id}", f"没有供给 {data.offering_id}")]
            )
        center_id = offering.center_id
    outcome = MatchmakingOutcome(
        id=uuid.uuid4(),
        event_id=event.id,
        scenario_id=data.scenario_id,
        offering_id=data.offering_id,
        center_id=center_id,
        company_name=data.company_name,
        kind=data.kind.value,
        signed_on=data.signed_on,
        note=data.note,
        recorded_by=principal.sub,
        recorded_at=utcnow(),
    )
    session.add(outcome)
    await session.flush()
    await _announce(session, outcome)
    if outcome.kind == OutcomeKind.INTENTION_SIGNED and offering is not None:
        scenario = await scenarios.get(session, outcome.scenario_id)  # with its tags
        assert scenario is not None  # on show at the event, so it exists
        await accept_signed_intention(session, outcome, scenario, offering, matchmaker=matchmaker)
    return outcome


async def _announce(session: AsyncSession, outcome: MatchmakingOutcome) -> None:
    """Only an intention with a center's offering feeds a pilot; a company's stays on record here."""
    if outcome.kind != OutcomeKind.INTENTION_SIGNED or outcome.offering_id is None:
        return
    assert outcome.center_id is not None
    assert outcome.signed_on is not None
    body = contract.MatchmakingIntentionSigned(
        outcome_id=outcome.id,
        event_id=outcome.event_id,
        scenario_id=outcome.scenario_id,
        offering_id=outcome.offering_id,
        center_id=outcome.center_id,
        signed_on=outcome.signed_on,
        recorded_by=outcome.recorded_by,
        note=outcome.note,
    )
    await publish(
        session,
        topic=contract.MATCHMAKING_TOPIC,
        type_=contract.MATCHMAKING_INTENTION_SIGNED,
        key=outcome.event_id,
        body=body,
    )


async def list_outcomes(
    session: AsyncSession, principal: Principal, event_id: uuid.UUID, *, limit: int, cursor: str | None
) -> Sequence[MatchmakingOutcome]:
    event = await visible(session, principal, event_id)
    return await repository.outcomes_page(session, event.id, limit=limit, cursor=cursor)
