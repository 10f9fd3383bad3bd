"""Application scenarios (`五(六)` 开放应用场景) through the API, against real PostgreSQL and the
real broker: who opens, sees and moves them, what a scenario must hold, and what it announces."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import update

from scenarios.scenarios.models import Scenario
from services.scenarios.tests.scenario_fixtures import (
    ADMIN,
    PUBLISHER,
    SCENARIOS,
    ScenariosEnv,
    if_match,
    scenario_body,
)
from shared.china_time import china_today
from shared.contracts import scenarios as contract
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import eventually
from tests.problems import error_fields, problem_of

# The actions that bring a new draft to each status.
PATH_TO = {
    "draft": [],
    "published": ["publish"],
    "matching": ["publish", "start_matching"],
    "piloting": ["publish", "start_matching", "start_pilot"],
    "completed": ["publish", "start_matching", "start_pilot", "complete"],
    "closed": ["publish", "close"],
}
# The lifecycle as the API states it: each action and the status it leaves from.
SOURCES = {
    "publish": {"draft"},
    "start_matching": {"published"},
    "start_pilot": {"matching"},
    "complete": {"piloting"},
    "close": {"draft", "published", "matching", "piloting"},
}
TARGET = {
    "publish": "published",
    "start_matching": "matching",
    "start_pilot": "piloting",
    "complete": "completed",
    "close": "closed",
}


async def scenario_in(env: ScenariosEnv, tok: str, status: str) -> dict[str, Any]:
    """A scenario of the token's holder, walked to ``status``."""
    return await env.walk(tok, await env.create(tok), *PATH_TO[status])


async def read(env: ScenariosEnv, tok: str, scenario_id: str) -> Any:
    return await env.api.get(f"{SCENARIOS}/{scenario_id}", headers=bearer(tok))


# Opening a scenario.


async def test_a_publisher_opens_a_draft_with_the_public_data_resources_it_provides(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    tok = token(PUBLISHER, sub="huangpu-bureau")
    response = await env.api.post(SCENARIOS, json=scenario_body(), headers=bearer(tok))
    assert response.status_code == 201, response.text
    created = response.json()
    assert response.headers["ETag"] == '"1"'
    assert (created["status"], created["version"], created["created_by"]) == ("draft", 1, "huangpu-bureau")
    assert (created["budget_amount"], created["published_at"]) == ("5000000.00", None)
    assert created["allowed_actions"] == ["publish", "close"]
    assert created["tags"] == ["车路协同", "自动驾驶"]
    [resource] = created["data_resources"]
    assert resource["name"] == "路口信号灯实时配时数据"
    assert resource["access_terms"] == "签订数据使用协议后开放，仅限本场景验证使用"
    again = await read(env, tok, created["id"])
    assert again.status_code == 200, again.text
    assert again.json() == created
    assert again.headers["ETag"] == '"1"'
    assert await env.outbox(created["id"]) == []  # a draft is nobody's news


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (PUBLISHER, 201),
        (ADMIN, 201),
        ("district_admin", 403),
        ("center_user", 403),
        ("expert", 403),
        ("talent_officer", 403),
        ("integration", 403),
    ],
)
async def test_who_may_open_a_scenario(
    env: ScenariosEnv, token: TokenFactory, role: str, status: int
) -> None:
    response = await env.api.post(SCENARIOS, json=scenario_body(), headers=bearer(token(role)))
    assert response.status_code == status, response.text
    if status == 403:
        problem_of(response, 403, "forbidden")


async def test_without_a_token_nothing_is_opened_or_read(env: ScenariosEnv) -> None:
    problem_of(await env.api.post(SCENARIOS, json=scenario_body()), 401)
    problem_of(await env.api.get(SCENARIOS), 401)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cluster_code", "quantum_computing"),
        ("cluster_code", "人工智能"),
        ("district", "futian"),
        ("district", "Tianhe"),
        ("title", "   "),
        ("description", ""),
        ("publisher", None),
        ("tags", ["x" * 51]),
        ("tags", [f"标签{n}" for n in range(21)]),
        ("data_resources", [{"name": "数据", "owner_department": "某局", "format": "CSV"}]),
    ],
)
async def test_a_scenario_that_does_not_hold_is_a_422_naming_the_field(
    env: ScenariosEnv, token: TokenFactory, field: str, value: Any
) -> None:
    response = await env.api.post(
        SCENARIOS, json=scenario_body(**{field: value}), headers=bearer(token(PUBLISHER))
    )
    body = problem_of(response, 422, "validation-failed")
    assert {f.split(".")[0] for f in error_fields(body)} == {field}, body


