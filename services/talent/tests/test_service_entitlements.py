"""Service entitlements (`五(七)`) as versioned data: v1 from the plan, later versions from their date.

A module of its own: it publishes versions, and one effective today would change what the
request tests (judged by v1) expect.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from services.talent.tests.talent_fixtures import TalentEnv
from shared.china_time import china_today
from shared.testing.fixtures import TokenFactory, bearer
from tests.problems import error_fields, problem_of

URL = "/api/v1/service-entitlements"
LEVELS = ("leading", "high_level", "academic_leader", "rd_backbone", "high_skilled")
KINDS = ("housing", "healthcare", "children_education")
V1 = {"leading": "entitled", "high_level": "entitled", "academic_leader": "review"}


def rows(**changed: str) -> list[dict[str, str]]:
    """Every level × service as v1 has it, with ``changed`` (``rd_backbone__housing="entitled"``) over it."""
    table = {
        f"{level}__{kind}": V1.get(level, "not_entitled") for level, kind in itertools.product(LEVELS, KINDS)
    }
    table.update(changed)
    return [
        {"level": cell.split("__")[0], "kind": cell.split("__")[1], "entitlement": entitlement}
        for cell, entitlement in table.items()
    ]


def version_body(effective_from: dt.date, **changed: str) -> dict[str, Any]:
    return {
        "effective_from": effective_from.isoformat(),
        "note": "研发骨干纳入住房保障",
        "rows": rows(**changed),
    }


async def versions(env: TalentEnv, token: TokenFactory, on: dt.date | None = None) -> list[dict[str, Any]]:
    params = {"on": on.isoformat()} if on else {}
    response = await env.talent.get(URL, params=params, headers=bearer(token("center_user")))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_v1_is_seeded_from_the_plan_and_in_force_from_its_date(
    env: TalentEnv, token: TokenFactory
) -> None:
    [v1] = await versions(env, token, on=dt.date(2025, 2, 18))
    assert (v1["version"], v1["effective_from"], v1["clause"], v1["published_by"]) == (
        1,
        "2025-02-18",
        "五(七)",
        "seed",
    )
    assert "高层次人才" in v1["note"]
    assert v1["rows"] == rows()
    assert await versions(env, token, on=dt.date(2025, 2, 17)) == []


async def test_a_version_decides_every_level_and_service_once_from_today_on(
    env: TalentEnv, token: TokenFactory
) -> None:
    officer = bearer(token("talent_officer"))
    today = china_today()
    before = await versions(env, token)
    missing = {**version_body(today), "rows": rows()[1:]}
    problem = problem_of(await env.talent.post(URL, json=missing, headers=officer), 422)
    assert [e["message"] for e in problem["errors"]] == [
        "leading × housing is missing: every level × service is decided"
    ]
    twice = {**version_body(today), "rows": [*rows(), rows()[4]]}
    assert error_fields(problem_of(await env.talent.post(URL, json=twice, headers=officer), 422)) == {
        "rows.15"
    }
    past = version_body(today - dt.timedelta(days=1))
    assert error_fields(problem_of(await env.talent.post(URL, json=past, headers=officer), 422)) == {
        "effective_from"
    }
    unknown = {
        **version_body(today),
        "rows": [*rows()[1:], {"level": "intern", "kind": "housing", "entitlement": "entitled"}],
    }
    problem_of(await env.talent.post(URL, json=unknown, headers=officer), 422)
    for role in ("center_user", "municipal_admin"):
        problem_of(await env.talent.post(URL, json=version_body(today), headers=bearer(token(role))), 403)
    assert await versions(env, token) == before


async def test_a_later_version_leaves_today_alone_and_one_effective_today_decides_from_today(
    env: TalentEnv, token: TokenFactory
) -> None:
    officer = token("talent_officer", sub="officer-chen")
    today, tomorrow = china_today(), china_today() + dt.timedelta(days=1)
    center = await env.center()
    later = await env.talent.post(
        URL, json=version_body(tomorrow, rd_backbone__housing="entitled"), headers=bearer(officer)
    )
    assert later.status_code == 201, later.text
    assert (later.json()["version"], later.json()["published_by"]) == (2, "officer-chen")

    first = await env.register(token, center, level="rd_backbone")
    judged_by_v1 = (await env.request_service(officer, first["id"], "housing")).json()
    assert (judged_by_v1["status"], judged_by_v1["entitlement_version"]) == ("refused", 1)
    assert [v["version"] for v in await versions(env, token, on=today)] == [1]
    assert [v["version"] for v in await versions(env, token, on=tomorrow)] == [2]

    now = await env.talent.post(
        URL, json=version_body(today, rd_backbone__housing="entitled"), headers=bearer(officer)
    )
    assert now.status_code == 201, now.text
    second = await env.register(token, center, level="rd_backbone")
    judged_by_v3 = await env.request_service(officer, second["id"], "housing")
    assert judged_by_v3.status_code == 201, judged_by_v3.text
    assert judged_by_v3.json()["status"] == "submitted"
    assert (judged_by_v3.json()["entitlement"], judged_by_v3.json()["entitlement_version"]) == ("entitled", 3)
    # The newest version replaces every older one from its date, the scheduled v2 among them.
    assert [v["version"] for v in await versions(env, token, on=tomorrow)] == [3]
    # What v1 decided stays on record, with v1.
    kept = await env.talent.get(f"/api/v1/service-requests/{judged_by_v1['id']}", headers=bearer(officer))
    assert (kept.json()["status"], kept.json()["entitlement_version"]) == ("refused", 1)
    assert [v["version"] for v in await versions(env, token)] == [1, 2, 3]
