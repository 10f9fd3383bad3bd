"""Matching (产业场景应用对接, `五(六)`) through the API, against real PostgreSQL and the real broker:
ranked suggestions computed live, and matches both sides accept."""

from __future__ import annotations

from typing import Any

import pytest

from services.scenarios.tests.scenario_fixtures import (
    ADMIN,
    MATCHES,
    OFFERINGS,
    PUBLISHER,
    SCENARIOS,
    ScenariosEnv,
    center_user,
    if_match,
)
from shared.contracts import scenarios as contract
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import eventually
from tests.problems import problem_of

ROBOT_SCENARIO = {
    "title": "汽车零部件产线机械臂上下料场景",
    "description": "在花都区汽车零部件工厂开放冲压产线，验证机械臂自动上下料与视觉定位。",
    "cluster_code": "intelligent_equipment_robotics",
    "tags": ["上下料"],
}
ROBOT_OFFERING = {
    "name": "六轴工业机器人上下料工作站",
    "description": "面向冲压产线的工业机器人工作站，集成视觉定位，适配汽车零部件上下料。",
    "cluster_code": "intelligent_equipment_robotics",
    "tags": ["上下料", "视觉定位"],
}


async def suggestions(env: ScenariosEnv, tok: str, path: str, limit: int = 50) -> list[dict[str, Any]]:
    response = await env.api.get(path, params={"limit": limit}, headers=bearer(tok))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def robot_pair(env: ScenariosEnv, token: TokenFactory) -> tuple[dict[str, Any], dict[str, Any], str]:
    """A published robot scenario of ``publisher-1`` and an offering of a new center; its center id."""
    scenario = await env.walk(
        token(PUBLISHER, sub="publisher-1"),
        await env.create(token(PUBLISHER, sub="publisher-1"), **ROBOT_SCENARIO),
        "publish",
    )
    center = await env.registry.center()
    offering = await env.offer(center_user(token, center), center, **ROBOT_OFFERING)
    return scenario, offering, center


def of(items: list[dict[str, Any]], key: str, value: str) -> dict[str, Any] | None:
    return next((item for item in items if item[key] == value), None)


async def test_a_scenario_asking_for_机械臂_finds_an_offering_of_工业机器人_explained_with_both_forms(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    items = await suggestions(env, token("expert"), f"{SCENARIOS}/{scenario['id']}/matches")
    found = of(items, "offering_id", offering["id"])
    assert found is not None, items
    assert found["center_id"] == center
    assert found["score"] > 0
    explanation = found["explanation"]
    assert explanation["cluster_match"] is True
    assert explanation["matched_tags"] == ["上下料"]
    robot = next(t for t in explanation["matched_terms"] if t["term"] == "机器人")
    assert "机械臂" in robot["scenario_forms"]
    assert "工业机器人" in robot["offering_forms"]
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)


async def test_the_limit_is_ten_by_default_and_at_most_fifty(env: ScenariosEnv, token: TokenFactory) -> None:
    scenario, _offering, _center = await robot_pair(env, token)
    path = f"{SCENARIOS}/{scenario['id']}/matches"
    assert len(await suggestions(env, token("expert"), path, limit=1)) == 1
    response = await env.api.get(path, params={"limit": 51}, headers=bearer(token("expert")))
    problem_of(response, 422)


