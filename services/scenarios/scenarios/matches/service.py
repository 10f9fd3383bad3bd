"""Use cases on matches: a side proposes, the other accepts or declines. Services flush, never
commit: the route owns the transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.matches import repository
from scenarios.matches.events import announce_accepted
from scenarios.matches.models import Match, MatchStep
from scenarios.matches.schemas import MatchCreate
from scenarios.matches.workflow import MatchAction, MatchStatus, next_status, not_allowed
from scenarios.offerings import service as offerings
from scenarios.offerings.models import Offering
from scenarios.offerings.workflow import OfferingStatus
from scenarios.pairs import Filters
from scenarios.scenarios import service as scenarios
from scenarios.scenarios.models import Scenario
from scenarios.scenarios.workflow import MATCHABLE, ScenarioStatus
from scenarios.sides import Side, sides_of
from scenarios.suggestions import service as suggestions
from scenarios.suggestions.holder import Matchmaker
from shared.auth import Principal, Role, require_role
from shared.db import utcnow
from shared.errors import Conflict, Forbidden, NotFound
from shared.etag import require_match

PARTIES = (Role.SCENARIO_PUBLISHER, Role.MUNICIPAL_ADMIN, Role.CENTER_USER)


class MatchNotFound(NotFound):
    code = "match-not-found"


class MatchExists(Conflict):
    code = "match-exists"


class ScenarioNotMatchable(Conflict):
    code = "scenario-not-matchable"


class OfferingNotActive(Conflict):
    code = "offering-not-active"


class SideAlreadyActed(Conflict):
    code = "side-already-acted"


def not_found(match_id: uuid.UUID) -> MatchNotFound:
    return MatchNotFound(f"no match {match_id}", detail_zh=f"未找到对接 {match_id}")


def require_open(scenario: Scenario, offering: Offering) -> None:
    """409 unless the scenario is published or matching and the offering active."""
    if ScenarioStatus(scenario.status) not in MATCHABLE:
        raise ScenarioNotMatchable(
            f"only a published or matching scenario is matched; this one is {scenario.status}",
            detail_zh=f"只有已发布或对接中的场景可以对接；该场景当前状态为 {scenario.status}",
            extra={"scenario_status": scenario.status},
        )
    if offering.status != OfferingStatus.ACTIVE:
        raise OfferingNotActive(
            f"only an active offering is matched; this one is {offering.status}",
            detail_zh=f"只有可对接的创新产品/服务可以对接；其当前状态为 {offering.status}",
            extra={"offering_status": offering.status},
        )


def _exists(match_id: uuid.UUID | None) -> MatchExists:
    return MatchExists(
        "this scenario and this offering already have a match",
        detail_zh="该场景与该创新产品/服务已有对接",
        extra={"match_id": str(match_id)} if match_id else None,
    )


def _sides(principal: Principal, scenario: Scenario, offering_center: uuid.UUID) -> set[Side]:
    """403 unless the caller stands on a side of the match."""
    sides = sides_of(principal, scenario_created_by=scenario.created_by, center_id=offering_center)
    if not sides:
        raise Forbidden(
            "only the scenario's own publisher, a municipal_admin, or a center_user of the offering's "
            "center may do this",
            detail_zh="只有该场景的发布者、市级管理员或该创新产品/服务所属中心的用户可以执行此操作",
        )
    return sides


def _accept(match: Match, side: Side, principal: Principal) -> None:
    now = utcnow()
    if side is Side.SCENARIO:
        match.scenario_accepted_by, match.scenario_accepted_at = principal.sub, now
    else:
        match.center_accepted_by, match.center_accepted_at = principal.sub, now


def _accepted_sides(match: Match) -> set[Side]:
    return {
        side
        for side, at in ((Side.SCENARIO, match.scenario_accepted_at), (Side.CENTER, match.center_accepted_at))
        if at is not None
    }


async def new_match(
    session: AsyncSession,
    matchmaker: Matchmaker,
    scenario: Scenario,
    offering: Offering,
    *,
    proposed_by: str,
    side: Side,
    note: str | None,
) -> Match:
    """The pair's new match, proposed, with the score and explanation it has now (not yet added)."""
    score, explanation = await suggestions.pair(session, matchmaker, scenario, offering)
    now = utcnow()
    return Match(
        id=uuid.uuid4(),
        scenario_id=scenario.id,
        offering_id=offering.id,
        center_id=offering.center_id,
        status=MatchStatus.PROPOSED.value,
        note=note,
        score=score,
        explanation=explanation.model_dump(mode="json"),
        proposed_by=proposed_by,
        proposed_side=side.value,
        version=1,
        created_at=now,
        updated_at=now,
    )


