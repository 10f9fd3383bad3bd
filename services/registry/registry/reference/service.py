"""Editing reference data (DESIGN 2): municipal admins add and rename industries and districts.

Codes never change (centers refer to them); each create or edit bumps nothing but the row's
version and writes a :class:`ReferenceChange` in the caller's transaction.
"""

from typing import Any, Literal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from registry.reference import repository
from registry.reference.models import District, Industry, ReferenceChange
from registry.reference.schemas import DistrictCreate, DistrictPatch, IndustryCreate, IndustryPatch
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from shared.etag import require_match

Entity = Literal["industry", "district"]
INDUSTRY_FIELDS = ("name_zh", "name_en", "group")
DISTRICT_FIELDS = ("name_zh", "name_en")


def require_municipal_admin(principal: Principal) -> None:
    if not principal.has(Role.MUNICIPAL_ADMIN):
        raise Forbidden("only a municipal admin edits reference data", detail_zh="仅市级管理员可维护基础数据")


def _snapshot(row: Industry | District, fields: tuple[str, ...]) -> dict[str, Any]:
    return {"code": row.code, **{f: getattr(row, f) for f in fields}, "version": row.version}


def _record(
    session: AsyncSession,
    principal: Principal,
    entity: Entity,
    code: str,
    before: dict[str, Any] | None,
    after: dict[str, Any],
) -> None:
    session.add(
        ReferenceChange(
            entity=entity,
            code=code,
            action="created" if before is None else "updated",
            before=before,
            after=after,
            actor=principal.sub,
            changed_at=utcnow(),
        )
    )


def _changes(body: IndustryPatch | DistrictPatch) -> dict[str, Any]:
    given = body.model_dump(exclude_unset=True)
    nulls = [name for name, value in given.items() if value is None]
    if nulls:
        raise Unprocessable(
            "a reference field cannot be cleared",
            detail_zh="基础数据字段不能置空",
            errors=[FieldError(name, "must not be null") for name in nulls],
        )
    return given


async def get_industry(session: AsyncSession, code: str) -> Industry:
    industry = await session.get(Industry, code)
    if industry is None:
        raise NotFound(f"no industry with code {code}", detail_zh=f"未找到产业代码 {code}")
    return industry


async def get_district(session: AsyncSession, code: str) -> District:
    district = await session.get(District, code)
    if district is None:
        raise NotFound(f"no district with code {code}", detail_zh=f"未找到区代码 {code}")
    return district


async def _flush_new(session: AsyncSession, entity: str, code: str) -> None:
    """A concurrent create of the same code loses on the primary key: 409, not 500."""
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(f"{entity} {code} already exists", detail_zh=f"代码 {code} 已存在") from exc


async def create_industry(session: AsyncSession, principal: Principal, body: IndustryCreate) -> Industry:
    require_municipal_admin(principal)
    if await session.get(Industry, body.code) is not None:
        raise Conflict(f"industry {body.code} already exists", detail_zh=f"产业代码 {body.code} 已存在")
    industry = Industry(
        code=body.code,
        name_zh=body.name_zh,
        name_en=body.name_en,
        group=body.group,
        sort_order=await repository.next_industry_sort_order(session),
        version=1,
    )
    session.add(industry)
    _record(session, principal, "industry", industry.code, None, _snapshot(industry, INDUSTRY_FIELDS))
    await _flush_new(session, "industry", body.code)
    return industry


async def _apply_edit(
    session: AsyncSession,
    principal: Principal,
    entity: Entity,
    row: Industry | District,
    fields: tuple[str, ...],
    body: IndustryPatch | DistrictPatch,
    if_match: str | None,
) -> None:
    """If-Match, then the changes; a real change bumps the version and is logged, a no-op is not."""
    require_match(if_match, row.version)
    changes = _changes(body)
    before = _snapshot(row, fields)
    if any(getattr(row, name) != value for name, value in changes.items()):
        for name, value in changes.items():
            setattr(row, name, value)
        row.version += 1
        _record(session, principal, entity, row.code, before, _snapshot(row, fields))
        await session.flush()


async def update_industry(
    session: AsyncSession, principal: Principal, code: str, body: IndustryPatch, *, if_match: str | None
) -> Industry:
    require_municipal_admin(principal)
    industry = await get_industry(session, code)
    await _apply_edit(session, principal, "industry", industry, INDUSTRY_FIELDS, body, if_match)
    return industry


async def create_district(session: AsyncSession, principal: Principal, body: DistrictCreate) -> District:
    require_municipal_admin(principal)
    if await session.get(District, body.code) is not None:
        raise Conflict(f"district {body.code} already exists", detail_zh=f"区代码 {body.code} 已存在")
    district = District(code=body.code, name_zh=body.name_zh, name_en=body.name_en, version=1)
    session.add(district)
    _record(session, principal, "district", district.code, None, _snapshot(district, DISTRICT_FIELDS))
    await _flush_new(session, "district", body.code)
    return district


async def update_district(
    session: AsyncSession, principal: Principal, code: str, body: DistrictPatch, *, if_match: str | None
) -> District:
    require_municipal_admin(principal)
    district = await get_district(session, code)
    await _apply_edit(session, principal, "district", district, DISTRICT_FIELDS, body, if_match)
    return district
