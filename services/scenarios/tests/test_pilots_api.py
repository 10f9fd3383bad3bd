"""Pilots (验证、迭代、示范推广, `五(六)`) through the API, against real PostgreSQL and the real broker:
milestones in order, who completes them, the outcome rules, and ``PilotCompleted`` for funding
(`五(五)`)."""

from __future__ import annotations

from typing import Any

import pytest

from services.scenarios.tests.scenario_fixtures import (
    ADMIN,
    MATCHES,
    PILOTS,
    PUBLISHER,
    ScenariosEnv,
    center_user,
    if_match,
)
from services.scenarios.tests.test_matches_api import robot_pair
from shared.contracts import scenarios as contract
from shared.testing.fixtures import TokenFactory, bearer
from tests.problems import problem_of


def publisher(token: TokenFactory) -> str:
    return token(PUBLISHER, sub="publisher-1")


EVIDENCE = [{"title": "第三方检测报告", "document_ref": "GZ-TEST-2026-118", "kind": "test_record"}]


async def accepted_match(
    env: ScenariosEnv, token: TokenFactory
) -> tuple[dict[str, Any], str, dict[str, Any]]:
    """A match the publisher proposed and the center accepted; the center; the offering."""
    scenario, offering, center = await robot_pair(env, token)
    match = (await env.propose(publisher(token), scenario["id"], offering["id"])).json()
    response = await env.api.post(
        f"{MATCHES}/{match['id']}/actions/accept",
        json={},
        headers=if_match(center_user(token, center), match),
    )
    assert response.status_code == 200, response.text
    accepted: dict[str, Any] = response.json()
    return accepted, center, offering


async def start(env: ScenariosEnv, token: TokenFactory) -> tuple[dict[str, Any], str, dict[str, Any]]:
    match, center, offering = await accepted_match(env, token)
    response = await env.api.post(
        PILOTS,
        json={"match_id": match["id"], "plan": "三个月试点"},
        headers=bearer(publisher(token)),
    )
    assert response.status_code == 201, response.text
    pilot: dict[str, Any] = response.json()
    return pilot, center, offering


async def milestone(env: ScenariosEnv, tok: str, pilot: dict[str, Any], name: str) -> Any:
    return await env.api.post(
        f"{PILOTS}/{pilot['id']}/milestones/{name}/complete",
        json={"summary": f"{name} 完成", "evidence": EVIDENCE},
        headers=if_match(tok, pilot),
    )


async def finish(env: ScenariosEnv, tok: str, pilot: dict[str, Any], outcome: str) -> Any:
    return await env.api.post(
        f"{PILOTS}/{pilot['id']}/actions/complete",
        json={"outcome": outcome, "summary": "试点总结"},
        headers=if_match(tok, pilot),
    )