async def settle(
    session: AsyncSession,
    match: Match,
    action: MatchAction,
    current: MatchStatus,
    target: MatchStatus,
    *,
    note: str | None,
    acted_by: str,
    acted_as: str,
) -> None:
    """Record the step and move the match; announce it once it is accepted."""
    now = utcnow()
    session.add(
        MatchStep(
            match_id=match.id,
            action=action.value,
            from_status=current.value,
            to_status=target.value,
            note=note,
            acted_by=acted_by,
            acted_as=acted_as,
            acted_at=now,
        )
    )
    match.status = target.value
    match.version += 1
    match.updated_at = now
    await session.flush()
    if target is MatchStatus.ACCEPTED:
        await announce_accepted(session, match, accepted_by=acted_by, at=now)


async def propose(
    session: AsyncSession, principal: Principal, data: MatchCreate, *, matchmaker: Matchmaker
) -> Match:
    """A proposed match, the caller's side counted as accepted, with the score it has now."""
    require_role(principal, *PARTIES, what="propose matches", what_zh="提出对接")
    scenario = await scenarios.visible(session, principal, data.scenario_id)
    offering = await offerings.get_offering(session, data.offering_id)
    sides = _sides(principal, scenario, offering.center_id)
    require_open(scenario, offering)
    existing = await repository.of_pair(session, scenario.id, offering.id)
    if existing is not None:
        raise _exists(existing.id)
    side = Side.SCENARIO if Side.SCENARIO in sides else Side.CENTER
    match = await new_match(
        session, matchmaker, scenario, offering, proposed_by=principal.sub, side=side, note=data.note
    )
    _accept(match, side, principal)
    try:
        async with session.begin_nested():
            session.add(match)
    except IntegrityError as exc:  # the same pair proposed at the same moment
        raise _exists(None) from exc
    return match


async def take_action(
    session: AsyncSession,
    principal: Principal,
    match_id: uuid.UUID,
    action: MatchAction,
    *,
    comment: str | None,
    if_match: str | None,
) -> Match:
    """The other side accepts (the match is then accepted, and announced) or declines."""
    require_role(principal, *PARTIES, what=f"{action.value} matches", what_zh=f"{action.value} 对接")
    match = await repository.get(session, match_id, principal=principal, for_update=True)
    if match is None:
        raise not_found(match_id)
    scenario = await scenarios.visible(session, principal, match.scenario_id)
    offering = await offerings.get_offering(session, match.offering_id)
    sides = _sides(principal, scenario, match.center_id)
    require_match(if_match, match.version)
    current = MatchStatus(match.status)
    target = next_status(action, current)
    if target is None:
        raise not_allowed(action, current)
    pending = sides - _accepted_sides(match)
    if not pending:
        raise SideAlreadyActed(
            "your side has accepted this match already: the other side accepts or declines it",
            detail_zh="您一方已确认该对接，请等待另一方确认或拒绝",
        )
    side = min(pending)
    if action is MatchAction.ACCEPT:
        require_open(scenario, offering)
        _accept(match, side, principal)
    await settle(
        session,
        match,
        action,
        current,
        target,
        note=comment,
        acted_by=principal.sub,
        acted_as=f"{principal.primary_role} ({side.value})",
    )
    return match


async def get_match(session: AsyncSession, principal: Principal, match_id: uuid.UUID) -> Match:
    match = await repository.get(session, match_id, principal=principal)
    if match is None:
        raise not_found(match_id)
    return match


async def list_matches(
    session: AsyncSession, principal: Principal, *, filters: Filters, limit: int, cursor: str | None
) -> Sequence[Match]:
    return await repository.list_page(session, principal, filters=filters, limit=limit, cursor=cursor)


async def history(session: AsyncSession, principal: Principal, match_id: uuid.UUID) -> Sequence[MatchStep]:
    match = await get_match(session, principal, match_id)
    return await repository.history(session, match.id)
