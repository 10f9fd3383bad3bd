"""Funding's migration b57b4cda43aa moves the programmes' decisions into support cases (issue 22):
an existing upgrade case gets its subject, a platform subsidy, a recognition and monetary
applications become cases with their payments, on PostgreSQL and on SQLite."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from shared.db import Money, UTCDateTime, create_engine
from shared.migrations import upgrade
from shared.testing.postgres import PgServer
from shared.testing.services import service_dir

BEFORE = "b41da17c7183"
NOW = dt.datetime(2026, 11, 30, tzinfo=dt.UTC)


@pytest.fixture(params=["postgresql", "sqlite"])
async def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, pg: PgServer, run_id: str
) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/funding.db"
        return
    name = f"{run_id}_progmig_{uuid.uuid4().hex[:6]}"
    await pg.execute(f'CREATE DATABASE "{name}"')
    try:
        yield pg.sqlalchemy_url(name)
    finally:
        await pg.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def table(table_name: str, /, **columns: Any) -> sa.TableClause:
    return sa.table(table_name, *(sa.column(column, kind) for column, kind in columns.items()))


U, S, J, N = sa.Uuid, sa.String, sa.JSON, sa.Integer
CENTER_VIEW = table(
    "center_view",
    id=U,
    name=S,
    mode=S,
    cluster_code=S,
    sub_sector=S,
    district=S,
    lead_organization_name=S,
    status=S,
    tier=S,
    version=N,
    updated_at=UTCDateTime,
)
SUPPORT_CASE = table(
    "support_case",
    id=U,
    center_id=U,
    kind=S,
    tier=S,
    status=S,
    options=J,
    reason=S,
    policy_code=S,
    policy_version=N,
    clause=S,
    inputs=J,
    trace=J,
    source_event_id=U,
    subject_key=S,
    disbursed_amount=Money,
    version=N,
    created_at=UTCDateTime,
    updated_at=UTCDateTime,
    selected_option=S,
    approved_amount=Money,
    requested_amount=Money,
)
PLATFORM = table(
    "platform",
    id=U,
    kind=S,
    name=S,
    center_id=U,
    created_by=S,
    created_at=UTCDateTime,
    updated_at=UTCDateTime,
)
RESULT = table(
    "platform_result",
    id=U,
    platform_id=U,
    year=N,
    services_delivered=N,
    projects_verified=N,
    projects_commercialized=N,
    external_clients=N,
    reported_by=S,
    created_at=UTCDateTime,
    case_id=U,
)
SUBSIDY = table(
    "platform_subsidy",
    id=U,
    platform_id=U,
    result_id=U,
    year=N,
    status=S,
    amount=Money,
    reason=S,
    policy_code=S,
    policy_version=N,
    clause=S,
    inputs=J,
    trace=J,
    created_at=UTCDateTime,
)
RECOGNITION = table(
    "product_recognition",
    id=U,
    catalogue=S,
    year=N,
    product_name=S,
    center_id=U,
    maker_name=S,
    maker_uscc=S,
    price=Money,
    recognized_on=sa.Date,
    status=S,
    subsidy=Money,
    reason=S,
    policy_code=S,
    policy_version=N,
    clause=S,
    inputs=J,
    trace=J,
    recorded_by=S,
    created_at=UTCDateTime,
    case_id=U,
)
APPLICATION = table(
    "municipal_support",
    id=U,
    center_id=U,
    support_type=S,
    title=S,
    description=S,
    requested_amount=Money,
    status=S,
    awarded_amount=Money,
    budget_year=N,
    disbursed_amount=Money,
    released_amount=Money,
    created_by=S,
    created_at=UTCDateTime,
    updated_at=UTCDateTime,
    case_id=U,
)
PAYMENT = table(
    "municipal_support_payment",
    id=U,
    application_id=U,
    voucher_no=S,
    amount=Money,
    paid_on=sa.Date,
    actor=S,
    created_at=UTCDateTime,
)
DISBURSEMENT = table("disbursement", case_id=U, voucher_no=S, amount=Money)


async def run(url: str, statements: list[Any]) -> list[Any]:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            results = [await conn.execute(statement) for statement in statements]
            return [r.all() if r.returns_rows else None for r in results]
    finally:
        await engine.dispose()


def application(application_id: uuid.UUID, center: uuid.UUID, status: str, **money: Any) -> Any:
    values = {"awarded_amount": None, "budget_year": None, "disbursed_amount": Decimal("0.00")} | money
    return APPLICATION.insert().values(
        id=application_id,
        center_id=center,
        support_type="funding",
        title="资金支持",
        description="x",
        requested_amount=Decimal("1000000.00"),
        status=status,
        released_amount=Decimal("0.00"),
        created_by="seed",
        created_at=NOW,
        updated_at=NOW,
        **values,
    )


async def test_the_programmes_decisions_become_support_cases(database_url: str) -> None:
    await asyncio.to_thread(upgrade, service_dir("funding"), database_url, BEFORE)
    center, upgrade_case, platform, result = (uuid.uuid4() for _ in range(4))
    recognition, awarded, submitted = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    await run(
        database_url,
        [
            CENTER_VIEW.insert().values(
                id=center,
                name="中心",
                mode="self_built",
                cluster_code="artificial_intelligence",
                sub_sector="x",
                district="tianhe",
                lead_organization_name="某公司",
                status="operating",
                tier="municipal",
                version=1,
                updated_at=NOW,
            ),
            SUPPORT_CASE.insert().values(
                id=upgrade_case,
                center_id=center,
                kind="upgrade_support",
                tier="provincial",
                status="evaluated",
                options=[],
                reason=None,
                policy_code=None,
                policy_version=None,
                clause=None,
                inputs={},
                trace=[],
                source_event_id=uuid.uuid4(),
                disbursed_amount=Decimal("0.00"),
                version=1,
                created_at=NOW,
                updated_at=NOW,
            ),
            PLATFORM.insert().values(
                id=platform,
                kind="concept_verification",
                name="平台",
                center_id=center,
                created_by="seed",
                created_at=NOW,
                updated_at=NOW,
            ),
            RESULT.insert().values(
                id=result,
                platform_id=platform,
                year=2025,
                services_delivered=40,
                projects_verified=6,
                projects_commercialized=1,
                external_clients=3,
                reported_by="seed",
                created_at=NOW,
            ),
            SUBSIDY.insert().values(
                id=uuid.uuid4(),
                platform_id=platform,
                result_id=result,
                year=2025,
                status="evaluated",
                amount=Decimal("670000.00"),
                reason=None,
                policy_code="platform_subsidy",
                policy_version=1,
                clause="五(四)",
                inputs={"year": 2025},
                trace=[{"step": "policy"}],
                created_at=NOW,
            ),
            RECOGNITION.insert().values(
                id=recognition,
                catalogue="first_set_complete",
                year=2025,
                product_name="装备",
                center_id=center,
                maker_name="某公司",
                maker_uscc="91440101000000001X",
                price=Decimal("1000000.00"),
                recognized_on=dt.date(2025, 6, 1),
                status="evaluated",
                subsidy=Decimal("300000.00"),
                reason=None,
                policy_code="product_recognition_subsidy",
                policy_version=1,
                clause="五(五)",
                inputs={"year": 2025},
                trace=[],
                recorded_by="seed",
                created_at=NOW,
            ),
            application(
                awarded,
                center,
                "awarded",
                awarded_amount=Decimal("800000.00"),
                budget_year=2026,
                disbursed_amount=Decimal("300000.00"),
            ),
            application(submitted, center, "submitted"),
            PAYMENT.insert().values(
                id=uuid.uuid4(),
                application_id=awarded,
                voucher_no="MS-OLD-1",
                amount=Decimal("300000.00"),
                paid_on=dt.date(2026, 7, 1),
                actor="cashier",
                created_at=NOW,
            ),
        ],
    )
    await asyncio.to_thread(upgrade, service_dir("funding"), database_url)

    c = sa.table(
        "support_case",
        *(sa.column(n, U) for n in ("id",)),
        sa.column("kind", S),
        sa.column("subject_key", S),
        sa.column("status", S),
        sa.column("options", J),
        sa.column("selected_option", S),
        sa.column("approved_amount", Money),
        sa.column("requested_amount", Money),
        sa.column("disbursed_amount", Money),
    )
    (cases,) = await run(database_url, [sa.select(c)])
    by_subject = {row.subject_key: row for row in cases}
    assert by_subject[f"{center}:provincial"].kind == "upgrade_support"
    platform_case = by_subject[f"platform:{platform}:2025"]
    assert (platform_case.status, platform_case.options) == (
        "needs_review",  # v1's figures are provisional: a person confirms them
        [{"type": "grant", "amount": "670000.00"}],
    )
    recognition_case = by_subject[f"recognition:{recognition}"]
    assert (recognition_case.status, recognition_case.selected_option) == ("option_selected", "grant")
    paying = by_subject[f"application:{awarded}"]
    assert (paying.status, paying.approved_amount, paying.disbursed_amount, paying.requested_amount) == (
        "approved",
        Decimal("800000.00"),
        Decimal("300000.00"),
        Decimal("1000000.00"),
    )
    assert by_subject[f"application:{submitted}"].status == "needs_review"
    links = await run(
        database_url,
        [
            sa.select(sa.column("case_id", U)).select_from(sa.table("platform_result")),
            sa.select(sa.column("case_id", U)).select_from(sa.table("product_recognition")),
            sa.select(DISBURSEMENT.c.case_id, DISBURSEMENT.c.voucher_no, DISBURSEMENT.c.amount),
        ],
    )
    assert [row.case_id for row in links[0]] == [platform_case.id]
    assert [row.case_id for row in links[1]] == [recognition_case.id]
    assert [tuple(row) for row in links[2]] == [(paying.id, "MS-OLD-1", Decimal("300000.00"))]
