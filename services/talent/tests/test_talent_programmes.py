"""The talent programme catalogue (`五(七)`) and its rounds, against real PostgreSQL and the broker."""

from __future__ import annotations

import datetime as dt

from services.talent.tests.application_fixtures import LEVELS, PROGRAMMES, open_round, programme
from services.talent.tests.talent_fixtures import TalentEnv
from shared.china_time import china_today
from shared.contracts import talent as contract
from shared.testing.fixtures import TokenFactory, bearer
from talent.programmes.deadline import closes_at
from tests.problems import error_fields, problem_of

SEEDED = {
    "cn_special_support": ("national", "国家高层次人才特殊支持计划"),
    "gd_pearl_river": ("provincial", "广东省“珠江人才计划”"),
    "gd_special_support": ("provincial", "广东省高层次人才特殊支持计划（广东特支计划）"),
    "gz_red_kapok": ("municipal", "广州市“红棉计划”"),
}


async def test_the_seeded_catalogue_has_national_provincial_and_city_programmes_open_to_every_level(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    response = await env.talent.get(
        PROGRAMMES, params={"limit": 200}, headers=bearer(token("center_user", center=center))
    )
    assert response.status_code == 200, response.text
    seeded = {p["code"]: p for p in response.json()["items"] if p["created_by"] == "seed"}
    assert {code: (p["level"], p["name_zh"]) for code, p in seeded.items()} == SEEDED
    assert all(p["eligible_levels"] == LEVELS and p["active"] for p in seeded.values())
    provincial = await env.talent.get(
        PROGRAMMES, params={"level": "provincial"}, headers=bearer(token("talent_officer"))
    )
    assert {p["code"] for p in provincial.json()["items"]} >= {"gd_pearl_river", "gd_special_support"}
    assert {p["level"] for p in provincial.json()["items"]} == {"provincial"}


async def test_seeded_programmes_have_no_rounds_until_a_talent_officer_enters_them(
    env: TalentEnv, token: TokenFactory
) -> None:
    listed = await env.talent.get(PROGRAMMES, params={"limit": 200}, headers=bearer(token("talent_officer")))
    red_kapok = next(p for p in listed.json()["items"] if p["code"] == "gz_red_kapok")
    rounds = await env.talent.get(
        f"{PROGRAMMES}/{red_kapok['id']}/rounds", headers=bearer(token("talent_officer"))
    )
    assert rounds.status_code == 200, rounds.text
    assert rounds.json() == {"items": [], "next_cursor": None}


async def test_only_a_talent_officer_adds_programmes_and_rounds_and_roles_without_talent_data_read_none(
    env: TalentEnv, token: TokenFactory
) -> None:
    created = await programme(env, token)
    center = await env.center()
    body = {"code": "not_by_admin", "name_zh": "某计划", "name_en": "Some", "level": "municipal"}
    body["eligible_levels"] = ["leading"]
    for role in ("municipal_admin", "district_admin", "center_user", "expert"):
        tok = token(role, district="tianhe", center=center)
        problem_of(await env.talent.post(PROGRAMMES, json=body, headers=bearer(tok)), 403)
        rounds_url = f"{PROGRAMMES}/{created['id']}/rounds"
        round_body = {"year": 2026, "opens_on": "2026-03-01", "deadline": "2026-04-30"}
        problem_of(await env.talent.post(rounds_url, json=round_body, headers=bearer(tok)), 403)
    problem_of(await env.talent.get(PROGRAMMES, headers=bearer(token("expert"))), 403)
    problem_of(await env.talent.get(PROGRAMMES, headers=bearer(token("finance_officer"))), 403)
    listed = await env.talent.get(PROGRAMMES, params={"limit": 200}, headers=bearer(token("talent_officer")))
    assert "not_by_admin" not in {p["code"] for p in listed.json()["items"]}


async def test_a_programme_keeps_each_eligible_level_once_in_level_order_and_its_code_once(
    env: TalentEnv, token: TokenFactory
) -> None:
    created = await programme(env, token, eligible_levels=["rd_backbone", "leading", "rd_backbone"])
    assert created["eligible_levels"] == ["leading", "rd_backbone"]
    read = await env.talent.get(f"{PROGRAMMES}/{created['id']}", headers=bearer(token("talent_officer")))
    assert read.json() == created
    again = {**created, "eligible_levels": ["leading"]}
    again = {k: again[k] for k in ("code", "name_zh", "name_en", "level", "eligible_levels")}
    response = await env.talent.post(PROGRAMMES, json=again, headers=bearer(token("talent_officer")))
    problem_of(response, 409, "programme-exists")
    bad = {**again, "code": "Not A Code", "level": "county", "eligible_levels": []}
    response = await env.talent.post(PROGRAMMES, json=bad, headers=bearer(token("talent_officer")))
    assert error_fields(problem_of(response, 422)) == {"code", "level", "eligible_levels"}


async def test_a_round_closes_at_the_end_of_its_deadline_day_in_china_and_one_is_entered_per_year(
    env: TalentEnv, token: TokenFactory
) -> None:
    created = await programme(env, token)
    round_ = await open_round(env, token, created["id"], year=2026, days_left=0)
    today = china_today()
    assert round_["deadline"] == today.isoformat()
    closes = dt.datetime.combine(today, dt.time(16), dt.UTC)
    assert dt.datetime.fromisoformat(round_["closes_at"]) == closes
    assert (round_["closed"], round_["programme_code"], round_["year"]) == (False, created["code"], 2026)
    url = f"{PROGRAMMES}/{created['id']}/rounds"
    officer = bearer(token("talent_officer"))
    same_year = {"year": 2026, "opens_on": "2026-05-01", "deadline": "2026-06-30"}
    problem_of(await env.talent.post(url, json=same_year, headers=officer), 409, "round-exists")
    backwards = {"year": 2027, "opens_on": "2027-06-30", "deadline": "2027-05-01"}
    assert error_fields(problem_of(await env.talent.post(url, json=backwards, headers=officer), 422)) == {
        "deadline"
    }
    later = await open_round(env, token, created["id"], year=2027)
    listed = await env.talent.get(url, headers=officer)
    assert [r["id"] for r in listed.json()["items"]] == [round_["id"], later["id"]]


async def test_an_unknown_programme_has_no_rounds_and_an_inactive_one_takes_no_new_round(
    env: TalentEnv, token: TokenFactory
) -> None:
    officer = bearer(token("talent_officer"))
    unknown = f"{PROGRAMMES}/00000000-0000-4000-8000-000000000000"
    problem_of(await env.talent.get(f"{unknown}/rounds", headers=officer), 404, "programme-not-found")
    body = {"year": 2026, "opens_on": "2026-03-01", "deadline": "2026-04-30"}
    problem_of(await env.talent.post(f"{unknown}/rounds", json=body, headers=officer), 404)
    inactive = await programme(env, token, active=False)
    response = await env.talent.post(f"{PROGRAMMES}/{inactive['id']}/rounds", json=body, headers=officer)
    problem_of(response, 409, "programme-inactive")
    only_active = await env.talent.get(PROGRAMMES, params={"active": "true", "limit": 200}, headers=officer)
    assert inactive["code"] not in {p["code"] for p in only_active.json()["items"]}


async def test_programme_levels_and_application_statuses_have_zh_and_en_labels(env: TalentEnv) -> None:
    enums = (await env.talent.get("/api/v1/meta/enums")).json()
    assert {e["value"]: e["zh"] for e in enums["programme_level"]} == {
        "national": "国家级",
        "provincial": "省级",
        "municipal": "市级",
    }
    assert [e["value"] for e in enums["application_status"]] == [
        "draft",
        "recommended",
        "submitted",
        "awarded",
        "rejected",
    ]
    assert [e["value"] for e in enums["application_action"]] == ["recommend", "submit", "award", "reject"]


async def test_entering_a_round_announces_it_once_with_its_deadline_and_when_it_closes(
    env: TalentEnv, token: TokenFactory
) -> None:
    created = await programme(env, token)
    round_ = await open_round(env, token, created["id"], days_left=10)
    [announced] = await env.outbox(round_["id"], contract.PROGRAMME_ROUND_OPENED)
    assert announced.topic == contract.PROGRAMME_ROUND_TOPIC
    data = announced.envelope["data"]
    deadline = china_today() + dt.timedelta(days=10)
    assert data["deadline"] == deadline.isoformat()
    assert dt.datetime.fromisoformat(data["closes_at"]) == closes_at(deadline)
    assert (data["programme_code"], data["programme_name_zh"], data["year"]) == (
        created["code"],
        "测试人才计划",
        2026,
    )
    assert data["created_by"] == "talent_officer-tester"
    assert "name" not in data
