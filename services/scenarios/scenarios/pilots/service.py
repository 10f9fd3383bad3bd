"""Use cases on pilots: started from an accepted match, milestones completed in order, ended with
an outcome. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.matches import repository as matches
from scenarios.matches import service as match_service
from scenarios.matches.workflow import MatchStatus
from scenarios.offerings import service as offerings
from scenarios.pairs import Filters
from scenarios.pilots import events, repository
from scenarios.pilots.models import Pilot, PilotEvidence, PilotMilestone
from scenarios.pilots.schemas import MilestoneComplete, PilotComplete, PilotCreate
from scenarios.pilots.views import done
from scenarios.pilots.workflow import Milestone, PilotStatus, may_end_as, next_milestone, position
from scenarios.scenarios import repository as scenarios
from scenarios.sides import Side, sides_of
from shared.auth import Principal, Role, require_role
from shared.db import utcnow
from shared.errors import Conflict, Forbidden, NotFound
from shared.etag import require_match

SCENARIO_SIDE = (Role.SCENARIO_PUBLISHER, Role.MUNICIPAL_ADMIN)
MILESTONE_SIDES = (Role.SCENARIO_PUBLISHER, Role.CENTER_USER)


class PilotNotFound(NotFound):
    code = "pilot-not-found"


class PilotExists(Conflict):
    code = "pilot-exists"


class MatchNotAccepted(Conflict):
    code = "match-not-accepted"


class PilotCompleted(Conflict):
    code = "pilot-completed"


class MilestoneOutOfOrder(Conflict):
    code = "milestone-out-of-order"


class MilestonesIncomplete(Conflict):
    code = "milestones-incomplete"


def _exists(pilot_id: uuid.UUID | None) -> PilotExists:
    return PilotExists(
        "this match has a pilot already",
        detail_zh="该对接已有试点",
        extra={"pilot_id": str(pilot_id)} if pilot_id else None,
    )


async def _sides(session: AsyncSession, principal: Principal, pilot: Pilot, *, city: bool) -> set[Side]:
    scenario = await scenarios.get(session, pilot.scenario_id)
    assert scenario is not None  # scenarios are never deleted
    return sides_of(principal, scenario_created_by=scenario.created_by, center_id=pilot.center_id, city=city)


def _scenario_side_only(sides: set[Side], what: str, what_zh: str) -> None:
    if Side.SCENARIO not in sides:
        raise Forbidden(
            f"only the scenario's own publisher or a municipal_admin may {what}",
            detail_zh=f"只有该场景的发布者或市级管理员可以{what_zh}",
        )


async def create_pilot(session: AsyncSession, principal: Principal, data: PilotCreate) -> Pilot:
    """A running pilot of an accepted match (one per match)."""
    require_role(principal, *SCENARIO_SIDE, what="start pilots", what_zh="启动试点")
    match = await matches.get(session, data.match_id, principal=principal, for_update=True)
    if match is None:
        raise match_service.not_found(data.match_id)
    scenario = await scenarios.get(session, match.scenario_id)
    assert scenario is not None
    _scenario_side_only(
        sides_of(principal, scenario_created_by=scenario.created_by, center_id=match.center_id),
        "start a pilot of its match",
        "启动该对接的试点",
    )
    if match.status != MatchStatus.ACCEPTED:
        raise MatchNotAccepted(
            f"only a match both sides accepted is piloted; this one is {match.status}",
            detail_zh=f"只有双方均已确认的对接可以启动试点；该对接当前状态为 {match.status}",
            extra={"match_status": match.status},
        )
    existing = await repository.of_match(session, match.id)
    if existing is not None:
        raise _exists(existing.id)
    now = utcnow()
    pilot = Pilot(
        id=uuid.uuid4(),
        match_id=match.id,
        scenario_id=match.scenario_id,
        offering_id=match.offering_id,
        center_id=match.center_id,
        plan=data.plan,
        status=PilotStatus.RUNNING.value,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
        milestones=[],
    )
    try:
        async with session.begin_nested():
            session.add(pilot)
    except IntegrityError as exc:  # the same match piloted at the same moment
        raise _exists(None) from exc
    return pilot


async def get_pilot(
    session: AsyncSession, principal: Principal, pilot_id: uuid.UUID, *, for_update: bool = False
) -> Pilot:
    pilot = await repository.get(session, pilot_id, principal=principal, for_update=for_update)
    if pilot is None:
        raise PilotNotFound(f"no pilot {pilot_id}", detail_zh=f"未找到试点 {pilot_id}")
    return pilot


def _require_running(pilot: Pilot) -> None:
    if pilot.status != PilotStatus.RUNNING:
        raise PilotCompleted(
            f"the pilot ended ({pilot.outcome}); nothing more is recorded on it",
            detail_zh="该试点已结束，不能再记录",
            extra={"outcome": pilot.outcome},
        )


async def complete_milestone(
    session: AsyncSession,
    principal: Principal,
    pilot_id: uuid.UUID,
    milestone: Milestone,
    data: MilestoneComplete,
    *,
    if_match: str | None,
) -> Pilot:
    """The next milestone done, with its evidence, by the scenario's publisher or the center."""
    require_role(principal, *MILESTONE_SIDES, what="complete pilot milestones", what_zh="完成试点阶段")
    pilot = await get_pilot(session, principal, pilot_id, for_update=True)
    if not await _sides(session, principal, pilot, city=False):
        raise Forbidden(
            "only the scenario's own publisher or a center_user of the offering's center may do this",
            detail_zh="只有该场景的发布者或该创新中心的用户可以完成试点阶段",
        )
    require_match(if_match, pilot.version)
    _require_running(pilot)
    expected = next_milestone(done(pilot))
    if milestone is not expected:
        raise MilestoneOutOfOrder(
            f"'{milestone.value}' is not next: "
            + (f"complete '{expected.value}' first" if expected else "every milestone is done"),
            detail_zh=f"试点阶段须依次完成（验证 → 迭代 → 示范推广），当前应完成 {expected or '无'}",
            extra={"next_milestone": expected.value if expected else None},
        )
    now = utcnow()
    row = PilotMilestone(
        pilot_id=pilot.id,
        milestone=milestone.value,
        position=position(milestone),
        summary=data.summary,
        completed_by=principal.sub,
        completed_at=now,
        evidence=[
            PilotEvidence(
                id=uuid.uuid4(),
                milestone=milestone.value,
                position=n,
                title=e.title,
                url=str(e.url) if e.url else None,
                document_ref=e.document_ref,
                kind=e.kind.value,
                recorded_by=principal.sub,
                recorded_at=now,
            )
            for n, e in enumerate(data.evidence)
        ],
    )
    pilot.milestones.append(row)
    pilot.version += 1
    pilot.updated_at = now
    await session.flush()
    await events.announce_milestone(session, pilot, row)
    return pilot