@pytest.mark.parametrize(
    ("budget", "stored"),
    [("5000000.00", "5000000.00"), ("12.5", "12.50"), (3000000, "3000000.00"), ("0", "0.00")],
)
async def test_the_budget_is_yuan_with_two_places(
    env: ScenariosEnv, token: TokenFactory, budget: Any, stored: str
) -> None:
    created = await env.create(token(PUBLISHER), budget_amount=budget)
    assert created["budget_amount"] == stored


@pytest.mark.parametrize("budget", [5000000.5, 1.0, "12.345", "-1.00", "一百万", "1e3x", None])
async def test_a_budget_that_is_not_money_is_a_422_on_budget_amount(
    env: ScenariosEnv, token: TokenFactory, budget: Any
) -> None:
    response = await env.api.post(
        SCENARIOS, json=scenario_body(budget_amount=budget), headers=bearer(token(PUBLISHER))
    )
    assert error_fields(problem_of(response, 422)) == {"budget_amount"}


async def test_a_deadline_already_over_in_china_is_refused_and_today_is_taken(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    yesterday = (china_today() - dt.timedelta(days=1)).isoformat()
    response = await env.api.post(
        SCENARIOS, json=scenario_body(deadline=yesterday), headers=bearer(token(PUBLISHER))
    )
    assert error_fields(problem_of(response, 422)) == {"deadline"}
    created = await env.create(token(PUBLISHER), deadline=china_today().isoformat())
    assert created["deadline"] == china_today().isoformat()


async def test_tags_are_written_one_way_and_kept_once_in_their_order(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    created = await env.create(token(PUBLISHER), tags=["５Ｇ", " 5G ", "车路  协同", "车路 协同", "AI"])
    assert created["tags"] == ["5G", "车路 协同", "AI"]


# Who sees a scenario.


async def test_a_draft_is_seen_by_its_publisher_and_the_city_only_and_a_published_one_by_everybody(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    own = token(PUBLISHER, sub="tianhe-bureau")
    draft = await env.create(own, title="天河区智慧楼宇能耗监测场景")
    others = [
        token(PUBLISHER, sub="another-bureau"),
        token("center_user", center="0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11"),
        token("district_admin", district="tianhe"),
        token("expert"),
    ]
    for tok in [own, token(ADMIN)]:
        assert (await read(env, tok, draft["id"])).status_code == 200
        listed = await env.api.get(SCENARIOS, params={"limit": 200}, headers=bearer(tok))
        assert draft["id"] in {s["id"] for s in listed.json()["items"]}
    for tok in others:
        problem_of(await read(env, tok, draft["id"]), 404, "scenario-not-found")
        problem_of(await env.api.get(f"{SCENARIOS}/{draft['id']}/history", headers=bearer(tok)), 404)
        listed = await env.api.get(SCENARIOS, params={"limit": 200}, headers=bearer(tok))
        assert draft["id"] not in {s["id"] for s in listed.json()["items"]}
    published = await env.walk(own, draft, "publish")
    for tok in others:
        seen = await read(env, tok, draft["id"])
        assert (seen.status_code, seen.json()["status"]) == (200, "published")
        listed = await env.api.get(
            SCENARIOS, params={"status": "published", "limit": 200}, headers=bearer(tok)
        )
        assert published["id"] in {s["id"] for s in listed.json()["items"]}


async def test_a_draft_closed_unpublished_stays_private_and_is_never_announced(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    own = token(PUBLISHER, sub="panyu-bureau")
    closed = await env.walk(own, await env.create(own), "close")
    assert (closed["status"], closed["published_at"]) == ("closed", None)
    problem_of(await read(env, token(PUBLISHER, sub="someone-else"), closed["id"]), 404)
    assert await env.outbox(closed["id"]) == []


# The lifecycle, by status and by role.


@pytest.mark.parametrize("action", list(SOURCES))
@pytest.mark.parametrize("status", list(PATH_TO))
async def test_each_action_is_taken_from_its_statuses_and_refused_from_the_others(
    env: ScenariosEnv, token: TokenFactory, action: str, status: str
) -> None:
    tok = token(PUBLISHER, sub="lifecycle-bureau")
    scenario = await scenario_in(env, tok, status)
    response = await env.act(tok, scenario, action, comment="依据工作方案处理")
    if status in SOURCES[action]:
        assert response.status_code == 200, response.text
        moved = response.json()
        assert (moved["status"], moved["version"]) == (TARGET[action], scenario["version"] + 1)
        assert response.headers["ETag"] == f'"{moved["version"]}"'
    else:
        problem = problem_of(response, 409, "action-not-allowed")
        assert problem["scenario_status"] == status
        assert problem["allowed_actions"] == [a for a, sources in SOURCES.items() if status in sources]
        assert (await read(env, tok, scenario["id"])).json()["version"] == scenario["version"]


CALLERS = {
    # who, and what they get acting on another's scenario: (while a draft, once published)
    "own_publisher": (200, 200),
    "municipal_admin": (200, 200),
    "other_publisher": (404, 403),  # another's draft is not theirs to see
    "district_admin": (403, 403),
    "center_user": (403, 403),
    "expert": (403, 403),
}
# Each action from a status it leaves from; close both before and after publication.
ACTION_FROM = [
    ("publish", "draft"),
    ("start_matching", "published"),
    ("start_pilot", "matching"),
    ("complete", "piloting"),
    ("close", "draft"),
    ("close", "published"),
]


def caller_token(token: TokenFactory, caller: str) -> str:
    subs = {"own_publisher": "owner-bureau", "other_publisher": "other-bureau"}
    if caller in subs:
        return token(PUBLISHER, sub=subs[caller])
    return token(caller, district="huangpu" if caller == "district_admin" else None)


@pytest.mark.parametrize("caller", list(CALLERS))
@pytest.mark.parametrize(("action", "status"), ACTION_FROM)
async def test_only_the_own_publisher_and_the_city_take_an_action(
    env: ScenariosEnv, token: TokenFactory, action: str, status: str, caller: str
) -> None:
    owner = token(PUBLISHER, sub="owner-bureau")
    scenario = await scenario_in(env, owner, status)
    response = await env.act(caller_token(token, caller), scenario, action, comment="处理说明")
    expected = CALLERS[caller][0 if status == "draft" else 1]
    assert response.status_code == expected, response.text
    after = (await read(env, owner, scenario["id"])).json()
    assert after["status"] == (TARGET[action] if expected == 200 else status)


async def test_closing_says_why(env: ScenariosEnv, token: TokenFactory) -> None:
    tok = token(PUBLISHER)
    scenario = await scenario_in(env, tok, "matching")
    assert error_fields(problem_of(await env.act(tok, scenario, "close"), 422)) == {"comment"}
    closed = await env.act(tok, scenario, "close", comment="需求方预算调整，场景取消")
    assert closed.json()["status"] == "closed"


async def test_a_draft_past_its_deadline_is_not_published(env: ScenariosEnv, token: TokenFactory) -> None:
    tok = token(PUBLISHER)
    draft = await env.create(tok)
    async with env.sessionmaker() as session, session.begin():  # a draft left lying past its deadline
        await session.execute(
            update(Scenario)
            .where(Scenario.id == draft["id"])
            .values(deadline=china_today() - dt.timedelta(days=1))
        )
    problem_of(await env.act(tok, draft, "publish"), 409, "deadline-passed")
    tomorrow = (china_today() + dt.timedelta(days=1)).isoformat()
    patched = await env.api.patch(
        f"{SCENARIOS}/{draft['id']}", json={"deadline": tomorrow}, headers=if_match(tok, draft)
    )
    assert patched.status_code == 200, patched.text
    assert (await env.act(tok, patched.json(), "publish")).json()["status"] == "published"


async def test_every_step_is_in_the_history_with_who_when_from_to_and_why(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    own = token(PUBLISHER, sub="history-bureau")
    scenario = await env.walk(own, await env.create(own), "publish")
    closed = await env.act(token(ADMIN, sub="city-admin"), scenario, "close", comment="场景合并")
    assert closed.status_code == 200, closed.text
    response = await env.api.get(f"{SCENARIOS}/{scenario['id']}/history", headers=bearer(token("expert")))
    steps = response.json()
    assert [(s["action"], s["from_status"], s["to_status"], s["acted_by"], s["acted_as"]) for s in steps] == [
        ("publish", "draft", "published", "history-bureau", PUBLISHER),
        ("close", "published", "closed", "city-admin", ADMIN),
    ]
    assert (steps[0]["note"], steps[1]["note"]) == ("publish 说明", "场景合并")
    assert steps[0]["acted_at"] <= steps[1]["acted_at"]


# Versions: ETag and If-Match.


async def test_an_action_or_an_edit_needs_the_current_if_match(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    tok = token(PUBLISHER)
    draft = await env.create(tok)
    url = f"{SCENARIOS}/{draft['id']}"
    problem_of(await env.api.post(f"{url}/actions/publish", json={}, headers=bearer(tok)), 428)
    problem_of(await env.api.patch(url, json={"title": "新标题"}, headers=bearer(tok)), 428)
    edited = await env.api.patch(url, json={"title": "新标题"}, headers=if_match(tok, draft))
    assert (edited.status_code, edited.headers["ETag"]) == (200, '"2"'), edited.text
    problem_of(await env.act(tok, draft, "publish"), 412, "precondition-failed")  # read at version 1
    problem_of(await env.api.patch(url, json={"title": "再改"}, headers=if_match(tok, draft)), 412)
    assert (await read(env, tok, draft["id"])).json()["title"] == "新标题"


async def test_a_draft_is_edited_field_by_field_and_a_published_scenario_stays_as_published(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    tok = token(PUBLISHER)
    draft = await env.create(tok)
    resources = [
        {
            "name": "企业用电数据",
            "owner_department": "广州供电局",
            "format": "CSV",
            "access_terms": "脱敏后按月提供",
        },
        {
            "name": "园区地图",
            "owner_department": "市规划和自然资源局",
            "format": "GIS",
            "access_terms": "申请后开放",
        },
    ]
    body = {
        "budget_amount": "6000000.00",
        "tags": ["能耗"],
        "data_resources": resources,
        "district": "tianhe",
    }
    response = await env.api.patch(f"{SCENARIOS}/{draft['id']}", json=body, headers=if_match(tok, draft))
    assert response.status_code == 200, response.text
    edited = response.json()
    assert (edited["budget_amount"], edited["tags"], edited["district"]) == ("6000000.00", ["能耗"], "tianhe")
    assert [r["name"] for r in edited["data_resources"]] == ["企业用电数据", "园区地图"]
    assert (edited["title"], edited["version"]) == (draft["title"], 2)
    nulled = await env.api.patch(
        f"{SCENARIOS}/{draft['id']}", json={"title": None}, headers=if_match(tok, edited)
    )
    assert error_fields(problem_of(nulled, 422)) == {"title"}
    bad = await env.api.patch(
        f"{SCENARIOS}/{draft['id']}", json={"cluster_code": "nope"}, headers=if_match(tok, edited)
    )
    assert error_fields(problem_of(bad, 422)) == {"cluster_code"}
    published = await env.walk(tok, edited, "publish")
    late = await env.api.patch(
        f"{SCENARIOS}/{draft['id']}", json={"title": "改"}, headers=if_match(tok, published)
    )
    assert problem_of(late, 409, "scenario-not-draft")["scenario_status"] == "published"
    other = token(PUBLISHER, sub="not-the-owner")
    theirs = await env.api.patch(
        f"{SCENARIOS}/{draft['id']}", json={"title": "改"}, headers=if_match(other, published)
    )
    problem_of(theirs, 403)


# Creates are idempotent.


async def test_the_same_idempotency_key_and_body_open_one_scenario(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    tok = token(PUBLISHER, sub="idempotent-bureau")
    headers = {**bearer(tok), "Idempotency-Key": "scenario-2025-001"}
    body = scenario_body(title="南沙港区无人集卡场景")
    first = await env.api.post(SCENARIOS, json=body, headers=headers)
    again = await env.api.post(SCENARIOS, json=body, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()
    assert (again.headers["Idempotent-Replayed"], again.headers["ETag"]) == ("true", '"1"')
    listed = await env.api.get(SCENARIOS, params={"limit": 200}, headers=bearer(tok))
    assert [s["title"] for s in listed.json()["items"]].count("南沙港区无人集卡场景") == 1
    other = await env.api.post(SCENARIOS, json={**body, "title": "另一个"}, headers=headers)
    assert error_fields(problem_of(other, 422)) == {"Idempotency-Key"}


# What a scenario announces.


async def test_publication_puts_the_scenario_with_its_data_resources_in_the_outbox_and_on_the_broker(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    tok = token(PUBLISHER, sub="events-bureau")
    draft = await env.create(tok)
    published = await env.walk(tok, draft, "publish")
    [row] = await env.outbox(draft["id"])
    assert (row.topic, row.event_type, row.key) == (
        contract.SCENARIO_TOPIC,
        contract.SCENARIO_PUBLISHED,
        draft["id"],
    )
    assert (row.envelope["source"], row.envelope["subject"]) == (contract.SOURCE, draft["id"])
    event = contract.ScenarioPublished.model_validate(row.envelope["data"])
    assert event.published_by == "events-bureau"
    snapshot = event.scenario
    assert (str(snapshot.id), snapshot.status, snapshot.version) == (draft["id"], "published", 2)
    assert row.envelope["data"]["scenario"]["budget_amount"] == "5000000.00"
    assert [r.name for r in snapshot.data_resources] == [r["name"] for r in draft["data_resources"]]
    assert snapshot.data_resources[0].access_terms == draft["data_resources"][0]["access_terms"]
    assert (snapshot.tags, snapshot.district, snapshot.publisher) == (
        draft["tags"],
        "huangpu",
        draft["publisher"],
    )

    async def sent() -> bool:
        [current] = await env.outbox(draft["id"])
        return current.sent_at is not None

    await eventually(sent, what="the relay to publish scenario.published")
    await env.walk(tok, published, "start_matching")
    changed = await env.outbox(draft["id"], contract.SCENARIO_STATUS_CHANGED)
    [status_changed] = [contract.ScenarioStatusChanged.model_validate(r.envelope["data"]) for r in changed]
    assert (status_changed.action, status_changed.from_status, status_changed.to_status) == (
        "start_matching",
        "published",
        "matching",
    )
    assert (status_changed.acted_by, status_changed.scenario.version) == ("events-bureau", 3)


@pytest.mark.parametrize("status", ["matching", "piloting", "completed", "closed"])
async def test_every_status_change_after_publication_is_announced_once(
    env: ScenariosEnv, token: TokenFactory, status: str
) -> None:
    scenario = await scenario_in(env, token(PUBLISHER), status)
    rows = await env.outbox(scenario["id"])
    assert [r.event_type for r in rows] == [contract.SCENARIO_PUBLISHED] + [
        contract.SCENARIO_STATUS_CHANGED
    ] * (len(PATH_TO[status]) - 1)
    last = contract.ScenarioStatusChanged.model_validate(rows[-1].envelope["data"])
    assert (last.to_status, last.scenario.status) == (status, status)


# Lists.


async def test_lists_filter_by_status_cluster_district_and_tag(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    tok = token(PUBLISHER, sub="filter-bureau")
    wanted = await env.create(
        tok, cluster_code="low_altitude_aerospace", district="conghua", tags=["无人机物流", "山区配送"]
    )
    await env.create(tok, cluster_code="low_altitude_aerospace", district="huadu", tags=["无人机物流"])
    await env.create(tok, cluster_code="biomanufacturing", district="conghua", tags=["山区配送"])

    async def ids(**params: str) -> list[str]:
        response = await env.api.get(SCENARIOS, params={**params, "limit": "200"}, headers=bearer(tok))
        assert response.status_code == 200, response.text
        return [s["id"] for s in response.json()["items"]]

    both = {"cluster_code": "low_altitude_aerospace", "district": "conghua"}
    assert await ids(**both) == [wanted["id"]]
    assert await ids(tag="山区配送", district="conghua", cluster_code="low_altitude_aerospace") == [
        wanted["id"]
    ]
    assert wanted["id"] in await ids(status="draft", tag="无人机物流")
    assert wanted["id"] not in await ids(status="published")
    for name, value in [("cluster_code", "mars"), ("district", "shenzhen"), ("status", "archived")]:
        response = await env.api.get(SCENARIOS, params={name: value}, headers=bearer(tok))
        assert error_fields(problem_of(response, 422)) == {name}
    problem_of(await env.api.get(SCENARIOS, params={"clusters": "x"}, headers=bearer(tok)), 422)


async def test_a_list_pages_with_its_cursor(env: ScenariosEnv, token: TokenFactory) -> None:
    tok = token(PUBLISHER, sub="paging-bureau")
    made = [(await env.create(tok, tags=["分页测试"]))["id"] for _ in range(3)]
    first = (await env.api.get(SCENARIOS, params={"tag": "分页测试", "limit": 2}, headers=bearer(tok))).json()
    assert [s["id"] for s in first["items"]] == made[:2]
    rest = await env.api.get(
        SCENARIOS, params={"tag": "分页测试", "limit": 2, "cursor": first["next_cursor"]}, headers=bearer(tok)
    )
    assert ([s["id"] for s in rest.json()["items"]], rest.json()["next_cursor"]) == (made[2:], None)
