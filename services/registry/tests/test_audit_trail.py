"""Registry's audit trail (issue 15 item 3): every change a request makes is one chained entry,
written with the change, listed for municipal admins, and any edit or deletion of an entry is
found by the chain check."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from registry.audit import AuditEntry
from shared.audit.chain import verify_chain
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.flows import center_payload, create_center, operating_center, upgrade_payload
from tests.problems import problem_of
from tests.stack import Stack


async def audit(stack: Stack, tok: str, **filters: Any) -> list[dict[str, Any]]:
    response = await stack.registry.get("/api/v1/audit", params=filters, headers=bearer(tok))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def change_of(entry: dict[str, Any], table: str) -> dict[str, Any]:
    changes = [c for c in entry["changes"] if c["table"] == table]
    assert len(changes) == 1, entry["changes"]
    return changes[0]


async def test_a_create_is_one_entry_naming_caller_action_target_and_the_new_row(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="audit-creator")
    response = await stack.registry.post(
        "/api/v1/centers",
        json=center_payload(),
        headers={**bearer(admin), "X-Request-ID": "a2c1f3e4-0000-4000-8000-00000000a001"},
    )
    assert response.status_code == 201, response.text
    center = response.json()
    [entry] = await audit(stack, admin, request_id="a2c1f3e4-0000-4000-8000-00000000a001")
    assert entry["requested_by"] == "audit-creator"
    assert entry["role"] == "municipal_admin"
    assert entry["action"] == "POST /api/v1/centers"
    assert entry["target"] == "/api/v1/centers"
    created = change_of(entry, "center")
    assert created["operation"] == "insert"
    assert created["key"] == {"id": center["id"]}
    assert created["before"] is None
    assert created["after"]["name"] == center["name"]
    assert created["after"]["status"] == "draft"
    # Bookkeeping is not the domain's state: the key's row and the event's row are not listed.
    assert {c["table"] for c in entry["changes"]}.isdisjoint({"outbox_record", "idempotency_record"})


async def test_an_edit_keeps_the_changed_columns_before_and_after(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin", sub="audit-editor")
    center = await create_center(stack.registry, admin)
    read = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    response = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"name": "审计改名创新中心"},
        headers={**bearer(admin), "If-Match": read.headers["ETag"]},
    )
    assert response.status_code == 200, response.text
    [entry] = await audit(
        stack, admin, action="PATCH /api/v1/centers/{center_id}", requested_by="audit-editor"
    )
    assert entry["target"] == f"/api/v1/centers/{center['id']}"
    edited = change_of(entry, "center")
    assert edited["operation"] == "update"
    assert edited["before"]["name"] == center["name"]
    assert edited["after"]["name"] == "审计改名创新中心"
    assert "mode" not in edited["after"]  # only what changed


async def test_an_upgrade_written_with_core_statements_keeps_the_tier_before_and_after(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="audit-upgrader")
    center = await operating_center(stack.registry, admin)
    response = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/upgrades", json=upgrade_payload(), headers=bearer(admin)
    )
    assert response.status_code == 201, response.text
    [entry] = await audit(stack, admin, target=f"/api/v1/centers/{center['id']}/upgrades")
    tier = change_of(entry, "center")
    assert tier["operation"] == "update"
    assert tier["before"]["tier"] == "municipal"
    assert tier["after"]["tier"] == "provincial"
    upgrade = change_of(entry, "center_upgrade")
    assert upgrade["operation"] == "insert"
    assert upgrade["after"]["paid_in_capital"] == "120000000.00"


async def test_refused_requests_and_reads_write_nothing(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin", sub="audit-refused")
    center = await create_center(stack.registry, admin)
    before = await audit(stack, admin, requested_by="audit-refused")
    refused = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/upgrades", json=upgrade_payload(), headers=bearer(admin)
    )
    problem_of(refused, 409)  # a draft is not upgraded
    await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    assert await audit(stack, admin, requested_by="audit-refused") == before


async def test_only_municipal_admins_read_the_log(stack: Stack, token: TokenFactory) -> None:
    for role in ("district_admin", "expert", "center_user"):
        response = await stack.registry.get("/api/v1/audit", headers=bearer(token(role)))
        problem_of(response, 403)


async def test_the_log_pages_newest_first_and_filters_by_target_prefix(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="audit-pager")
    center = await operating_center(stack.registry, admin)
    mine = await audit(stack, admin, target=f"/api/v1/centers/{center['id']}")
    # Governance (if any), then the five steps of the way to operating, all of this center.
    assert len(mine) >= 5
    assert all(e["target"].startswith(f"/api/v1/centers/{center['id']}") for e in mine)
    assert [e["seq"] for e in mine] == sorted((e["seq"] for e in mine), reverse=True)
    first = await stack.registry.get(
        "/api/v1/audit", params={"limit": 2, "requested_by": "audit-pager"}, headers=bearer(admin)
    )
    page = first.json()
    assert len(page["items"]) == 2
    assert page["next_cursor"]
    second = await stack.registry.get(
        "/api/v1/audit",
        params={"limit": 2, "requested_by": "audit-pager", "cursor": page["next_cursor"]},
        headers=bearer(admin),
    )
    assert second.json()["items"][0]["seq"] < page["items"][-1]["seq"]
    bad = await stack.registry.get("/api/v1/audit", params={"cursor": "!!"}, headers=bearer(admin))
    problem_of(bad, 422)


async def test_the_database_refuses_to_change_an_entry(stack: Stack, token: TokenFactory) -> None:
    await create_center(stack.registry, token("municipal_admin"))
    engine = runtime_of(stack.apps["registry"]).engine
    for statement in ("UPDATE audit_entry SET requested_by = 'someone-else'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="append-only"):
            async with engine.begin() as connection:
                await connection.execute(text(statement))


async def test_the_chain_check_names_an_edited_and_a_deleted_entry(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin", sub="audit-tamper")
    for _ in range(3):
        await create_center(stack.registry, admin)
    engine = runtime_of(stack.apps["registry"]).engine
    async with engine.connect() as connection:
        report = await verify_chain(connection, AuditEntry)
    assert report.intact, report.reason
    assert report.checked == report.head_seq >= 3
    seqs = [e["seq"] for e in await audit(stack, admin, requested_by="audit-tamper")]
    edited, deleted = seqs[-1], seqs[0]  # the oldest of them, and the newest

    async def as_the_dba(statement: str) -> None:
        """Around the application and its triggers, as someone with the database's keys could."""
        async with engine.begin() as connection:
            await connection.execute(text("SET LOCAL session_replication_role = replica"))
            await connection.execute(text(statement))

    await as_the_dba(f"UPDATE audit_entry SET requested_by = 'someone-else' WHERE seq = {edited}")
    async with engine.connect() as connection:
        report = await verify_chain(connection, AuditEntry)
    assert report.broken_at == edited
    assert "altered" in report.reason
    await as_the_dba(f"UPDATE audit_entry SET requested_by = 'audit-tamper' WHERE seq = {edited}")
    async with engine.connect() as connection:
        assert (await verify_chain(connection, AuditEntry)).intact  # put back as it was

    # The newest of the test's entries is not the log's last: another follows it.
    await create_center(stack.registry, admin)
    await as_the_dba(f"DELETE FROM audit_entry WHERE seq = {deleted}")
    async with engine.connect() as connection:
        report = await verify_chain(connection, AuditEntry)
    assert report.broken_at == deleted + 1
    assert f"entry {deleted} missing" in report.reason

    # What ops run: the command names the first broken link and fails.
    command = [sys.executable, "-m", "shared.cli", "audit-verify", "--service", "registry"]
    checked = await asyncio.to_thread(
        subprocess.run,
        [*command, "--database-url", stack.urls["registry"]],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert f"registry: BROKEN at entry {deleted + 1}: entry {deleted} missing" in checked.stdout
