"""Publish and read entitlement versions. Services flush, never commit: the route owns the transaction."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal, Role
from shared.china_time import china_today
from shared.db import advisory_lock, utcnow
from shared.errors import FieldError, Unprocessable
from shared.pagination import keyset_page
from talent import access
from talent.entitlements import repository
from talent.entitlements.models import ServiceEntitlement, ServiceEntitlementVersion
from talent.entitlements.schemas import EntitlementVersionCreate, ServiceKind
from talent.talents.schemas import Level

Published = tuple[ServiceEntitlementVersion, list[ServiceEntitlement]]


def _problems(data: EntitlementVersionCreate) -> list[FieldError]:
    """Every bad field at once: a version starts today or later, and decides each cell once."""
    errors: list[FieldError] = []
    today = china_today()
    if data.effective_from < today:
        errors.append(
            FieldError(
                "effective_from",
                f"takes effect today ({today}) or later: the past was judged already",
                f"生效日期应为今天（{today}）或以后：过去的已经评定",
            )
        )
    seen: set[tuple[Level, ServiceKind]] = set()
    for position, row in enumerate(data.rows):
        cell = (row.level, row.kind)
        if cell in seen:
            errors.append(
                FieldError(
                    f"rows.{position}",
                    f"{row.level} × {row.kind} is given twice",
                    f"{row.level} × {row.kind} 重复给出",
                )
            )
        seen.add(cell)
    for level, kind in itertools.product(Level, ServiceKind):
        if (level, kind) not in seen:
            errors.append(
                FieldError(
                    "rows",
                    f"{level} × {kind} is missing: every level × service is decided",
                    f"缺少 {level} × {kind}：每个层次 × 服务都须确定",
                )
            )
    return errors


async def publish_version(
    session: AsyncSession, principal: Principal, data: EntitlementVersionCreate
) -> Published:
    """The next version, numbered under a lock so concurrent publications take turns."""
    access.require_role(
        principal, Role.TALENT_OFFICER, what="publish service entitlements", what_zh="发布人才服务保障版本"
    )
    errors = _problems(data)
    if errors:
        raise Unprocessable(
            "the entitlement version has invalid data", detail_zh="服务保障版本校验未通过", errors=errors
        )
    await advisory_lock(session, "service-entitlement-version")
    version = ServiceEntitlementVersion(
        id=uuid.uuid4(),
        version=await repository.latest_number(session) + 1,
        effective_from=data.effective_from,
        clause=data.clause,
        note=data.note,
        published_by=principal.sub,
        published_at=utcnow(),
    )
    session.add(version)
    await session.flush()
    rows = [
        ServiceEntitlement(
            version_id=version.id, level=r.level.value, kind=r.kind.value, entitlement=r.entitlement.value
        )
        for r in data.rows
    ]
    session.add_all(rows)
    await session.flush()
    return version, rows


async def list_versions(
    session: AsyncSession, *, limit: int, cursor: str | None, on: dt.date | None
) -> tuple[list[Published], str | None]:
    """A page of versions with their rows, and the cursor after it."""
    versions = await repository.list_page(session, limit=limit, cursor=cursor, on=on)
    page, next_cursor = keyset_page(list(versions), limit, value_of=lambda v: v.published_at)
    rows = await repository.rows_of(session, [v.id for v in page])
    return [(v, rows[v.id]) for v in page], next_cursor
