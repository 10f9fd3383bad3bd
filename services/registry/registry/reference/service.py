"""Editing reference data (DESIGN 2): municipal admins add and rename industries, sub-sectors and
districts.

Codes never change (centers refer to them); each create or edit bumps nothing but the row's
version and writes a :class:`ReferenceChange` in the caller's transaction. Listing or renaming a
sub-sector also links the unlisted centers of its cluster that named it.
"""

from collections.abc import Sequence
from typing import Any, Literal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.placement import link_unlisted
from registry.reference import filters, matching, repository
from registry.reference.exceptions import SubSectorNameTaken
from registry.reference.models import District, Industry, ReferenceChange, SubSector
from registry.reference.schemas import (
    DistrictCreate,
    DistrictPatch,
    IndustryCreate,
    IndustryPatch,
    SubSectorCreate,
    SubSectorPatch,
)
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable
from shared.etag import require_match

Entity = Literal["industry", "sub_sector", "district"]
Row = Industry | SubSector | District
Patch = IndustryPatch | SubSectorPatch | DistrictPatch
INDUSTRY_FIELDS = ("name_zh", "name_en", "group")
SUB_SECTOR_FIELDS = ("cluster_code", "name_zh", "name_en")
DISTRICT_FIELDS = ("name_zh", "name_en")


def require_municipal_admin(principal: Principal) -> None:
    if not principal.has(Role.MUNICIPAL_ADMIN):
        raise Forbidden("only a municipal admin edits reference data", detail_zh="仅市级管理员可维护基础数据")


def _snapshot(row: Row, fields: tuple[str, ...]) -> dict[str, Any]:
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


def _changes(body: Patch) -> dict[str, Any]:
    given = body.model_dump(exclude_unset=True)
    nulls = [name for name, value in given.items() if value is None]
    if nulls:
        raise Unprocessable(
            "a reference field cannot be cleared",
            detail_zh="基础数据字段不能置空",
            errors=[FieldError(name, "must not be null", "不能为空") for name in nulls],
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
    row: Row,
    fields: tuple[str, ...],
    body: Patch,
    if_match: str | None,
) -> bool:
    """If-Match, then the changes; a real change bumps the version and is logged, a no-op is not.

    True when something changed."""
    require_match(if_match, row.version)
    changes = _changes(body)
    before = _snapshot(row, fields)
    if any(getattr(row, name) != value for name, value in changes.items()):
        for name, value in changes.items():
            setattr(row, name, value)
        row.version += 1
        _record(session, principal, entity, row.code, before, _snapshot(row, fields))
        await session.flush()
        return True
    return False


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


async def get_sub_sector(session: AsyncSession, code: str) -> SubSector:
    sub_sector = await session.get(SubSector, code)
    if sub_sector is None:
        raise NotFound(f"no sub-sector with code {code}", detail_zh=f"未找到细分行业领域代码 {code}")
    return sub_sector


async def _refuse_clashes(session: AsyncSession, cluster_code: str, entry: matching.Listed) -> None:
    """Within a cluster a code or name names one sub-sector only, or centers could not be matched."""
    others = await repository.list_sub_sectors(session, cluster_code=cluster_code)
    clashes = matching.clashes(entry, others)
    if clashes:
        names = "、".join(f"{o.name_zh} ({o.code})" for o, _ in clashes)
        raise SubSectorNameTaken(
            f"the cluster {cluster_code} already has a sub-sector named so: {names}",
            detail_zh=f"该产业集群已有同名或同代码的细分行业领域：{names}",
            extra={"clashing_codes": [o.code for o, _ in clashes]},
        )


async def create_sub_sector(session: AsyncSession, principal: Principal, body: SubSectorCreate) -> SubSector:
    """List a sub-sector; the unlisted centers of the cluster that named it link to it."""
    require_municipal_admin(principal)
    if await repository.lock_industry(session, body.cluster_code) is None:
        raise Unprocessable(
            f"unknown cluster or industry: {body.cluster_code}",
            detail_zh=f"未知的产业集群或未来产业：{body.cluster_code}",
            errors=[
                FieldError(
                    "cluster_code",
                    f"unknown cluster or industry: {body.cluster_code}",
                    f"未知的产业集群或未来产业：{body.cluster_code}",
                )
            ],
        )
    if await session.get(SubSector, body.code) is not None:
        raise Conflict(
            f"sub-sector {body.code} already exists", detail_zh=f"细分行业领域代码 {body.code} 已存在"
        )
    sub_sector = SubSector(
        code=body.code,
        cluster_code=body.cluster_code,
        name_zh=body.name_zh,
        name_en=body.name_en,
        sort_order=await repository.next_sub_sector_sort_order(session, body.cluster_code),
        version=1,
    )
    await _refuse_clashes(session, body.cluster_code, sub_sector)
    session.add(sub_sector)
    _record(session, principal, "sub_sector", sub_sector.code, None, _snapshot(sub_sector, SUB_SECTOR_FIELDS))
    await _flush_new(session, "sub-sector", body.code)
    await link_unlisted(session, principal, sub_sector)
    return sub_sector


async def update_sub_sector(
    session: AsyncSession, principal: Principal, code: str, body: SubSectorPatch, *, if_match: str | None
) -> SubSector:
    """Rename a sub-sector; centers stay linked by code, and unlisted ones that name it now link."""
    require_municipal_admin(principal)
    sub_sector = await get_sub_sector(session, code)
    await repository.lock_industry(session, sub_sector.cluster_code)
    require_match(if_match, sub_sector.version)
    renamed = matching.Names(
        code=sub_sector.code,
        name_zh=body.name_zh or sub_sector.name_zh,
        name_en=body.name_en or sub_sector.name_en,
    )
    await _refuse_clashes(session, sub_sector.cluster_code, renamed)
    if await _apply_edit(session, principal, "sub_sector", sub_sector, SUB_SECTOR_FIELDS, body, if_match):
        await link_unlisted(session, principal, sub_sector)
    return sub_sector


async def list_sub_sectors(session: AsyncSession, *, cluster_code: str | None) -> Sequence[SubSector]:
    """The listed sub-sectors, of one cluster if asked; an unknown cluster is 422, not an empty list."""
    rows = await repository.list_sub_sectors(session, cluster_code=cluster_code)
    if not rows:
        await filters.refuse_unknown(session, {"cluster_code": cluster_code})
    return rows


async def list_changes(
    session: AsyncSession, *, entity: Entity | None, code: str | None
) -> Sequence[ReferenceChange]:
    """The change log, newest first; a code that no entry (of ``entity``) has is 422."""
    rows = await repository.list_changes(session, entity=entity, code=code)
    if not rows:
        kinds = [filters.ENTITIES[entity]] if entity else list(filters.ENTITIES.values())
        await filters.refuse_unknown(session, {"code": code}, kinds={"code": kinds})
    return rows
