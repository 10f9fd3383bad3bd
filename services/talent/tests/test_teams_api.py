"""Innovation teams (`三(六)`: 创新团队) through the API: a leader and members, all the center's."""

from __future__ import annotations

import uuid
from typing import Any

from services.talent.tests.talent_fixtures import TalentEnv
from shared.testing.fixtures import TokenFactory, bearer
from tests.problems import error_fields, problem_of

URL = "/api/v1/teams"


def team_body(center_id: str, leader_id: str, member_ids: list[str], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "center_id": center_id,
        "name": "智能传感器创新团队",
        "research_field": "MEMS 传感器",
        "leader_id": leader_id,
        "member_ids": member_ids,
        "origin": "introduced",
        "introduced_from": "香港科技大学",
        "formed_on": "2025-04-01",
    }
    body.update(overrides)
    return body


async def test_a_center_registers_its_team_and_changes_its_members(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    leader, member, newcomer = [await env.register(token, center, name=n) for n in ("王芳", "李强", "陈静")]
    user = bearer(token("center_user", center=center))
    created = await env.talent.post(URL, json=team_body(center, leader["id"], [member["id"]]), headers=user)
    assert created.status_code == 201, created.text
    team = created.json()
    assert [(m["name"], m["is_leader"]) for m in team["members"]] == [("李强", False), ("王芳", True)]
    assert "id_document" not in str(team["members"])
    url = f"{URL}/{team['id']}"
    changed = await env.talent.patch(
        url,
        json={"leader_id": newcomer["id"], "member_ids": [leader["id"]]},
        headers={**user, "If-Match": '"1"'},
    )
    assert changed.status_code == 200, changed.text
    assert {m["name"]: m["is_leader"] for m in changed.json()["members"]} == {"陈静": True, "王芳": False}
    problem_of(await env.talent.patch(url, json={"name": "新名"}, headers={**user, "If-Match": '"1"'}), 412)
    read = await env.talent.get(url, headers=bearer(token("municipal_admin")))
    assert (read.json()["version"], read.headers["ETag"]) == (2, '"2"')


async def test_a_team_holds_only_talents_of_its_own_center(env: TalentEnv, token: TokenFactory) -> None:
    center, other = await env.center(), await env.center()
    leader = await env.register(token, center)
    outsider = await env.register(token, other)
    officer = bearer(token("talent_officer"))
    for members in ([outsider["id"]], [str(uuid.uuid4())]):
        refused = await env.talent.post(URL, json=team_body(center, leader["id"], members), headers=officer)
        assert error_fields(problem_of(refused, 422)) == {"member_ids"}
    trained_from_elsewhere = await env.talent.post(
        URL, json=team_body(center, leader["id"], [], origin="trained"), headers=officer
    )
    assert error_fields(problem_of(trained_from_elsewhere, 422)) == {"introduced_from"}
    foreign_user = bearer(token("center_user", center=other))
    problem_of(
        await env.talent.post(URL, json=team_body(center, leader["id"], []), headers=foreign_user), 403
    )


async def test_teams_are_listed_in_the_callers_scope(env: TalentEnv, token: TokenFactory) -> None:
    center, other = await env.center(district="haizhu"), await env.center(district="liwan")
    officer = bearer(token("talent_officer"))
    mine = await env.talent.post(
        URL, json=team_body(center, (await env.register(token, center))["id"], []), headers=officer
    )
    theirs = await env.talent.post(
        URL, json=team_body(other, (await env.register(token, other))["id"], []), headers=officer
    )
    assert (mine.status_code, theirs.status_code) == (201, 201)
    listed = await env.talent.get(URL, headers=bearer(token("district_admin", district="haizhu")))
    ids = {t["id"] for t in listed.json()["items"]}
    assert mine.json()["id"] in ids
    assert theirs.json()["id"] not in ids
    problem_of(
        await env.talent.get(
            f"{URL}/{theirs.json()['id']}", headers=bearer(token("center_user", center=center))
        ),
        404,
    )
