"""Use cases on offerings (`五(五)`, `五(六)`). Services flush, never commit: the route owns the
transaction (the consumer's handler, for a revocation).

A write that needs the center open (create, edit, reactivate) holds the center's read-model row
``FOR SHARE`` before it locks the offering: registry's revocation, which updates that row and then
withdraws the center's active offerings, waits for such a write and then withdraws what it made,
or goes first and the write sees the center revoked (409). Every write takes the locks in that
order, center then offering, as the consumer does.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.centers.models import CenterView
from scenarios.centers.revocation import open_center
from scenarios.offerings import repository
from scenarios.offerings.models import Offering, OfferingStep, OfferingTag
from scenarios.offerings.repository import Filters
from scenarios.offerings.schemas import OfferingCreate, OfferingPatch
from scenarios.offerings.workflow import (
    CENTER_REVOKED,
    OfferingAction,
    OfferingStatus,
    WithdrawalReason,
    actor_kinds,
    next_status,
    not_allowed,
    roles_for,
)
from scenarios.patches import changes_of
from shared import center_view
from shared.auth import Principal, Role, require_role
from shared.db import utcnow
from shared.errors import Forbidden, NotFound
from shared.etag import require_match

WRITERS = (Role.CENTER_USER, Role.MUNICIPAL_ADMIN)
REGISTRY = "registry"


class OfferingNotFound(NotFound):
    code = "offering-not-found"


def _not_found(offering_id: uuid.UUID) -> OfferingNotFound:
    return OfferingNotFound(f"no offering {offering_id}", detail_zh=f"未找到创新产品/服务 {offering_id}")


def _require_writer(principal: Principal, center_id: uuid.UUID) -> None:
    """403 unless the caller is a user of the offering's own center or the city (who take every
    action of the workflow, and make every edit)."""
    if not actor_kinds(principal.roles, own_center=principal.center_id == center_id):
        raise Forbidden(
            "only a center_user of the offering's own center, or a municipal_admin, may do this",
            detail_zh="只有本中心用户（center_user）或市级管理员可以执行此操作",
        )


async def create_offering(session: AsyncSession, principal: Principal, data: OfferingCreate) -> Offering:
    """An active offering of a center registry announced and has not revoked."""
    require_role(principal, *WRITERS, what="publish innovation offerings", what_zh="发布创新产品/服务")
    _require_writer(principal, data.center_id)
    await open_center(session, data.center_id, so="it publishes no offerings", so_zh="不能发布创新产品/服务")
    now = utcnow()
    offering = Offering(
        id=uuid.uuid4(),
        center_id=data.center_id,
        name=data.name,
        description=data.description,
        cluster_code=data.cluster_code,
        maturity_level=data.maturity_level.value,
        certifications=list(data.certifications),
        status=OfferingStatus.ACTIVE.value,
        withdrawal_reason=None,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
        tag_rows=_tag_rows(data.tags),
    )
    session.add(offering)
    await session.flush()
    return offering


def _tag_rows(tags: list[str]) -> list[OfferingTag]:
    return [OfferingTag(tag=tag, position=n) for n, tag in enumerate(tags)]


async def get_offering(session: AsyncSession, offering_id: uuid.UUID) -> Offering:
    offering = await repository.get(session, offering_id)
    if offering is None:
        raise _not_found(offering_id)
    return offering


async def _locked(
    session: AsyncSession, principal: Principal, offering_id: uuid.UUID, *, unless_revoked: str | None
) -> Offering:
    """The offering, locked for a change by a writer of its center; first, the center held (and,
    with ``unless_revoked`` saying what a revoked center's offerings are not, 409 when revoked)."""
    offering = await get_offering(session, offering_id)
    _require_writer(principal, offering.center_id)
    if unless_revoked is None:
        await center_view.known_center(session, CenterView, offering.center_id, lock=True)
    else:
        await open_center(
            session,
            offering.center_id,
            so=f"its offerings are not {unless_revoked}",
            so_zh="其创新产品/服务不能再修改或重新开放",
        )
    locked = await repository.get(session, offering_id, for_update=True)
    assert locked is not None  # offerings are never deleted
    return locked


async def update_offering(
    session: AsyncSession,
    principal: Principal,
    offering_id: uuid.UUID,
    data: OfferingPatch,
    *,
    if_match: str | None,
) -> Offering:
    require_role(principal, *WRITERS, what="edit innovation offerings", what_zh="修改创新产品/服务")
    offering = await _locked(session, principal, offering_id, unless_revoked="edited")
    require_match(if_match, offering.version)
    changes = changes_of(data)
    for name in ("name", "description", "cluster_code"):
        if name in changes:
            setattr(offering, name, changes[name])
    if data.maturity_level is not None:
        offering.maturity_level = data.maturity_level.value
    if data.certifications is not None:
        offering.certifications = list(data.certifications)
    if data.tags is not None:
        offering.tag_rows = _tag_rows(data.tags)
    offering.version += 1
    offering.updated_at = utcnow()
    await session.flush()
    return offering


async def take_action(
    session: AsyncSession,
    principal: Principal,
    offering_id: uuid.UUID,
    action: OfferingAction,
    *,
    comment: str | None,
    if_match: str | None,
) -> Offering:
    """Withdraw an active offering, or reactivate a withdrawn one of a center not revoked."""
    require_role(
        principal,
        *sorted(roles_for(action)),
        what=f"{action.value} offerings",
        what_zh=f"{action.value} 创新产品/服务",
    )
    offering = await _locked(
        session,
        principal,
        offering_id,
        unless_revoked="reactivated" if action is OfferingAction.REACTIVATE else None,
    )
    require_match(if_match, offering.version)
    current = OfferingStatus(offering.status)
    target = next_status(action, current)
    if target is None:
        raise not_allowed(action, current)
    now = utcnow()
    session.add(
        OfferingStep(
            offering_id=offering.id,
            action=action.value,
            from_status=current.value,
            to_status=target.value,
            note=comment,
            acted_by=principal.sub,
            acted_as=principal.primary_role,
            acted_at=now,
        )
    )
    offering.status = target.value
    offering.withdrawal_reason = (
        WithdrawalReason.REQUESTED.value if target is OfferingStatus.WITHDRAWN else None
    )
    offering.version += 1
    offering.updated_at = now
    await session.flush()
    return offering


async def list_offerings(
    session: AsyncSession, *, filters: Filters, limit: int, cursor: str | None
) -> Sequence[Offering]:
    return await repository.list_page(session, filters=filters, limit=limit, cursor=cursor)


async def history(session: AsyncSession, offering_id: uuid.UUID) -> Sequence[OfferingStep]:
    offering = await get_offering(session, offering_id)
    return await repository.history(session, offering.id)


async def withdraw_for_revoked_center(
    session: AsyncSession, *, center_id: uuid.UUID, actor: str, comment: str | None, event_id: uuid.UUID
) -> int:
    """Registry revoked the center: its active offerings are withdrawn from matching, each with a
    step naming registry's event. Idempotent: a second delivery finds none active and changes nothing."""
    now = utcnow()
    withdrawn = await repository.withdraw_active_of_center(session, center_id, at=now)
    note = f"center revoked in registry (event {event_id})" + (f": {comment}" if comment else "")
    session.add_all(
        OfferingStep(
            offering_id=offering_id,
            action=CENTER_REVOKED,
            from_status=OfferingStatus.ACTIVE.value,
            to_status=OfferingStatus.WITHDRAWN.value,
            note=note,
            acted_by=actor,
            acted_as=REGISTRY,
            acted_at=now,
        )
        for offering_id in withdrawn
    )
    await session.flush()
    return len(withdrawn)