async def test_a_revoked_centers_offerings_disappear_from_the_matches(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    path = f"{SCENARIOS}/{scenario['id']}/matches"
    assert of(await suggestions(env, token("expert"), path), "offering_id", offering["id"]) is not None
    await env.registry.set_status(center, "revoked")

    async def gone() -> bool:
        return of(await suggestions(env, token("expert"), path), "offering_id", offering["id"]) is None

    assert await eventually(gone, what="the revoked center's offering left the matches")


async def test_an_offering_finds_published_and_matching_scenarios_but_no_draft(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    publisher = token(PUBLISHER, sub="publisher-1")
    matching = await env.walk(
        publisher, await env.create(publisher, **ROBOT_SCENARIO), "publish", "start_matching"
    )
    draft = await env.create(publisher, **ROBOT_SCENARIO)
    items = await suggestions(env, center_user(token, center), f"{OFFERINGS}/{offering['id']}/matches")
    found = of(items, "scenario_id", scenario["id"])
    assert found is not None
    assert of(items, "scenario_id", matching["id"]) is not None
    assert of(items, "scenario_id", draft["id"]) is None
    robot = next(t for t in found["explanation"]["matched_terms"] if t["term"] == "机器人")
    assert "机械臂" in robot["scenario_forms"]
    assert "工业机器人" in robot["offering_forms"]


async def test_a_draft_scenarios_matches_are_its_publishers_and_a_404_to_others(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    draft = await env.create(token(PUBLISHER, sub="publisher-1"), **ROBOT_SCENARIO)
    path = f"{SCENARIOS}/{draft['id']}/matches"
    assert (await env.api.get(path, headers=bearer(token(PUBLISHER, sub="publisher-1")))).status_code == 200
    problem_of(await env.api.get(path, headers=bearer(token(PUBLISHER, sub="publisher-2"))), 404)


# Matches: proposed by one side, accepted by the other.


async def test_the_publisher_proposes_and_the_center_accepts_and_the_match_is_announced(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    response = await env.propose(
        token(PUBLISHER, sub="publisher-1"), scenario["id"], offering["id"], "请对接"
    )
    assert response.status_code == 201, response.text
    match = response.json()
    assert (match["status"], match["proposed_side"], match["proposed_by"]) == (
        "proposed",
        "scenario",
        "publisher-1",
    )
    assert match["scenario_accepted_by"] == "publisher-1"
    assert match["center_accepted_by"] is None
    assert match["score"] > 0
    assert any(t["term"] == "机器人" for t in match["explanation"]["matched_terms"])
    assert response.headers["ETag"] == '"1"'
    assert await env.outbox(match["id"]) == []

    accepted = await env.api.post(
        f"{MATCHES}/{match['id']}/actions/accept",
        json={"comment": "同意"},
        headers=if_match(center_user(token, center, sub="center-staff"), match),
    )
    assert accepted.status_code == 200, accepted.text
    body = accepted.json()
    assert (body["status"], body["center_accepted_by"], body["allowed_actions"]) == (
        "accepted",
        "center-staff",
        [],
    )
    (row,) = await env.outbox(match["id"], contract.MATCH_ACCEPTED)
    assert row.topic == contract.MATCH_TOPIC
    event = contract.MatchAccepted.model_validate(row.envelope["data"])
    assert (str(event.offering_id), str(event.center_id), event.accepted_by) == (
        offering["id"],
        center,
        "center-staff",
    )
    history = await env.api.get(f"{MATCHES}/{match['id']}/history", headers=bearer(token(ADMIN)))
    assert [(s["action"], s["from_status"], s["to_status"], s["acted_by"]) for s in history.json()] == [
        ("accept", "proposed", "accepted", "center-staff")
    ]


async def test_the_center_proposes_and_the_publisher_declines(env: ScenariosEnv, token: TokenFactory) -> None:
    scenario, offering, center = await robot_pair(env, token)
    match = (await env.propose(center_user(token, center), scenario["id"], offering["id"])).json()
    assert (match["proposed_side"], match["center_accepted_by"]) == ("center", f"user-of-{center[:8]}")
    declined = await env.api.post(
        f"{MATCHES}/{match['id']}/actions/decline",
        json={},
        headers=if_match(token(PUBLISHER, sub="publisher-1"), match),
    )
    assert declined.status_code == 200, declined.text
    assert declined.json()["status"] == "declined"
    assert await env.outbox(match["id"]) == []


@pytest.mark.parametrize(
    ("caller", "status"),
    [
        ("own_publisher", 201),
        ("other_publisher", 403),
        ("city", 201),
        ("own_center_user", 201),
        ("other_center_user", 403),
        ("expert", 403),
    ],
)
async def test_who_may_propose_a_match(
    env: ScenariosEnv, token: TokenFactory, caller: str, status: int
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    tok = {
        "own_publisher": token(PUBLISHER, sub="publisher-1"),
        "other_publisher": token(PUBLISHER, sub="publisher-2"),
        "city": token(ADMIN),
        "own_center_user": center_user(token, center),
        "other_center_user": center_user(token, await env.registry.center()),
        "expert": token("expert"),
    }[caller]
    response = await env.propose(tok, scenario["id"], offering["id"])
    assert response.status_code == status, response.text


@pytest.mark.parametrize(
    ("caller", "status", "code"),
    [
        ("own_publisher", 409, "side-already-acted"),
        ("city", 409, "side-already-acted"),
        ("other_publisher", 404, None),  # a match is not theirs to see
        ("other_center_user", 404, None),
        ("own_center_user", 200, None),
    ],
)
async def test_who_may_answer_a_match_the_publisher_proposed(
    env: ScenariosEnv, token: TokenFactory, caller: str, status: int, code: str | None
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    match = (await env.propose(token(PUBLISHER, sub="publisher-1"), scenario["id"], offering["id"])).json()
    tok = {
        "own_publisher": token(PUBLISHER, sub="publisher-1"),
        "city": token(ADMIN),
        "other_publisher": token(PUBLISHER, sub="publisher-2"),
        "other_center_user": center_user(token, await env.registry.center()),
        "own_center_user": center_user(token, center),
    }[caller]
    for action in ("accept", "decline"):
        response = await env.api.post(
            f"{MATCHES}/{match['id']}/actions/{action}", json={}, headers=if_match(tok, match)
        )
        if status == 200:  # the first answer ends the proposal: the second is refused
            assert response.status_code == 200, response.text
            problem_of(
                await env.api.post(
                    f"{MATCHES}/{match['id']}/actions/decline",
                    json={},
                    headers=if_match(tok, response.json()),
                ),
                409,
                "action-not-allowed",
            )
            return
        problem_of(response, status, code)


async def test_an_answer_needs_the_current_if_match(env: ScenariosEnv, token: TokenFactory) -> None:
    scenario, offering, center = await robot_pair(env, token)
    match = (await env.propose(token(PUBLISHER, sub="publisher-1"), scenario["id"], offering["id"])).json()
    path = f"{MATCHES}/{match['id']}/actions/accept"
    tok = center_user(token, center)
    problem_of(await env.api.post(path, json={}, headers=bearer(tok)), 428)
    problem_of(await env.api.post(path, json={}, headers={**bearer(tok), "If-Match": '"7"'}), 412)


async def test_one_match_per_scenario_and_offering(env: ScenariosEnv, token: TokenFactory) -> None:
    scenario, offering, center = await robot_pair(env, token)
    first = await env.propose(token(PUBLISHER, sub="publisher-1"), scenario["id"], offering["id"])
    assert first.status_code == 201
    again = await env.propose(center_user(token, center), scenario["id"], offering["id"])
    assert problem_of(again, 409, "match-exists")["match_id"] == first.json()["id"]


async def test_a_draft_scenario_or_a_withdrawn_offering_is_not_matched(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    publisher = token(PUBLISHER, sub="publisher-1")
    draft = await env.create(publisher, **ROBOT_SCENARIO)
    problem_of(await env.propose(publisher, draft["id"], offering["id"]), 409, "scenario-not-matchable")
    withdrawn = await env.api.post(
        f"{OFFERINGS}/{offering['id']}/actions/withdraw",
        json={},
        headers=if_match(center_user(token, center), offering),
    )
    assert withdrawn.status_code == 200, withdrawn.text
    problem_of(await env.propose(publisher, scenario["id"], offering["id"]), 409, "offering-not-active")


async def test_each_side_lists_its_own_matches_and_the_city_all(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    scenario, offering, center = await robot_pair(env, token)
    match = (await env.propose(token(PUBLISHER, sub="publisher-1"), scenario["id"], offering["id"])).json()

    async def ids(tok: str, **params: str) -> set[str]:
        response = await env.api.get(MATCHES, params={"limit": 200, **params}, headers=bearer(tok))
        assert response.status_code == 200, response.text
        return {m["id"] for m in response.json()["items"]}

    assert match["id"] in await ids(center_user(token, center), center_id=center)
    assert match["id"] in await ids(token(PUBLISHER, sub="publisher-1"), scenario_id=scenario["id"])
    assert match["id"] in await ids(token(ADMIN), offering_id=offering["id"], status="proposed")
    assert match["id"] not in await ids(token(ADMIN), status="accepted")
    assert match["id"] not in await ids(center_user(token, await env.registry.center()))
    assert match["id"] not in await ids(token(PUBLISHER, sub="publisher-2"))
    assert await ids(token("expert")) == set()
    one = await env.api.get(f"{MATCHES}/{match['id']}", headers=bearer(center_user(token, center)))
    assert (one.status_code, one.headers["ETag"]) == (200, '"1"')
    problem_of(await env.api.get(f"{MATCHES}/{match['id']}", headers=bearer(token("expert"))), 404)
