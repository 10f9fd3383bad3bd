"""The lifecycle's steps on a scenario: each checks who, the version and the status (and, to
publish, the deadline), keeps a history row and announces the change, all in the route's
transaction."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.scenarios import events
from scenarios.scenarios.models import Scenario, ScenarioStep
from scenarios.scenarios.service import visible
from scenarios.scenarios.workflow import (
    NEEDS_COMMENT,
    ScenarioAction,
    ScenarioStatus,
    actor_kinds,
    may_take,
    next_status,
    not_allowed,
    roles_for,
)
from shared.auth import Principal, require_role
from shared.china_time import china_today
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, Unprocessable
from shared.etag import require_match


class DeadlinePassed(Conflict):
    code = "deadline-passed"


async def take_action(
    session: AsyncSession,
    principal: Principal,
    scenario_id: uuid.UUID,
    action: ScenarioAction,
    *,
    comment: str | None,
    if_match: str | None,
) -> Scenario:
    """One lifecycle step on the scenario (locked for it), recorded in its history and announced."""
    require_role(
        principal,
        *sorted(roles_for(action)),
        what=f"{action.value} scenarios",
        what_zh=f"对场景执行 {action.value}",
    )
    scenario = await visible(session, principal, scenario_id, for_update=True)
    if not may_take(action, actor_kinds(principal.roles, own=scenario.created_by == principal.sub)):
        raise Forbidden(
            f"only the scenario's own publisher or a municipal_admin may {action.value} it",
            detail_zh=f"只有该场景的发布者或市级管理员可以执行 {action.value}",
        )
    require_match(if_match, scenario.version)
    current = ScenarioStatus(scenario.status)
    target = next_status(action, current)
    if target is None:
        raise not_allowed(action, current)
    if action in NEEDS_COMMENT and comment is None:
        raise Unprocessable(
            f"say why in comment: '{action.value}' ends the scenario for everyone answering it",
            detail_zh="请在 comment 中说明关闭原因",
            errors=[FieldError("comment", f"required to {action.value}", f"执行 {action.value} 时必填")],
        )
    if action is ScenarioAction.PUBLISH and scenario.deadline < china_today():
        raise DeadlinePassed(
            f"the deadline {scenario.deadline} is over: set a later one before publishing",
            detail_zh=f"截止日期 {scenario.deadline} 已过，请先修改截止日期再发布",
        )
    now = utcnow()
    step = ScenarioStep(
        scenario_id=scenario.id,
        action=action.value,
        from_status=current.value,
        to_status=target.value,
        note=comment,
        acted_by=principal.sub,
        acted_as=principal.primary_role,
        acted_at=now,
    )
    session.add(step)
    scenario.status = target.value
    scenario.version += 1
    scenario.updated_at = now
    if action is ScenarioAction.PUBLISH:
        scenario.published_at = now
    await session.flush()
    await events.announce(session, scenario, step)
    return scenario
