"""Use cases on the programme catalogue: talent officers keep it, everyone who sees talent data
reads it. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import Conflict, FieldError, NotFound, Unprocessable
from talent import access
from talent.programmes import repository
from talent.programmes.events import round_opened
from talent.programmes.models import ProgrammeRound, TalentProgramme
from talent.programmes.schemas import ProgrammeCreate, RoundCreate
from talent.talents.schemas import Level


class ProgrammeNotFound(NotFound):
    code = "programme-not-found"


class ProgrammeExists(Conflict):
    code = "programme-exists"


class RoundExists(Conflict):
    code = "round-exists"


class ProgrammeInactive(Conflict):
    code = "programme-inactive"


def _require_officer(principal: Principal, what: str, what_zh: str) -> None:
    access.require_role(principal, Role.TALENT_OFFICER, what=what, what_zh=what_zh)


def _programme_exists(code: str) -> ProgrammeExists:
    return ProgrammeExists(
        f"a programme with code {code!r} exists", detail_zh=f"人才工程项目编码 {code} 已存在"
    )


async def create_programme(
    session: AsyncSession, principal: Principal, data: ProgrammeCreate
) -> TalentProgramme:
    """Add a programme to the catalogue; its eligible levels are kept once each, in level order."""
    _require_officer(principal, "add talent programmes", "新增人才工程项目")
    if await repository.code_taken(session, data.code):
        raise _programme_exists(data.code)
    programme = TalentProgramme(
        id=uuid.uuid4(),
        code=data.code,
        name_zh=data.name_zh,
        name_en=data.name_en,
        level=data.level.value,
        eligible_levels=[level.value for level in Level if level in data.eligible_levels],
        active=data.active,
        created_by=principal.sub,
        created_at=utcnow(),
    )
    session.add(programme)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent create of the same code
        raise _programme_exists(data.code) from exc
    return programme


async def list_programmes(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    level: str | None,
    active: bool | None,
) -> Sequence[TalentProgramme]:
    access.read_scope(principal)
    return await repository.programmes_page(session, limit=limit, cursor=cursor, level=level, active=active)


async def get_programme(
    session: AsyncSession, principal: Principal, programme_id: uuid.UUID
) -> TalentProgramme:
    access.read_scope(principal)
    programme = await session.get(TalentProgramme, programme_id)
    if programme is None:
        raise ProgrammeNotFound(
            f"no talent programme {programme_id}", detail_zh=f"未找到人才工程项目 {programme_id}"
        )
    return programme


def _round_exists(programme: TalentProgramme, year: int) -> RoundExists:
    return RoundExists(
        f"{programme.code} already has its {year} round",
        detail_zh=f"{programme.name_zh} 已有 {year} 年度批次",
    )


async def add_round(
    session: AsyncSession, principal: Principal, programme_id: uuid.UUID, data: RoundCreate
) -> ProgrammeRound:
    """Enter a programme's round of one year with the dates decided for it."""
    _require_officer(principal, "enter programme rounds", "录入人才工程项目批次")
    programme = await get_programme(session, principal, programme_id)
    if data.opens_on > data.deadline:
        raise Unprocessable(
            "the round opens after its deadline",
            detail_zh="批次开始日期晚于截止日期",
            errors=[FieldError("deadline", "on or after opens_on", "应不早于 opens_on")],
        )
    if not programme.active:
        raise ProgrammeInactive(
            f"{programme.code} is no longer active: it takes no new rounds",
            detail_zh=f"{programme.name_zh} 已停用，不能新增批次",
        )
    if await repository.round_of_year(session, programme.id, data.year) is not None:
        raise _round_exists(programme, data.year)
    round_ = ProgrammeRound(
        id=uuid.uuid4(),
        programme_id=programme.id,
        programme=programme,
        year=data.year,
        opens_on=data.opens_on,
        deadline=data.deadline,
        created_by=principal.sub,
        created_at=utcnow(),
    )
    session.add(round_)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent round of the same year
        raise _round_exists(programme, data.year) from exc
    await round_opened(session, round_)
    return round_


async def list_rounds(
    session: AsyncSession, principal: Principal, programme_id: uuid.UUID, *, limit: int, cursor: str | None
) -> Sequence[ProgrammeRound]:
    programme = await get_programme(session, principal, programme_id)
    return await repository.rounds_page(session, programme_id=programme.id, limit=limit, cursor=cursor)
