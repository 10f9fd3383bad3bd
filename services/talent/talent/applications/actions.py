"""The application workflow's steps: each checks who, the version, the status and the deadline,
then keeps a history row; an award also counts into the center's figures and is announced, all in
the route's transaction."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal
from shared.china_time import china_date_of
from shared.db import utcnow
from shared.errors import Conflict, Forbidden
from shared.etag import require_match
from talent import access
from talent.applications import events, repository
from talent.applications.models import ApplicationStep, TalentApplication
from talent.applications.service import not_found
from talent.applications.workflow import (
    BEFORE_DEADLINE,
    ApplicationAction,
    ApplicationStatus,
    actor_kinds,
    allowed_actions,
    may_take,
    next_status,
    roles_for,
)
from talent.figures import service as figures
from talent.programmes import deadline


class ActionNotAllowed(Conflict):
    code = "action-not-allowed"


def _require_role(principal: Principal, action: ApplicationAction) -> None:
    """403, before any lookup, for a role that never takes ``action``."""
    if not principal.has(*roles_for(action)):
        roles = sorted(role.value for role in roles_for(action))
        raise Forbidden(
            f"'{action.value}' needs one of the roles: {', '.join(roles)}",
            detail_zh=f"{action.value} 需要以下角色之一：{'、'.join(roles)}",
        )


def _require_actor(principal: Principal, action: ApplicationAction, application: TalentApplication) -> None:
    """403 unless the caller counts, for this application's center, as one who takes ``action``."""
    kinds = actor_kinds(principal.roles, own_center=principal.center_id == application.center_id)
    if not may_take(action, kinds):
        raise Forbidden(
            f"only the application's own center may {action.value} it",
            detail_zh=f"只有申请所属创新中心可以执行 {action.value}",
        )


async def take_action(
    session: AsyncSession,
    principal: Principal,
    application_id: uuid.UUID,
    action: ApplicationAction,
    *,
    note: str | None,
    if_match: str | None,
) -> TalentApplication:
    """Take one workflow step on the application (locked for it) and record it in its history."""
    _require_role(principal, action)
    application = await repository.get(
        session, scope=access.read_scope(principal), application_id=application_id, for_update=True
    )
    if application is None:
        raise not_found(application_id)
    _require_actor(principal, action, application)
    require_match(if_match, application.version)
    current = ApplicationStatus(application.status)
    target = next_status(action, current)
    if target is None:
        allowed = [a.value for a in allowed_actions(current)]
        raise ActionNotAllowed(
            f"'{action.value}' is not allowed while the application is {current.value} "
            f"(allowed: {', '.join(allowed) or 'none'})",
            detail_zh=f"申请当前状态为 {current.value}，不能执行 {action.value}",
            extra={"application_status": current.value, "allowed_actions": allowed},
        )
    if action in BEFORE_DEADLINE:
        deadline.require_open(application.round.deadline)
    now = utcnow()
    application.history.append(
        ApplicationStep(
            id=uuid.uuid4(),
            application_id=application.id,
            action=action.value,
            from_status=current.value,
            to_status=target.value,
            note=note,
            acted_by=principal.sub,
            acted_by_role=principal.primary_role,
            acted_at=now,
        )
    )
    application.status = target.value
    application.version += 1
    application.updated_at = now
    if target is ApplicationStatus.AWARDED:
        application.awarded_on = china_date_of(now)
        await figures.count(session, application.center_id, application.awarded_on.year, "awarded")
        await events.awarded(session, application)
    await session.flush()
    return application
