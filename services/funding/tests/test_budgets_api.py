"""Budgets over HTTP (issue 4): allocation by municipal admins, allocated / committed / disbursed /
available, raising with If-Match, the ledger of every movement, and its CSV/XLSX export."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

from openpyxl import load_workbook

from funding.budgets.export import HEADERS
from services.funding.tests.workflow_fixtures import (
    Actors,
    a_budget,
    approved_case,
    create_budget,
    ok,
    people,
    producer,
    stack,
    this_year,
    tranche,
)
from shared.kafka import AIOKafkaProducer
from shared.testing.fixtures import bearer
from tests.problems import error_fields, problem_of
from tests.stack import Stack

__all__ = ["people", "producer", "stack"]  # module fixtures


async def test_a_municipal_admin_allocates_a_budget_and_everyone_in_finance_reads_it(
    stack: Stack, people: Actors
) -> None:
    created = await create_budget(
        stack.funding, people.admin, category="platform_subsidy", allocated="5000000.00", year=2030
    )
    assert created["allocated"] == "5000000.00"
    assert (created["committed"], created["disbursed"], created["available"]) == (
        "0.00",
        "0.00",
        "5000000.00",
    )
    assert created["created_by"] == "city-admin"
    read = await stack.funding.get(f"/api/v1/budgets/{created['id']}", headers=bearer(people.officer_a))
    assert read.status_code == 200
    assert read.headers["ETag"] == '"1"'
    listed = await stack.funding.get(
        "/api/v1/budgets", params={"year": 2030}, headers=bearer(people.officer_b)
    )
    assert [b["id"] for b in listed.json()["items"]] == [created["id"]]
    ledger = await stack.funding.get(
        "/api/v1/budgets/ledger",
        params={"year": 2030, "category": "platform_subsidy"},
        headers=bearer(people.admin),
    )
    (line,) = ledger.json()["items"]
    assert (line["kind"], line["amount"], line["actor"], line["allocated_after"]) == (
        "allocate",
        "5000000.00",
        "city-admin",
        "5000000.00",
    )


async def test_a_second_budget_for_the_same_year_and_category_is_a_conflict(
    stack: Stack, people: Actors
) -> None:
    await create_budget(stack.funding, people.admin, category="dup_category", allocated="1.00", year=2031)
    again = await stack.funding.post(
        "/api/v1/budgets",
        json={"year": 2031, "category": "dup_category", "allocated": "2.00"},
        headers=bearer(people.admin),
    )
    problem_of(again, 409, "budget-exists")


async def test_only_a_municipal_admin_allocates_and_only_finance_roles_read(
    stack: Stack, people: Actors
) -> None:
    body = {"year": 2032, "category": "upgrade_support", "allocated": "1.00"}
    problem_of(await stack.funding.post("/api/v1/budgets", json=body, headers=bearer(people.officer_a)), 403)
    center_user = people.center_user(str(uuid.uuid4()))
    problem_of(await stack.funding.get("/api/v1/budgets", headers=bearer(center_user)), 403)
    problem_of(await stack.funding.get("/api/v1/budgets/ledger", headers=bearer(people.expert)), 403)
    problem_of(await stack.funding.get("/api/v1/budgets"), 401)


async def test_a_bad_budget_lists_each_field(stack: Stack, people: Actors) -> None:
    bad = await stack.funding.post(
        "/api/v1/budgets",
        json={"year": 1999, "category": "Upgrade Support!", "allocated": 12.5},
        headers=bearer(people.admin),
    )
    assert error_fields(problem_of(bad, 422)) == {"year", "category", "allocated"}
    negative = await stack.funding.post(
        "/api/v1/budgets",
        json={"year": 2033, "category": "x_y", "allocated": "-1.00"},
        headers=bearer(people.admin),
    )
    assert error_fields(problem_of(negative, 422)) == {"allocated"}
    problem_of(await stack.funding.get(f"/api/v1/budgets/{uuid.uuid4()}", headers=bearer(people.admin)), 404)


async def test_the_allocation_is_raised_with_if_match_and_never_lowered(stack: Stack, people: Actors) -> None:
    created = await create_budget(
        stack.funding, people.admin, category="raise_me", allocated="100.00", year=2034
    )
    url = f"/api/v1/budgets/{created['id']}"
    problem_of(
        await stack.funding.patch(url, json={"allocated": "150.00"}, headers=bearer(people.admin)), 428
    )
    raised = await stack.funding.patch(
        url,
        json={"allocated": "150.00", "comment": "追加"},
        headers={**bearer(people.admin), "If-Match": '"1"'},
    )
    assert raised.status_code == 200, raised.text
    assert (raised.json()["allocated"], raised.json()["available"]) == ("150.00", "150.00")
    assert raised.headers["ETag"] == '"2"'
    stale = await stack.funding.patch(
        url, json={"allocated": "200.00"}, headers={**bearer(people.admin), "If-Match": '"1"'}
    )
    problem_of(stale, 412)
    lower = await stack.funding.patch(
        url, json={"allocated": "149.99"}, headers={**bearer(people.admin), "If-Match": '"2"'}
    )
    problem_of(lower, 409, "allocation-lowered")
    by_officer = await stack.funding.patch(
        url, json={"allocated": "999.00"}, headers={**bearer(people.officer_a), "If-Match": '"2"'}
    )
    problem_of(by_officer, 403)
    ledger = await stack.funding.get(
        "/api/v1/budgets/ledger", params={"category": "raise_me"}, headers=bearer(people.admin)
    )
    assert [(m["kind"], m["amount"]) for m in ledger.json()["items"]] == [
        ("allocate", "100.00"),
        ("allocate", "50.00"),
    ]
    assert ledger.json()["items"][1]["reference"] == f"budget:{created['id']} 追加"


async def test_the_ledger_shows_commit_disburse_and_release_with_reference_and_actor_and_exports(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    city = await create_budget(stack.funding, people.admin, allocated="100000000.00")
    paid = await approved_case(stack, producer, people)
    await ok(
        stack.funding,
        people.officer_a,
        paid["id"],
        "disburse",
        **tranche("10000000.00"),
    )
    released = await approved_case(stack, producer, people)
    await ok(stack.funding, people.admin, released["id"], "cancel", comment="撤销")
    after = (await stack.funding.get(f"/api/v1/budgets/{city['id']}", headers=bearer(people.admin))).json()
    assert (after["committed"], after["disbursed"], after["available"]) == (
        "0.00",
        "10000000.00",
        "90000000.00",
    )

    ledger = await stack.funding.get(
        "/api/v1/budgets/ledger",
        params={"year": this_year(), "category": "upgrade_support"},
        headers=bearer(people.admin),
    )
    moves = [(m["kind"], m["amount"], m["actor"], m["reference"]) for m in ledger.json()["items"]]
    assert moves[0][:2] == ("allocate", "100000000.00")
    assert moves[1:] == [
        ("commit", "10000000.00", "officer-b", f"support-case:{paid['id']}"),
        ("disburse", "10000000.00", "officer-a", moves[2][3]),
        ("commit", "10000000.00", "officer-b", f"support-case:{released['id']}"),
        ("release", "10000000.00", "city-admin", f"support-case:{released['id']}"),
    ]
    assert moves[2][3].startswith(f"support-case:{paid['id']}:voucher:V-")
    paged = await stack.funding.get(
        "/api/v1/budgets/ledger", params={"limit": 2}, headers=bearer(people.admin)
    )
    assert len(paged.json()["items"]) == 2
    assert paged.json()["next_cursor"]

    exported = await stack.funding.get(
        "/api/v1/budgets/ledger/export",
        params={"format": "csv", "year": this_year()},
        headers=bearer(people.officer_a),
    )
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert tuple(rows[0]) == HEADERS
    assert "承诺(审批)" in {r[4] for r in rows[1:]}
    assert {r[3] for r in rows[1:]} == {"upgrade_support"}

    xlsx = await stack.funding.get(
        "/api/v1/budgets/ledger/export",
        params={"format": "xlsx", "year": this_year()},
        headers=bearer(people.admin),
    )
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet is not None
    assert sheet.title == "预算台账"
    values: list[Any] = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert tuple(values[0]) == HEADERS
    assert len(values) == len(rows)
    problem_of(
        await stack.funding.get(
            "/api/v1/budgets/ledger/export", params={"format": "pdf"}, headers=bearer(people.admin)
        ),
        422,
    )


async def test_support_cases_export_in_the_callers_scope_with_zh_headers(
    stack: Stack, producer: AIOKafkaProducer, people: Actors
) -> None:
    await a_budget(stack.funding, people.admin, allocated="100000000.00")  # for the approvals
    case = await approved_case(stack, producer, people)
    own = people.center_user(case["center_id"])
    exported = await stack.funding.get(
        "/api/v1/support-cases/export", params={"format": "csv"}, headers=bearer(own)
    )
    assert exported.status_code == 200, exported.text
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["案件编号", "创新中心编号", "支持类型", "升级层级", "状态"]
    assert [r[0] for r in rows[1:]] == [case["id"]]  # a center user sees only its own center's cases
    assert rows[1][4] == "已批准"
    assert rows[1][9] == "10000000.00"
    everything = await stack.funding.get(
        "/api/v1/support-cases/export",
        params={"format": "xlsx", "status": "approved"},
        headers=bearer(people.admin),
    )
    sheet = load_workbook(io.BytesIO(everything.content)).active
    assert sheet is not None
    assert case["id"] in {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
