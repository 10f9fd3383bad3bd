"""Use cases on talent-programme applications: making one, listing and reading them. The workflow's
steps are in ``actions``. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal, Role
from shared.china_time import china_today
from shared.db import utcnow
from shared.errors import Conflict, FieldError, NotFound, Unprocessable
from talent import access
from talent.applications import repository
from talent.applications.models import TalentApplication
from talent.applications.schemas import ApplicationCreate
from talent.applications.workflow import ApplicationStatus
from talent.programmes import deadline
from talent.programmes import repository as programmes
from talent.programmes.service import ProgrammeInactive
from talent.talents import repository as talents
from talent.talents.models import Talent
from talent.talents.service import CLOSED_CENTER_STATUSES, CenterClosed


class ApplicationNotFound(NotFound):
    code = "application-not-found"


class ApplicationExists(Conflict):
    code = "application-exists"


def not_found(application_id: uuid.UUID) -> ApplicationNotFound:
    return ApplicationNotFound(
        f"no talent-programme application {application_id} in your scope",
        detail_zh=f"您的范围内没有人才工程项目申请 {application_id}",
    )


def _unknown(field: str, what: str, what_zh: str) -> Unprocessable:
    return Unprocessable(
        f"unknown {what}",
        detail_zh=f"未知的{what_zh}",
        errors=[FieldError(field, f"unknown {what}", f"未知的{what_zh}")],
    )


def _exists(application_id: uuid.UUID | None) -> ApplicationExists:
    return ApplicationExists(
        "the talent already has an application in this round of the programme",
        detail_zh="该人才已申报本项目的本批次",
        extra={"application_id": str(application_id)} if application_id else None,
    )


def _ineligible(talent: Talent, eligible: list[str]) -> list[FieldError]:
    """What keeps the talent from this programme: their level, or having left the center."""
    errors = []
    if talent.level not in eligible:
        errors.append(
            FieldError(
                "talent_id",
                f"the talent's level {talent.level} is not eligible (eligible: {', '.join(eligible)})",
                f"人才层次 {talent.level} 不符合条件（符合条件的层次：{'、'.join(eligible)}）",
            )
        )
    if talent.left_on is not None and talent.left_on <= china_today():
        errors.append(
            FieldError(
                "talent_id",
                f"the talent left the center on {talent.left_on}",
                f"该人才已于 {talent.left_on} 离开中心",
            )
        )
    return errors


async def create_application(
    session: AsyncSession, principal: Principal, data: ApplicationCreate
) -> TalentApplication:
    """A draft application of a talent to a programme's round, made by the talent's own center (or
    the city's talent officer) before the round's deadline."""
    access.require_role(
        principal,
        Role.TALENT_OFFICER,
        Role.CENTER_USER,
        what="apply for talent programmes",
        what_zh="申报人才工程项目",
    )
    talent = await talents.get(session, scope=access.read_scope(principal), talent_id=data.talent_id)
    if talent is None:
        raise _unknown("talent_id", "talent in your scope", "人才")
    access.require_writer_for(principal, talent.center_id)
    round_ = await programmes.round_with_programme(session, data.round_id)
    if round_ is None:
        raise _unknown("round_id", "programme round", "项目批次")
    programme = round_.programme
    errors = _ineligible(talent, programme.eligible_levels)
    if errors:
        raise Unprocessable(
            f"the talent may not apply for {programme.code}",
            detail_zh=f"该人才不符合 {programme.name_zh} 的申报条件",
            errors=errors,
        )
    if not programme.active:
        raise ProgrammeInactive(
            f"{programme.code} is no longer active: it takes no applications",
            detail_zh=f"{programme.name_zh} 已停用，不再受理申报",
        )
    center = await access.known_center(session, talent.center_id, field="talent_id")
    if center.status in CLOSED_CENTER_STATUSES:
        raise CenterClosed(
            f"the center is {center.status}: it recommends no talents",
            detail_zh=f"该创新中心状态为 {center.status}，不能推荐人才申报",
        )
    deadline.require_open(round_.deadline)
    existing = await repository.id_of(session, talent_id=talent.id, round_id=round_.id)
    if existing is not None:
        raise _exists(existing)
    now = utcnow()
    application = TalentApplication(
        id=uuid.uuid4(),
        talent_id=talent.id,
        round_id=round_.id,
        round=round_,
        center_id=talent.center_id,
        status=ApplicationStatus.DRAFT.value,
        recommendation=data.recommendation,
        awarded_on=None,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
        history=[],
    )
    session.add(application)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent create for the same talent and round
        raise _exists(None) from exc
    return application


async def list_applications(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    filters: dict[str, Any],
) -> Sequence[TalentApplication]:
    """In the caller's scope; an empty page for a round or talent nobody knows (in that scope) is a
    422 naming the filter, so a typo never passes for "no applications"."""
    scope = access.read_scope(principal)
    rows = await repository.list_page(session, scope=scope, limit=limit, cursor=cursor, filters=filters)
    if rows or cursor:
        return rows
    round_id, talent_id = filters.get("round_id"), filters.get("talent_id")
    if round_id is not None and await programmes.round_with_programme(session, round_id) is None:
        raise _unknown("round_id", "programme round", "项目批次")
    if talent_id is not None and await talents.get(session, scope=scope, talent_id=talent_id) is None:
        raise _unknown("talent_id", "talent in your scope", "人才")
    return rows


async def get_application(
    session: AsyncSession, principal: Principal, application_id: uuid.UUID
) -> TalentApplication:
    application = await repository.get(
        session, scope=access.read_scope(principal), application_id=application_id
    )
    if application is None:
        raise not_found(application_id)
    return application