async def test_an_accepted_match_becomes_one_pilot_started_by_the_scenario_side(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    match, center, _offering = await accepted_match(env, token)
    body = {"match_id": match["id"], "plan": "三个月试点"}
    problem_of(await env.api.post(PILOTS, json=body, headers=bearer(center_user(token, center))), 403)
    created = await env.api.post(PILOTS, json=body, headers=bearer(token(ADMIN)))
    assert created.status_code == 201, created.text
    pilot = created.json()
    assert (pilot["status"], pilot["next_milestone"], pilot["milestones"]) == ("running", "verification", [])
    assert (
        problem_of(await env.api.post(PILOTS, json=body, headers=bearer(token(ADMIN))), 409, "pilot-exists")[
            "pilot_id"
        ]
        == pilot["id"]
    )


async def test_a_match_not_accepted_by_both_sides_is_not_piloted(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    scenario, offering, _center = await robot_pair(env, token)
    match = (await env.propose(publisher(token), scenario["id"], offering["id"])).json()
    response = await env.api.post(
        PILOTS,
        json={"match_id": match["id"], "plan": "试点"},
        headers=bearer(publisher(token)),
    )
    problem_of(response, 409, "match-not-accepted")


async def test_milestones_are_completed_in_order_by_the_publisher_or_the_center_with_evidence(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    pilot, center, _offering = await start(env, token)
    staff = center_user(token, center, sub="center-staff")
    problem_of(await milestone(env, staff, pilot, "iteration"), 409, "milestone-out-of-order")
    problem_of(await milestone(env, token(ADMIN), pilot, "verification"), 403)
    problem_of(
        await milestone(env, center_user(token, await env.registry.center()), pilot, "verification"), 404
    )
    response = await milestone(env, staff, pilot, "verification")
    assert response.status_code == 200, response.text
    pilot = response.json()
    (done,) = pilot["milestones"]
    assert (done["milestone"], done["position"], done["completed_by"]) == ("verification", 1, "center-staff")
    (evidence,) = done["evidence"]
    assert (evidence["document_ref"], evidence["kind"], evidence["recorded_by"]) == (
        "GZ-TEST-2026-118",
        "test_record",
        "center-staff",
    )
    problem_of(await milestone(env, staff, pilot, "verification"), 409, "milestone-out-of-order")
    for name in ("iteration", "demonstration"):
        response = await milestone(env, publisher(token), pilot, name)
        assert response.status_code == 200, response.text
        pilot = response.json()
    assert [m["milestone"] for m in pilot["milestones"]] == ["verification", "iteration", "demonstration"]
    assert pilot["next_milestone"] is None
    rows = await env.outbox(pilot["id"], contract.PILOT_MILESTONE_COMPLETED)
    events = [contract.PilotMilestoneCompleted.model_validate(r.envelope["data"]) for r in rows]
    assert [(e.milestone, e.position) for e in events] == [
        ("verification", 1),
        ("iteration", 2),
        ("demonstration", 3),
    ]
    assert events[0].evidence[0].document_ref == "GZ-TEST-2026-118"
    read = await env.api.get(f"{PILOTS}/{pilot['id']}", headers=bearer(staff))
    assert (read.json(), read.headers["ETag"]) == (pilot, f'"{pilot["version"]}"')


async def test_a_pilot_is_successful_only_after_all_three_milestones_and_funding_reads_its_end(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    pilot, center, offering = await start(env, token)
    own = publisher(token)
    problem_of(await finish(env, own, pilot, "successful"), 409, "milestones-incomplete")
    problem_of(await finish(env, center_user(token, center), pilot, "successful"), 403)
    for name in ("verification", "iteration", "demonstration"):
        pilot = (await milestone(env, own, pilot, name)).json()
    response = await finish(env, own, pilot, "successful")
    assert response.status_code == 200, response.text
    ended = response.json()
    assert (ended["status"], ended["outcome"], ended["completed_by"]) == (
        "completed",
        "successful",
        "publisher-1",
    )
    (row,) = await env.outbox(pilot["id"], contract.PILOT_COMPLETED)
    assert row.topic == contract.PILOT_TOPIC
    # Funding's consumer reads the contract as it was: these are the fields it relies on.
    event = contract.PilotCompleted.model_validate(row.envelope["data"])
    assert (str(event.offering_id), str(event.center_id), event.offering_name, event.outcome) == (
        offering["id"],
        center,
        offering["name"],
        "successful",
    )
    assert event.scenario_title == "汽车零部件产线机械臂上下料场景"
    problem_of(await milestone(env, own, ended, "demonstration"), 409, "pilot-completed")
    problem_of(await finish(env, own, ended, "unsuccessful"), 409, "pilot-completed")


@pytest.mark.parametrize("after", [0, 2])
async def test_a_pilot_ends_unsuccessful_at_any_point(
    env: ScenariosEnv, token: TokenFactory, after: int
) -> None:
    pilot, _center, _offering = await start(env, token)
    for name in ("verification", "iteration")[:after]:
        pilot = (await milestone(env, publisher(token), pilot, name)).json()
    response = await finish(env, token(ADMIN), pilot, "unsuccessful")
    assert response.status_code == 200, response.text
    (row,) = await env.outbox(pilot["id"], contract.PILOT_COMPLETED)
    assert contract.PilotCompleted.model_validate(row.envelope["data"]).outcome == "unsuccessful"


async def test_a_pilot_action_needs_the_current_if_match(env: ScenariosEnv, token: TokenFactory) -> None:
    pilot, _center, _offering = await start(env, token)
    stale = {**pilot, "version": pilot["version"] + 1}
    problem_of(await finish(env, token(ADMIN), stale, "unsuccessful"), 412)


async def test_pilots_are_listed_to_their_sides_and_the_city(env: ScenariosEnv, token: TokenFactory) -> None:
    pilot, center, _offering = await start(env, token)

    async def ids(tok: str, **params: str) -> set[str]:
        response = await env.api.get(PILOTS, params={"limit": 200, **params}, headers=bearer(tok))
        assert response.status_code == 200, response.text
        return {p["id"] for p in response.json()["items"]}

    assert pilot["id"] in await ids(center_user(token, center), status="running")
    assert pilot["id"] in await ids(token(ADMIN), center_id=center)
    assert pilot["id"] not in await ids(token(PUBLISHER, sub="publisher-2"))
    assert pilot["id"] not in await ids(token(ADMIN), status="completed")
