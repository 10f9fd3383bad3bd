"""The centers API of registry, in-process against real PostgreSQL and the real broker."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import event, select, text

from registry.centers.lifecycle import Action, Status, next_status
from registry.messaging import OutboxRecord
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.flows import center_payload, create_center, operating_center, upgrade_payload, valid_uscc
from tests.problems import error_fields, problem_of
from tests.stack import Stack, running_stack

CREATED = "gz.mic.registry.center.created.v1"
STATUS_CHANGED = "gz.mic.registry.center.status_changed.v1"
UPGRADED = "gz.mic.registry.center.upgraded.v1"


async def act(client: httpx.AsyncClient, tok: str, center_id: str, action: str) -> httpx.Response:
    return await client.post(
        f"/api/v1/centers/{center_id}/actions/{action}", json={"comment": action}, headers=bearer(tok)
    )


async def get_center(client: httpx.AsyncClient, tok: str, center_id: str) -> dict[str, Any]:
    response = await client.get(f"/api/v1/centers/{center_id}", headers=bearer(tok))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def list_all(client: httpx.AsyncClient, tok: str, **params: Any) -> list[dict[str, Any]]:
    """Every page of ``GET /api/v1/centers``."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {**params, "limit": 200, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/api/v1/centers", params=query, headers=bearer(tok))
        assert response.status_code == 200, response.text
        items.extend(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


async def outbox_of(stack: Stack, center_id: str) -> list[OutboxRecord]:
    """The center's events in registry's outbox, in publication order."""
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        rows = await session.scalars(
            select(OutboxRecord).where(OutboxRecord.key == center_id).order_by(OutboxRecord.id)
        )
        return list(rows)


# How a municipal admin brings a new center to each status.
PATH_TO: dict[Status, tuple[str, ...]] = {
    Status.DRAFT: (),
    Status.SUBMITTED: ("submit",),
    Status.DISTRICT_RECOMMENDED: ("submit", "recommend"),
    Status.UNDER_REVIEW: ("submit", "recommend", "start_review"),
    Status.APPROVED: ("submit", "recommend", "start_review", "approve"),
    Status.OPERATING: ("submit", "recommend", "start_review", "approve", "accept"),
    Status.RETURNED: ("submit", "return"),
    Status.REJECTED: ("submit", "reject"),
    Status.WITHDRAWN: ("withdraw",),
    Status.REVOKED: ("submit", "recommend", "start_review", "approve", "revoke"),
}


async def center_in(client: httpx.AsyncClient, tok: str, status: Status, **overrides: Any) -> dict[str, Any]:
    center = await create_center(client, tok, **overrides)
    for action in PATH_TO[status]:
        response = await act(client, tok, center["id"], action)
        assert response.status_code == 200, response.text
        center = response.json()
    assert center["status"] == status.value
    return center


def test_every_status_has_a_path() -> None:
    assert set(PATH_TO) == set(Status)


# Create.


async def test_create_returns_201_with_a_municipal_draft_and_the_fields_sent(
    stack: Stack, admin: str
) -> None:
    payload = center_payload(mode="self_built", cluster_code="artificial_intelligence", district="tianhe")
    response = await stack.registry.post("/api/v1/centers", json=payload, headers=bearer(admin))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "draft"
    assert body["tier"] == "municipal"
    assert body["version"] == 1
    for name in ("name", "mode", "cluster_code", "sub_sector", "district"):
        assert body[name] == payload[name], name
    assert body["lead_organization"] == {
        **payload["lead_organization"],
        "id": body["lead_organization"]["id"],
    }
    uuid.UUID(body["lead_organization"]["id"])
    uuid.UUID(body["id"])
    created_at = dt.datetime.fromisoformat(body["created_at"].replace("Z", "+00:00"))
    assert created_at.utcoffset() == dt.timedelta(0)
    assert await get_center(stack.registry, admin, body["id"]) == body


async def test_create_emits_center_created_and_the_relay_publishes_it(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    (record,) = await outbox_of(stack, center["id"])
    assert record.event_type == CREATED
    assert record.topic == "registry.center"
    assert record.envelope["data"]["center"]["id"] == center["id"]
    assert record.envelope["data"]["center"]["status"] == "draft"

    async def published() -> bool:
        return all(r.sent_at is not None for r in await outbox_of(stack, center["id"]))

    assert await eventually(published, what="the relay to publish center.created")


async def test_a_district_admin_registers_centers_of_its_own_district_only(
    stack: Stack, token: TokenFactory
) -> None:
    huangpu = token("district_admin", district="huangpu")
    own = await stack.registry.post(
        "/api/v1/centers", json=center_payload(district="huangpu"), headers=bearer(huangpu)
    )
    assert own.status_code == 201, own.text
    other = await stack.registry.post(
        "/api/v1/centers", json=center_payload(district="nansha"), headers=bearer(huangpu)
    )
    problem_of(other, 403, "forbidden")


async def test_unknown_cluster_unknown_district_and_a_bad_uscc_are_listed_together(
    stack: Stack, admin: str
) -> None:
    good = valid_uscc()
    wrong_check = good[:17] + ("0" if good[17] != "0" else "1")
    payload = center_payload(
        cluster_code="quantum_teleportation",
        district="shenzhen",
        lead_organization={"name": "某公司", "uscc": wrong_check, "type": "enterprise"},
    )
    response = await stack.registry.post("/api/v1/centers", json=payload, headers=bearer(admin))
    body = problem_of(response, 422, "validation-failed")
    assert error_fields(body) == {"cluster_code", "district", "lead_organization.uscc"}
    messages = {e["field"]: e["message"] for e in body["errors"]}
    assert "check digit" in messages["lead_organization.uscc"]
    assert "quantum_teleportation" in messages["cluster_code"]
    assert "shenzhen" in messages["district"]


async def test_missing_required_fields_are_422_naming_each_field(stack: Stack, admin: str) -> None:
    response = await stack.registry.post("/api/v1/centers", json={}, headers=bearer(admin))
    body = problem_of(response, 422, "validation-failed")
    assert error_fields(body) == {
        "name",
        "mode",
        "cluster_code",
        "sub_sector",
        "district",
        "lead_organization",
    }


async def test_missing_nested_fields_are_named_with_their_path(stack: Stack, admin: str) -> None:
    payload = center_payload(lead_organization={"name": "某公司"})
    response = await stack.registry.post("/api/v1/centers", json=payload, headers=bearer(admin))
    body = problem_of(response, 422, "validation-failed")
    assert error_fields(body) == {"lead_organization.uscc", "lead_organization.type"}


async def test_unknown_fields_and_bad_enums_are_422(stack: Stack, admin: str) -> None:
    payload = center_payload(mode="franchise", nickname="x")
    response = await stack.registry.post("/api/v1/centers", json=payload, headers=bearer(admin))
    body = problem_of(response, 422, "validation-failed")
    assert error_fields(body) == {"mode", "nickname"}


async def test_malformed_json_is_400(stack: Stack, admin: str) -> None:
    response = await stack.registry.post(
        "/api/v1/centers",
        content='{"name": "广州某创新中心", "mode": '.encode(),
        headers={**bearer(admin), "Content-Type": "application/json"},
    )
    problem_of(response, 400, "malformed-json")


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer not-a-token"}], ids=["no-token", "garbage-token"]
)
async def test_creating_without_a_valid_token_is_401(stack: Stack, headers: dict[str, str]) -> None:
    response = await stack.registry.post("/api/v1/centers", json=center_payload(), headers=headers)
    problem_of(response, 401, "not-authenticated")
    assert response.headers["www-authenticate"] == "Bearer"


async def test_reading_without_a_token_is_401(stack: Stack) -> None:
    problem_of(await stack.registry.get("/api/v1/centers"), 401, "not-authenticated")
    problem_of(await stack.registry.get(f"/api/v1/centers/{uuid.uuid4()}"), 401, "not-authenticated")


@pytest.mark.parametrize("role", ["center_user", "expert", "finance_officer"])
async def test_other_roles_may_not_create_a_center(stack: Stack, token: TokenFactory, role: str) -> None:
    tok = token(role, center=str(uuid.uuid4()) if role == "center_user" else None)
    response = await stack.registry.post("/api/v1/centers", json=center_payload(), headers=bearer(tok))
    problem_of(response, 403, "forbidden")


@pytest.mark.parametrize("field", ["sub_sector", "name"])
async def test_a_blank_name_or_sub_sector_is_422(stack: Stack, admin: str, field: str) -> None:
    response = await stack.registry.post(
        "/api/v1/centers", json=center_payload(**{field: "   "}), headers=bearer(admin)
    )
    assert error_fields(problem_of(response, 422, "validation-failed")) == {field}


async def test_problems_speak_chinese_when_asked(stack: Stack, admin: str) -> None:
    response = await stack.registry.post(
        "/api/v1/centers",
        json=center_payload(district="shenzhen"),
        headers={**bearer(admin), "Accept-Language": "zh-CN"},
    )
    body = problem_of(response, 422)
    assert body["title"] == "数据校验未通过"
    assert body["detail"] == "创新中心数据引用了未知或无效的值"


# Lifecycle.

DISALLOWED = [(a, s) for a, s in itertools.product(Action, Status) if next_status(a, s) is None]
ALLOWED = [(a, s) for a, s in itertools.product(Action, Status) if next_status(a, s) is not None]


@pytest.fixture(scope="module")
async def center_per_status(stack: Stack, admin: str) -> dict[Status, dict[str, Any]]:
    return {status: await center_in(stack.registry, admin, status) for status in Status}


@pytest.mark.parametrize(("action", "status"), DISALLOWED, ids=[f"{a}-from-{s}" for a, s in DISALLOWED])
async def test_an_action_not_allowed_from_the_status_is_409_and_changes_nothing(
    stack: Stack, admin: str, center_per_status: dict[Status, dict[str, Any]], action: Action, status: Status
) -> None:
    center = center_per_status[status]
    response = await act(stack.registry, admin, center["id"], action.value)
    body = problem_of(response, 409, "action-not-allowed")
    assert action.value in body["detail"]
    assert status.value in body["detail"]
    after = await get_center(stack.registry, admin, center["id"])
    assert after["status"] == status.value
    assert after["version"] == center["version"]
    # One event per step that brought it here, none for the refused action.
    lifecycle_events = [
        r.event_type
        for r in await outbox_of(stack, center["id"])
        if r.event_type in (CREATED, STATUS_CHANGED)
    ]
    assert lifecycle_events == [CREATED, *[STATUS_CHANGED] * len(PATH_TO[status])]


@pytest.mark.parametrize(("action", "status"), ALLOWED, ids=[f"{a}-from-{s}" for a, s in ALLOWED])
async def test_an_allowed_action_moves_the_center_and_bumps_its_version(
    stack: Stack, admin: str, action: Action, status: Status
) -> None:
    center = await center_in(stack.registry, admin, status)
    response = await act(stack.registry, admin, center["id"], action.value)
    assert response.status_code == 200, response.text
    moved = response.json()
    assert moved["status"] == next_status(action, status)
    assert moved["version"] == center["version"] + 1
    assert await get_center(stack.registry, admin, center["id"]) == moved
    last = (await outbox_of(stack, center["id"]))[-1]
    assert last.event_type == STATUS_CHANGED
    assert last.envelope["data"]["action"] == action.value
    assert last.envelope["data"]["from_status"] == status.value
    assert last.envelope["data"]["to_status"] == moved["status"]


async def test_an_unknown_action_is_422(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin)
    problem_of(await act(stack.registry, admin, center["id"], "promote"), 422, "validation-failed")


async def test_an_action_on_an_unknown_center_is_404(stack: Stack, admin: str) -> None:
    problem_of(await act(stack.registry, admin, str(uuid.uuid4()), "submit"), 404, "center-not-found")


async def test_recommend_by_a_district_admin_of_another_district_is_403(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await center_in(stack.registry, admin, Status.SUBMITTED, district="huangpu")
    tianhe = token("district_admin", district="tianhe")
    problem_of(await act(stack.registry, tianhe, center["id"], "recommend"), 403, "forbidden")
    assert (await get_center(stack.registry, admin, center["id"]))["status"] == "submitted"


async def test_recommend_by_the_district_admin_of_the_same_district_is_200(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await center_in(stack.registry, admin, Status.SUBMITTED, district="huangpu")
    huangpu = token("district_admin", district="huangpu")
    response = await act(stack.registry, huangpu, center["id"], "recommend")
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "district_recommended"


async def test_a_district_admin_may_not_decide_for_the_city(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await center_in(stack.registry, admin, Status.DISTRICT_RECOMMENDED, district="huangpu")
    huangpu = token("district_admin", district="huangpu")
    problem_of(await act(stack.registry, huangpu, center["id"], "start_review"), 403, "forbidden")
    assert (await get_center(stack.registry, admin, center["id"]))["status"] == "district_recommended"


async def test_a_center_user_submits_and_withdraws_its_own_center_only(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await create_center(stack.registry, admin)
    other = await create_center(stack.registry, admin)
    staff = token("center_user", center=center["id"])
    problem_of(await act(stack.registry, staff, other["id"], "submit"), 403, "forbidden")
    submitted = await act(stack.registry, staff, center["id"], "submit")
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "submitted"
    problem_of(await act(stack.registry, staff, center["id"], "recommend"), 403, "forbidden")
    withdrawn = await act(stack.registry, staff, center["id"], "withdraw")
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["status"] == "withdrawn"


# Scoping of reads.


async def test_a_district_admin_may_not_read_another_districts_center(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await create_center(stack.registry, admin, district="panyu")
    response = await stack.registry.get(
        f"/api/v1/centers/{center['id']}", headers=bearer(token("district_admin", district="baiyun"))
    )
    problem_of(response, 403, "forbidden")
    own = await stack.registry.get(
        f"/api/v1/centers/{center['id']}", headers=bearer(token("district_admin", district="panyu"))
    )
    assert own.status_code == 200
    assert own.json()["id"] == center["id"]


async def test_a_district_admin_lists_only_its_own_district(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    liwan = await create_center(stack.registry, admin, district="liwan")
    haizhu = await create_center(stack.registry, admin, district="haizhu")
    liwan_admin = token("district_admin", district="liwan")
    items = await list_all(stack.registry, liwan_admin)
    ids = {c["id"] for c in items}
    assert liwan["id"] in ids
    assert haizhu["id"] not in ids
    assert {c["district"] for c in items} == {"liwan"}
    # Asking for another district through the filter does not widen the scope.
    asked = await list_all(stack.registry, liwan_admin, district="haizhu")
    assert asked == []
    # A municipal admin sees both.
    everything = {c["id"] for c in await list_all(stack.registry, admin)}
    assert {liwan["id"], haizhu["id"]} <= everything


async def test_a_center_user_sees_only_its_own_center(stack: Stack, admin: str, token: TokenFactory) -> None:
    center = await create_center(stack.registry, admin)
    other = await create_center(stack.registry, admin)
    staff = token("center_user", center=center["id"])
    assert [c["id"] for c in await list_all(stack.registry, staff)] == [center["id"]]
    assert (await get_center(stack.registry, staff, center["id"]))["id"] == center["id"]
    problem_of(await stack.registry.get(f"/api/v1/centers/{other['id']}", headers=bearer(staff)), 403)


async def test_an_unknown_center_is_404_and_a_malformed_id_422(stack: Stack, admin: str) -> None:
    problem_of(
        await stack.registry.get(f"/api/v1/centers/{uuid.uuid4()}", headers=bearer(admin)),
        404,
        "center-not-found",
    )
    problem_of(await stack.registry.get("/api/v1/centers/not-a-uuid", headers=bearer(admin)), 422)


async def test_the_list_filters_by_status_and_cluster(stack: Stack, admin: str) -> None:
    submitted = await center_in(stack.registry, admin, Status.SUBMITTED, cluster_code="rail_transit")
    draft = await create_center(stack.registry, admin, cluster_code="rail_transit")
    items = await list_all(stack.registry, admin, cluster_code="rail_transit", status="submitted")
    ids = {c["id"] for c in items}
    assert submitted["id"] in ids
    assert draft["id"] not in ids
    assert {(c["cluster_code"], c["status"]) for c in items} == {("rail_transit", "submitted")}


# Upgrades.


async def upgrade(stack: Stack, tok: str, center_id: str, **overrides: Any) -> httpx.Response:
    return await stack.registry.post(
        f"/api/v1/centers/{center_id}/upgrades", json=upgrade_payload(**overrides), headers=bearer(tok)
    )


@pytest.mark.parametrize("status", [Status.DRAFT, Status.APPROVED, Status.REVOKED])
async def test_upgrading_a_center_that_is_not_operating_is_409(
    stack: Stack, admin: str, status: Status
) -> None:
    center = await center_in(stack.registry, admin, status)
    problem_of(await upgrade(stack, admin, center["id"]), 409, "upgrade-not-allowed")
    assert (await get_center(stack.registry, admin, center["id"]))["tier"] == "municipal"


async def test_an_upgrade_records_the_facts_and_raises_the_tier(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    response = await upgrade(stack, admin, center["id"], to_tier="national")
    assert response.status_code == 201, response.text
    body = response.json()
    sent = upgrade_payload(to_tier="national")
    for name in (
        "to_tier",
        "approved_on",
        "document_no",
        "approving_authority",
        "total_share_capital",
        "paid_in_capital",
        "requires_matching_funds",
    ):
        assert body[name] == sent[name], name
    assert body["from_tier"] == "municipal"
    assert body["center"]["tier"] == "national"
    assert body["center"]["version"] == center["version"] + 1
    assert (await get_center(stack.registry, admin, center["id"]))["tier"] == "national"


async def test_the_same_upgrade_twice_is_201_then_200_and_changes_nothing(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    first = await upgrade(stack, admin, center["id"])
    assert first.status_code == 201, first.text
    again = await upgrade(stack, admin, center["id"])
    assert again.status_code == 200, again.text
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["center"]["version"] == first.json()["center"]["version"]


async def test_the_same_tier_with_different_facts_is_409(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    assert (await upgrade(stack, admin, center["id"])).status_code == 201
    different = await upgrade(stack, admin, center["id"], total_share_capital="250000000.00")
    problem_of(different, 409, "upgrade-conflict")
    other_document = await upgrade(stack, admin, center["id"], document_no="粤工信函〔2025〕99号")
    problem_of(other_document, 409, "upgrade-conflict")


async def test_a_tier_never_goes_down(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    assert (await upgrade(stack, admin, center["id"], to_tier="national")).status_code == 201
    problem_of(await upgrade(stack, admin, center["id"], to_tier="provincial"), 409, "upgrade-not-allowed")
    assert (await get_center(stack.registry, admin, center["id"]))["tier"] == "national"


@contextlib.contextmanager
def statements_sent(stack: Stack) -> Iterator[list[str]]:
    """The SQL registry sends meanwhile (its engine's cursor executions)."""
    sent: list[str] = []
    engine = runtime_of(stack.apps["registry"]).engine.sync_engine

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", note)


async def upgrade_events(stack: Stack, center_id: str) -> list[OutboxRecord]:
    return [r for r in await outbox_of(stack, center_id) if r.event_type == UPGRADED]


async def test_an_upgrade_locks_the_center_and_writes_its_rows_in_one_statement(
    stack: Stack, admin: str
) -> None:
    """In the request's transaction: the center read with its lock, then its upgrade to that tier,
    then the tier, the upgrade and the event in one statement (docs/decisions/0010), read around
    by the audit trail, then its entry after the log's lock (docs/decisions/0020)."""
    center = await operating_center(stack.registry, admin)
    with statements_sent(stack) as sent:
        assert (await upgrade(stack, admin, center["id"])).status_code == 201
    ours = [" ".join(s.split()) for s in sent if "outbox_record SET" not in s]  # not the relay's
    assert ours[0].startswith("SELECT center.id")
    assert ours[0].endswith("FOR UPDATE")
    assert ours[1].startswith("SELECT center_upgrade.id")
    writes = [s for s in ours if "INSERT" in s or "UPDATE" in s.split(" FOR UPDATE")[0]]
    assert len(writes) == 2, writes  # the center's rows and event in one, the audit entry
    assert writes[0].startswith("WITH write_0_0 AS (UPDATE center SET")
    assert "INSERT INTO outbox_record" in writes[0]
    assert writes[1].startswith("INSERT INTO audit_entry")
    assert len(await upgrade_events(stack, center["id"])) == 1


async def test_concurrent_upgrades_of_one_center_take_turns(stack: Stack, admin: str) -> None:
    """The same upgrade twice at once: one records it (201), the other finds it (200), one event;
    two different upgrades to one tier at once: one wins, the other is 409."""
    same = await operating_center(stack.registry, admin)
    twice = await asyncio.gather(*(upgrade(stack, admin, same["id"]) for _ in range(2)))
    assert sorted(r.status_code for r in twice) == [200, 201]
    assert len(await upgrade_events(stack, same["id"])) == 1
    contested = await operating_center(stack.registry, admin)
    different = await asyncio.gather(
        upgrade(stack, admin, contested["id"], total_share_capital="100000000.00"),
        upgrade(stack, admin, contested["id"], total_share_capital="300000000.00"),
    )
    assert sorted(r.status_code for r in different) == [201, 409]
    assert len(await upgrade_events(stack, contested["id"])) == 1


async def waiting_on_a_lock(stack: Stack) -> bool:
    """Whether a registry backend waits for a row lock (the upgrade's FOR UPDATE)."""
    engine = runtime_of(stack.apps["registry"]).engine
    async with engine.connect() as conn:
        waiting = await conn.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND query LIKE 'SELECT center.id%FOR UPDATE'"
            )
        )
    return bool(waiting)


@pytest.mark.parametrize("meanwhile", ["edited", "revoked"])
async def test_an_upgrade_waits_for_a_change_holding_the_center_and_decides_on_what_it_left(
    stack: Stack, admin: str, meanwhile: str
) -> None:
    """Another officer's transaction holds the center when the upgrade arrives: the upgrade waits
    for its lock, then decides on the committed change. An edit still lets it through (once); a
    revocation refuses it, with no upgrade and no event."""
    center = await operating_center(stack.registry, admin)
    engine = runtime_of(stack.apps["registry"]).engine
    async with engine.connect() as conn:
        holding = await conn.begin()
        await conn.execute(
            text("SELECT id FROM center WHERE id = :id FOR UPDATE"), {"id": uuid.UUID(center["id"])}
        )
        pending = asyncio.create_task(upgrade(stack, admin, center["id"], to_tier="national"))
        assert await eventually(lambda: waiting_on_a_lock(stack), what="the upgrade to wait for the lock")
        await conn.execute(
            text("UPDATE center SET version = version + 1, status = :status WHERE id = :id"),
            {"status": "revoked" if meanwhile == "revoked" else "operating", "id": uuid.UUID(center["id"])},
        )
        await holding.commit()
    response = await pending
    after = await get_center(stack.registry, admin, center["id"])
    if meanwhile == "revoked":
        problem_of(response, 409, "upgrade-not-allowed")
        assert after["tier"] == "municipal"
        assert await upgrade_events(stack, center["id"]) == []
    else:
        assert response.status_code == 201, response.text
        assert after["tier"] == "national"
        assert after["version"] == center["version"] + 2  # the edit's, then the upgrade's
        assert len(await upgrade_events(stack, center["id"])) == 1


async def test_provincial_then_national_is_allowed(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    assert (await upgrade(stack, admin, center["id"], to_tier="provincial")).status_code == 201
    national = await upgrade(
        stack, admin, center["id"], to_tier="national", document_no="工信部科函〔2026〕1号"
    )
    assert national.status_code == 201, national.text
    assert national.json()["from_tier"] == "provincial"


async def test_an_upgrade_to_municipal_is_422(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    body = problem_of(await upgrade(stack, admin, center["id"], to_tier="municipal"), 422)
    assert error_fields(body) == {"to_tier"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("total_share_capital", 1.5),
        ("total_share_capital", 200000000.0),
        ("paid_in_capital", 1.5),
        ("total_share_capital", "1.234"),
        ("total_share_capital", "-1.00"),
        ("total_share_capital", "lots"),
    ],
    ids=["float", "whole-float", "paid-in-float", "three-places", "negative", "text"],
)
async def test_money_that_is_not_a_decimal_string_is_422(
    stack: Stack, admin: str, field: str, value: Any
) -> None:
    center = await operating_center(stack.registry, admin)
    body = problem_of(await upgrade(stack, admin, center["id"], **{field: value}), 422, "validation-failed")
    assert error_fields(body) == {field}
    assert (await get_center(stack.registry, admin, center["id"]))["tier"] == "municipal"


async def test_an_approval_date_in_the_future_is_422(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    tomorrow = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=2)).isoformat()
    body = problem_of(await upgrade(stack, admin, center["id"], approved_on=tomorrow), 422)
    assert error_fields(body) == {"approved_on"}


@pytest.mark.parametrize("role", ["district_admin", "finance_officer"])
async def test_only_a_municipal_admin_records_an_upgrade(
    stack: Stack, admin: str, token: TokenFactory, role: str
) -> None:
    center = await operating_center(stack.registry, admin)
    tok = token(role, district=center["district"] if role == "district_admin" else None)
    problem_of(await upgrade(stack, tok, center["id"]), 403, "forbidden")


# Reference data.


async def test_industries_are_the_15_clusters_in_three_groups_and_2_future(stack: Stack) -> None:
    response = await stack.registry.get("/api/v1/industries")
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert len(items) == 17
    by_group: dict[str, set[str]] = {}
    for item in items:
        by_group.setdefault(item["group"], set()).add(item["name_zh"])
    assert by_group == {
        "emerging_pillar": {
            "智能网联与新能源汽车",
            "超高清视频与新型显示",
            "生物医药与健康",
            "绿色石化与新材料",
            "软件与互联网",
            "智能装备与机器人",
        },
        "strategic_leading": {
            "人工智能",
            "半导体与集成电路",
            "新能源与新型储能",
            "低空经济与航空航天",
            "生物制造",
        },
        "distinctive_advantage": {"时尚消费品", "轨道交通", "船舶与海洋工程", "智能建造与工业化建筑"},
        "future": {"具身智能", "细胞与基因"},
    }
    assert len({i["code"] for i in items}) == 17
    assert all(i["name_en"] for i in items)


async def test_industries_filter_by_group(stack: Stack) -> None:
    response = await stack.registry.get("/api/v1/industries", params={"group": "future"})
    assert response.status_code == 200
    assert {i["code"] for i in response.json()["items"]} == {"embodied_ai", "cell_gene"}


async def test_districts_are_the_11_of_guangzhou(stack: Stack) -> None:
    response = await stack.registry.get("/api/v1/districts")
    assert response.status_code == 200
    assert {d["code"] for d in response.json()["items"]} == {
        "yuexiu", "haizhu", "liwan", "tianhe", "baiyun", "huangpu", "panyu", "huadu", "nansha",
        "conghua", "zengcheng",
    }  # fmt: skip


async def test_a_center_may_sit_in_a_future_industry(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, cluster_code="embodied_ai")
    assert center["cluster_code"] == "embodied_ai"


# Pagination, on a database of its own so the counts are exact.


@pytest.fixture(scope="module")
async def empty_stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(), broker.bootstrap_servers, services=("registry",)
    ) as running:
        yield running


@pytest.fixture(scope="module")
async def five_centers(empty_stack: Stack, admin: str) -> list[str]:
    return [(await create_center(empty_stack.registry, admin))["id"] for _ in range(5)]


async def test_pages_of_two_cover_every_center_once_in_order(
    empty_stack: Stack, admin: str, five_centers: list[str]
) -> None:
    pages: list[list[str]] = []
    cursors: list[str | None] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        response = await empty_stack.registry.get("/api/v1/centers", params=params, headers=bearer(admin))
        assert response.status_code == 200, response.text
        pages.append([c["id"] for c in response.json()["items"]])
        cursor = response.json()["next_cursor"]
        cursors.append(cursor)
        if cursor is None or len(pages) > 5:
            break
    assert [len(p) for p in pages] == [2, 2, 1]
    assert cursors[0] is not None
    assert cursors[1] is not None
    assert cursors[2] is None
    flat = [i for p in pages for i in p]
    assert len(flat) == len(set(flat)) == 5
    assert set(flat) == set(five_centers)
    whole = await empty_stack.registry.get("/api/v1/centers", headers=bearer(admin))
    assert [c["id"] for c in whole.json()["items"]] == flat
    assert whole.json()["next_cursor"] is None
    created = [c["created_at"] for c in whole.json()["items"]]
    assert created == sorted(created)


async def test_a_page_that_holds_the_rest_exactly_has_no_next_cursor(
    empty_stack: Stack, admin: str, five_centers: list[str]
) -> None:
    response = await empty_stack.registry.get("/api/v1/centers", params={"limit": 5}, headers=bearer(admin))
    assert len(response.json()["items"]) == 5
    assert response.json()["next_cursor"] is None


async def test_a_filter_applies_across_pages(empty_stack: Stack, admin: str, five_centers: list[str]) -> None:
    seen: list[str] = []
    cursor: str | None = None
    for _ in range(6):
        params: dict[str, Any] = {"limit": 1, "status": "draft", **({"cursor": cursor} if cursor else {})}
        response = await empty_stack.registry.get("/api/v1/centers", params=params, headers=bearer(admin))
        seen.extend(c["id"] for c in response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(five_centers)
    none = await empty_stack.registry.get(
        "/api/v1/centers", params={"status": "operating"}, headers=bearer(admin)
    )
    assert none.json() == {"items": [], "next_cursor": None}


@pytest.mark.parametrize("limit", [0, -1, 201])
async def test_a_limit_outside_1_to_200_is_422(empty_stack: Stack, admin: str, limit: int) -> None:
    response = await empty_stack.registry.get(
        "/api/v1/centers", params={"limit": limit}, headers=bearer(admin)
    )
    assert error_fields(problem_of(response, 422, "validation-failed")) == {"limit"}


@pytest.mark.parametrize("cursor", ["not-a-cursor", "bm9wZQ", "W10"], ids=["garbage", "nope", "empty-list"])
async def test_a_cursor_the_api_did_not_issue_is_422(empty_stack: Stack, admin: str, cursor: str) -> None:
    response = await empty_stack.registry.get(
        "/api/v1/centers", params={"cursor": cursor}, headers=bearer(admin)
    )
    assert error_fields(problem_of(response, 422, "validation-failed")) == {"cursor"}
