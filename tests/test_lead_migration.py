"""Registry's migration 637332c2d8ef gives every existing center its lead organization as its one
``lead`` member (issue 18), on PostgreSQL and on SQLite."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from shared.db import UTCDateTime, create_engine
from shared.migrations import upgrade
from shared.testing.postgres import PgServer
from shared.testing.services import service_dir
from tests.codes import valid_uscc

BEFORE = "7d537d090d04"
NOW = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)


@pytest.fixture(params=["postgresql", "sqlite"])
async def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, pg: PgServer, run_id: str
) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/registry.db"
        return
    name = f"{run_id}_leadmig_{uuid.uuid4().hex[:6]}"
    await pg.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg.sqlalchemy_url(name)
    finally:
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


ORGANIZATION = sa.table(
    "organization",
    *(sa.column(c, sa.String) for c in ("name", "uscc", "type", "district", "created_by")),
    sa.column("id", sa.Uuid),
    sa.column("created_at", UTCDateTime),
    sa.column("updated_at", UTCDateTime),
)
CENTER = sa.table(
    "center",
    *(
        sa.column(c, sa.String)
        for c in (
            "name",
            "mode",
            "cluster_code",
            "sub_sector",
            "sub_sector_key",
            "district",
            "lead_organization_name",
            "lead_organization_uscc",
            "lead_organization_type",
            "status",
            "tier",
            "created_by",
        )
    ),
    sa.column("id", sa.Uuid),
    sa.column("lead_organization_id", sa.Uuid),
    sa.column("version", sa.Integer),
    sa.column("members_version", sa.Integer),
    sa.column("created_at", UTCDateTime),
    sa.column("updated_at", UTCDateTime),
)
MEMBER = sa.table(
    "center_member",
    sa.column("id", sa.Uuid),
    sa.column("center_id", sa.Uuid),
    sa.column("organization_id", sa.Uuid),
    sa.column("role", sa.String),
    sa.column("created_by", sa.String),
    sa.column("created_at", UTCDateTime),
)


async def execute(url: str, statements: list[sa.Executable]) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            for statement in statements:
                await conn.execute(statement)
    finally:
        await engine.dispose()


async def rows(url: str, query: sa.Select[Any]) -> list[Any]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return list((await conn.execute(query)).all())
    finally:
        await engine.dispose()


def organization(org_id: uuid.UUID, uscc: str, name: str) -> sa.Executable:
    return ORGANIZATION.insert().values(
        id=org_id, name=name, uscc=uscc, type="enterprise", created_by="seed", created_at=NOW, updated_at=NOW
    )


def center(center_id: uuid.UUID, uscc: str, name: str, *, members_version: int = 0) -> sa.Executable:
    return CENTER.insert().values(
        id=center_id,
        name=f"中心 {center_id.hex[:6]}",
        mode="self_built",
        cluster_code="artificial_intelligence",
        sub_sector=center_id.hex,
        sub_sector_key=center_id.hex,
        district="tianhe",
        lead_organization_name=name,
        lead_organization_uscc=uscc,
        lead_organization_type="university",
        status="draft",
        tier="municipal",
        version=1,
        members_version=members_version,
        created_by="creator",
        created_at=NOW,
        updated_at=NOW,
    )


def member(center_id: uuid.UUID, org_id: uuid.UUID, role: str) -> sa.Executable:
    return MEMBER.insert().values(
        id=uuid.uuid4(),
        center_id=center_id,
        organization_id=org_id,
        role=role,
        created_by="seed",
        created_at=NOW,
    )


async def test_every_existing_center_gets_its_lead_organization_as_its_one_lead(database_url: str) -> None:
    await asyncio.to_thread(upgrade, service_dir("registry"), database_url, BEFORE)
    unregistered, renamed, settled = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    new_uscc, renamed_uscc, settled_uscc = valid_uscc(), valid_uscc(), valid_uscc()
    renamed_org, other_lead, settled_org = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await execute(
        database_url,
        [
            organization(renamed_org, renamed_uscc, "登记的名称"),
            organization(other_lead, valid_uscc(), "另一个牵头单位"),
            organization(settled_org, settled_uscc, "已是牵头成员"),
            center(unregistered, new_uscc, "未登记的大学"),
            center(renamed, renamed_uscc, "中心上的旧名称", members_version=1),
            member(renamed, other_lead, "lead"),
            center(settled, settled_uscc, "已是牵头成员", members_version=1),
            member(settled, settled_org, "lead"),
        ],
    )
    await asyncio.to_thread(upgrade, service_dir("registry"), database_url)

    o = ORGANIZATION.c
    (registered,) = await rows(
        database_url, sa.select(o.id, o.name, o.type, o.district).where(o.uscc == new_uscc)
    )
    assert tuple(registered)[1:] == ("未登记的大学", "university", "tianhe")
    c = CENTER.c
    centers = {
        r.id: (r.lead_organization_id, r.lead_organization_name, r.members_version)
        for r in await rows(
            database_url, sa.select(c.id, c.lead_organization_id, c.lead_organization_name, c.members_version)
        )
    }
    assert centers[unregistered] == (registered.id, "未登记的大学", 1)
    assert centers[renamed] == (renamed_org, "登记的名称", 2)  # the registered name wins
    assert centers[settled] == (settled_org, "已是牵头成员", 1)  # already its lead: unchanged
    m = MEMBER.c
    members = await rows(database_url, sa.select(m.center_id, m.organization_id, m.role))
    assert sorted((str(r.center_id), str(r.organization_id), r.role) for r in members) == sorted(
        [
            (str(unregistered), str(registered.id), "lead"),
            (str(renamed), str(renamed_org), "lead"),
            (str(renamed), str(other_lead), "member"),  # it was a second lead: it stays a member
            (str(settled), str(settled_org), "lead"),
        ]
    )
    # From now on the database itself holds one lead per center.
    with pytest.raises(sa.exc.IntegrityError):
        await execute(database_url, [member(renamed, other_lead, "lead")])