async def complete(
    session: AsyncSession,
    principal: Principal,
    pilot_id: uuid.UUID,
    data: PilotComplete,
    *,
    if_match: str | None,
) -> Pilot:
    """End the pilot with its outcome and announce it (funding makes a successful one's offering
    catalogue-eligible, `五(五)`)."""
    require_role(principal, *SCENARIO_SIDE, what="complete pilots", what_zh="结束试点")
    pilot = await get_pilot(session, principal, pilot_id, for_update=True)
    _scenario_side_only(
        await _sides(session, principal, pilot, city=True), "complete its pilot", "结束该试点"
    )
    require_match(if_match, pilot.version)
    _require_running(pilot)
    if not may_end_as(data.outcome, done(pilot)):
        raise MilestonesIncomplete(
            "a pilot is successful only after verification, iteration and demonstration",
            detail_zh="只有验证、迭代、示范推广三个阶段均完成后，试点才能以成功结束",
            extra={"next_milestone": (next_milestone(done(pilot)) or Milestone.DEMONSTRATION).value},
        )
    now = utcnow()
    pilot.status = PilotStatus.COMPLETED.value
    pilot.outcome = data.outcome.value
    pilot.summary = data.summary
    pilot.completed_by = principal.sub
    pilot.completed_at = now
    pilot.version += 1
    pilot.updated_at = now
    await session.flush()
    scenario = await scenarios.get(session, pilot.scenario_id)
    offering = await offerings.get_offering(session, pilot.offering_id)
    assert scenario is not None
    await events.announce_completed(
        session, pilot, scenario_title=scenario.title, offering_name=offering.name
    )
    return pilot


async def list_pilots(
    session: AsyncSession, principal: Principal, *, filters: Filters, limit: int, cursor: str | None
) -> Sequence[Pilot]:
    return await repository.list_page(session, principal, filters=filters, limit=limit, cursor=cursor)
