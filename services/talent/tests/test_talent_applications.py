"""Talent-programme applications (`五(七)`) through the API, against real PostgreSQL and the real
broker: the workflow with its roles, the round's deadline, one application per talent and round,
eligibility, scoping, and what an award counts and announces."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import uuid
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from services.talent.tests.application_fixtures import (
    APPLICATIONS,
    PROGRAMMES,
    Applicant,
    act,
    applicant,
    apply,
    apply_body,
    close_round,
    deactivate,
    open_round,
    programme,
)
from services.talent.tests.talent_fixtures import TalentEnv, resident_id
from shared.china_time import china_today
from shared.contracts import talent as contract
from shared.db import utcnow
from shared.testing.fixtures import TokenFactory, bearer
from talent.applications.models import TalentApplication
from talent.figures.models import CenterTalentFigures
from tests.problems import error_fields, problem_of

ALLOWED_FROM = {
    "draft": ["recommend"],
    "recommended": ["submit", "reject"],
    "submitted": ["award", "reject"],
    "awarded": [],
    "rejected": [],
}
TARGET = {
    ("recommend", "draft"): "recommended",
    ("submit", "recommended"): "submitted",
    ("award", "submitted"): "awarded",
    ("reject", "recommended"): "rejected",
    ("reject", "submitted"): "rejected",
}


@pytest.fixture(scope="module")
async def shared_applicant(env: TalentEnv, token: TokenFactory) -> Applicant:
    """One center and open round for the table-driven tests (each makes its own talents)."""
    return await applicant(env, token, district="liwan")


async def _read(env: TalentEnv, a: Applicant, application_id: str) -> dict[str, Any]:
    """The application as a talent officer reads it now."""
    response = await env.talent.get(f"{APPLICATIONS}/{application_id}", headers=bearer(a.officer))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_center_recommends_its_talent_and_the_city_submits_and_awards_it_keeping_every_step(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    draft = await a.draft(token)
    assert (draft["status"], draft["version"], draft["history"], draft["awarded_on"]) == (
        "draft",
        1,
        [],
        None,
    )
    assert (draft["round_id"], draft["center_id"], draft["created_by"]) == (
        a.round["id"],
        a.center_id,
        "center-user",
    )
    assert (draft["programme_code"], draft["round_year"]) == (a.round["programme_code"], 2026)
    recommended = await a.step(draft, "recommend", "中心同意推荐")
    submitted = await a.step(recommended, "submit")
    awarded = await a.step(submitted, "award", "经评审入选")
    assert (awarded["status"], awarded["version"]) == ("awarded", 4)
    assert awarded["awarded_on"] == china_today().isoformat()
    steps = [
        (s["action"], s["from_status"], s["to_status"], s["acted_by"], s["acted_by_role"], s["note"])
        for s in awarded["history"]
    ]
    assert steps == [
        ("recommend", "draft", "recommended", "center-user", "center_user", "中心同意推荐"),
        ("submit", "recommended", "submitted", "talent-officer", "talent_officer", None),
        ("award", "submitted", "awarded", "talent-officer", "talent_officer", "经评审入选"),
    ]
    read = await env.talent.get(f"{APPLICATIONS}/{draft['id']}", headers=bearer(a.center_user))
    assert read.status_code == 200, read.text
    assert read.headers["ETag"] == '"4"'
    assert read.json() == awarded
    acted_at = [dt.datetime.fromisoformat(s["acted_at"]) for s in read.json()["history"]]
    assert acted_at == sorted(acted_at)
    assert acted_at[-1] <= utcnow()


@pytest.mark.parametrize("status", list(ALLOWED_FROM))
@pytest.mark.parametrize("action", ["recommend", "submit", "award", "reject"])
async def test_each_step_is_taken_only_from_its_status_and_a_refusal_names_status_and_allowed_actions(
    env: TalentEnv, token: TokenFactory, shared_applicant: Applicant, action: str, status: str
) -> None:
    a = shared_applicant
    application = await a.in_status(token, status)
    assert application["status"] == status
    tok = a.center_user if action == "recommend" else a.officer
    response = await act(env, tok, application, action)
    target = TARGET.get((action, status))
    if target is None:
        problem = problem_of(response, 409, "action-not-allowed")
        assert (problem["application_status"], problem["allowed_actions"]) == (status, ALLOWED_FROM[status])
        assert status in problem["detail"]
        assert await _read(env, a, application["id"]) == application
    else:
        assert response.status_code == 200, response.text
        assert (response.json()["status"], response.json()["history"][-1]["action"]) == (target, action)
        assert response.headers["ETag"] == f'"{application["version"] + 1}"'


# (action, who, expected status): the application is in the action's source status.
ROLE_CASES = [
    ("recommend", "own_center_user", 200),
    ("recommend", "talent_officer", 403),
    ("recommend", "other_center_user", 404),
    ("recommend", "own_district_admin", 403),
    ("recommend", "municipal_admin", 403),
    ("submit", "talent_officer", 200),
    ("submit", "own_center_user", 403),
    ("submit", "other_center_user", 403),
    ("submit", "own_district_admin", 403),
    ("submit", "municipal_admin", 403),
    ("award", "talent_officer", 200),
    ("award", "own_center_user", 403),
    ("award", "municipal_admin", 403),
    ("award", "expert", 403),
    ("reject", "talent_officer", 200),
    ("reject", "own_center_user", 403),
    ("reject", "own_district_admin", 403),
    ("reject", "integration", 403),
]
SOURCE = {"recommend": "draft", "submit": "recommended", "award": "submitted", "reject": "submitted"}


@pytest.mark.parametrize(("action", "who", "expected"), ROLE_CASES)
async def test_each_step_is_taken_only_by_its_role_and_a_refused_one_changes_nothing(
    env: TalentEnv, token: TokenFactory, shared_applicant: Applicant, action: str, who: str, expected: int
) -> None:
    a = shared_applicant
    tokens = {
        "own_center_user": a.center_user,
        "other_center_user": token("center_user", center=str(uuid.uuid4())),
        "talent_officer": a.officer,
        "own_district_admin": token("district_admin", district="liwan"),
        "municipal_admin": token("municipal_admin"),
        "expert": token("expert"),
        "integration": token("integration"),
    }
    application = await a.in_status(token, SOURCE[action])
    response = await act(env, tokens[who], application, action)
    if expected == 200:
        assert response.status_code == 200, response.text
        assert response.json()["history"][-1]["to_status"] == TARGET[(action, SOURCE[action])]
    else:
        problem_of(response, expected)
        assert await _read(env, a, application["id"]) == application


async def test_an_action_needs_if_match_and_a_stale_one_is_refused(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    draft = await a.draft(token)
    url = f"{APPLICATIONS}/{draft['id']}/actions/recommend"
    problem_of(await env.talent.post(url, headers=bearer(a.center_user)), 428)
    recommended = await a.step(draft, "recommend")
    problem_of(await act(env, a.officer, draft, "submit"), 412)  # draft's version: stale
    assert (await _read(env, a, draft["id"]))["status"] == "recommended"
    assert (await act(env, a.officer, recommended, "submit")).status_code == 200
    response = await env.talent.post(
        f"{APPLICATIONS}/{draft['id']}/actions/withdraw", headers={**bearer(a.officer), "If-Match": "*"}
    )
    assert "action" in error_fields(problem_of(response, 422))


async def test_a_round_takes_applications_through_its_whole_deadline_day_in_china(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    created = await programme(env, token)
    a = Applicant(env, token, center, await open_round(env, token, created["id"], days_left=0))
    submitted = await a.in_status(token, "submitted")
    assert (submitted["status"], submitted["deadline"]) == ("submitted", china_today().isoformat())


async def test_after_the_deadline_day_nothing_is_applied_for_recommended_or_submitted_but_outcomes_are(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    draft = await a.draft(token)
    recommended = await a.in_status(token, "recommended")
    submitted = await a.in_status(token, "submitted")
    declined = await a.in_status(token, "recommended")
    late = await env.register(token, a.center_id)
    await close_round(env, a.round["id"])
    yesterday = (china_today() - dt.timedelta(days=1)).isoformat()
    closes_at = dt.datetime.combine(china_today() - dt.timedelta(days=1), dt.time(16), dt.UTC)

    def closed(response: Any) -> None:
        problem = problem_of(response, 409, "round-closed")
        assert problem["deadline"] == yesterday
        assert dt.datetime.fromisoformat(problem["closes_at"]) == closes_at

    closed(await apply(env, a.center_user, late["id"], a.round["id"]))
    closed(await act(env, a.center_user, draft, "recommend"))
    closed(await act(env, a.officer, recommended, "submit"))
    assert [(await _read(env, a, x["id"]))["status"] for x in (draft, recommended)] == [
        "draft",
        "recommended",
    ]
    awarded = await act(env, a.officer, submitted, "award", "入选")
    assert (awarded.status_code, awarded.json()["status"]) == (200, "awarded")
    rejected = await act(env, a.officer, declined, "reject", "不予报送")
    assert (rejected.status_code, rejected.json()["status"]) == (200, "rejected")
    rounds = await env.talent.get(f"{PROGRAMMES}/{a.round['programme_id']}/rounds", headers=bearer(a.officer))
    assert [r["closed"] for r in rounds.json()["items"]] == [True]


async def test_a_round_whose_deadline_was_yesterday_takes_no_application(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    created = await programme(env, token)
    round_ = await open_round(env, token, created["id"], days_left=-1)
    assert round_["closed"] is True
    talent = await env.register(token, center)
    for tok in (token("center_user", center=center), token("talent_officer")):
        problem = problem_of(await apply(env, tok, talent["id"], round_["id"]), 409, "round-closed")
        assert problem["deadline"] == (china_today() - dt.timedelta(days=1)).isoformat()


async def test_one_application_per_talent_and_round_but_another_years_round_of_the_programme_is_fine(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    first = await a.draft(token)
    again = await apply(env, a.officer, first["talent_id"], a.round["id"])
    assert problem_of(again, 409, "application-exists")["application_id"] == first["id"]
    next_year = await open_round(env, token, a.round["programme_id"], year=2027)
    other = await apply(env, a.center_user, first["talent_id"], next_year["id"])
    assert other.status_code == 201, other.text
    assert (other.json()["round_year"], other.json()["status"]) == (2027, "draft")


async def test_the_database_itself_refuses_a_second_application_of_a_talent_to_a_round(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    first = await a.draft(token)
    now = utcnow()
    with pytest.raises(IntegrityError, match="uq_talent_application_talent_id_round_id"):
        async with env.sessionmaker() as session, session.begin():
            session.add(
                TalentApplication(
                    talent_id=uuid.UUID(first["talent_id"]),
                    round_id=uuid.UUID(first["round_id"]),
                    center_id=uuid.UUID(first["center_id"]),
                    status="draft",
                    recommendation="again",
                    created_by="test",
                    created_at=now,
                    updated_at=now,
                )
            )


async def test_two_concurrent_applications_of_one_talent_to_one_round_make_one(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    talent = await env.register(token, a.center_id)
    responses = await asyncio.gather(
        *(apply(env, tok, talent["id"], a.round["id"]) for tok in (a.center_user, a.officer, a.center_user))
    )
    assert sorted(r.status_code for r in responses) == [201, 409, 409]
    for refused in (r for r in responses if r.status_code == 409):
        problem_of(refused, 409, "application-exists")
    listed = await env.talent.get(APPLICATIONS, params={"talent_id": talent["id"]}, headers=bearer(a.officer))
    assert len(listed.json()["items"]) == 1


async def test_a_create_with_the_same_idempotency_key_and_body_answers_the_first_result(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    talent = await env.register(token, a.center_id)
    headers = {**bearer(a.center_user), "Idempotency-Key": f"apply-{uuid.uuid4()}"}
    body = apply_body(talent["id"], a.round["id"])
    first = await env.talent.post(APPLICATIONS, json=body, headers=headers)
    replay = await env.talent.post(APPLICATIONS, json=body, headers=headers)
    assert (first.status_code, replay.status_code) == (201, 201), replay.text
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert (replay.json(), replay.headers["ETag"]) == (first.json(), '"1"')


async def test_only_a_talent_whose_level_the_programme_takes_may_apply(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    leaders_only = await programme(env, token, eligible_levels=["leading", "academic_leader"])
    round_ = await open_round(env, token, leaders_only["id"])
    backbone = await env.register(token, center, level="rd_backbone")
    center_user = token("center_user", center=center)
    problem = problem_of(await apply(env, center_user, backbone["id"], round_["id"]), 422)
    assert error_fields(problem) == {"talent_id"}
    assert "rd_backbone" in problem["errors"][0]["message"]
    leader = await env.register(token, center, level="academic_leader")
    response = await apply(env, center_user, leader["id"], round_["id"])
    assert response.status_code == 201, response.text


async def test_what_keeps_an_application_from_being_made(env: TalentEnv, token: TokenFactory) -> None:
    a = await applicant(env, token)
    talent = await env.register(token, a.center_id)
    unknown = str(uuid.uuid4())
    assert error_fields(problem_of(await apply(env, a.center_user, unknown, a.round["id"]), 422)) == {
        "talent_id"
    }
    assert error_fields(problem_of(await apply(env, a.center_user, talent["id"], unknown), 422)) == {
        "round_id"
    }
    other_center = token("center_user", center=await env.center())
    problem = problem_of(await apply(env, other_center, talent["id"], a.round["id"]), 422)
    assert error_fields(problem) == {"talent_id"}
    for role in ("district_admin", "municipal_admin", "expert"):
        problem_of(await apply(env, token(role, district="tianhe"), talent["id"], a.round["id"]), 403)
    inactive = await programme(env, token)
    round_of_inactive = await open_round(env, token, inactive["id"])
    await deactivate(env, inactive["id"])
    refused = await apply(env, a.center_user, talent["id"], round_of_inactive["id"])
    problem_of(refused, 409, "programme-inactive")
    left = await env.register(token, a.center_id, joined_on="2025-03-01")
    patched = await env.talent.patch(
        f"/api/v1/talents/{left['id']}",
        json={"left_on": "2025-06-30"},
        headers={**bearer(a.officer), "If-Match": '"1"'},
    )
    assert patched.status_code == 200, patched.text
    problem = problem_of(await apply(env, a.center_user, left["id"], a.round["id"]), 422)
    assert "left the center" in problem["errors"][0]["message"]
    revoked = await env.center()
    revoked_talent = await env.register(token, revoked)
    await env.set_status(revoked, "revoked")
    refused = await apply(env, a.officer, revoked_talent["id"], a.round["id"])
    problem_of(refused, 409, "center-closed")
    listed = await env.talent.get(APPLICATIONS, params={"round_id": a.round["id"]}, headers=bearer(a.officer))
    assert listed.json()["items"] == []


async def test_a_center_sees_its_own_applications_and_a_district_admin_its_districts(
    env: TalentEnv, token: TokenFactory
) -> None:
    ours = await applicant(env, token, district="panyu")
    theirs = await applicant(env, token, district="haizhu")
    mine = await ours.draft(token)
    other = await theirs.draft(token)
    for url in (f"{APPLICATIONS}/{other['id']}", f"{APPLICATIONS}/{other['id']}/actions/recommend"):
        method = env.talent.post if "actions" in url else env.talent.get
        problem_of(await method(url, headers={**bearer(ours.center_user), "If-Match": '"1"'}), 404)
    listed = await env.talent.get(APPLICATIONS, params={"limit": 200}, headers=bearer(ours.center_user))
    assert {x["center_id"] for x in listed.json()["items"]} == {ours.center_id}
    panyu = bearer(token("district_admin", district="panyu"))
    listed = await env.talent.get(APPLICATIONS, params={"limit": 200}, headers=panyu)
    assert [x["id"] for x in listed.json()["items"]] == [mine["id"]]
    assert (await env.talent.get(f"{APPLICATIONS}/{mine['id']}", headers=panyu)).status_code == 200
    problem_of(await env.talent.get(f"{APPLICATIONS}/{other['id']}", headers=panyu), 404)
    elsewhere = await env.talent.get(APPLICATIONS, params={"center_id": theirs.center_id}, headers=panyu)
    assert (elsewhere.status_code, elsewhere.json()["items"]) == (200, [])
    problem_of(await env.talent.get(APPLICATIONS, headers=bearer(token("expert"))), 403)
    city = await env.talent.get(
        APPLICATIONS, params={"center_id": theirs.center_id}, headers=bearer(token("municipal_admin"))
    )
    assert [x["id"] for x in city.json()["items"]] == [other["id"]]


async def test_the_list_filters_by_status_round_talent_and_center_and_refuses_what_it_does_not_know(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    draft = await a.draft(token)
    recommended = await a.in_status(token, "recommended")
    headers = bearer(a.officer)

    async def ids(**params: str) -> list[str]:
        response = await env.talent.get(APPLICATIONS, params=params, headers=headers)
        assert response.status_code == 200, response.text
        return [x["id"] for x in response.json()["items"]]

    assert await ids(round_id=a.round["id"]) == [draft["id"], recommended["id"]]
    assert await ids(round_id=a.round["id"], status="recommended") == [recommended["id"]]
    assert await ids(talent_id=draft["talent_id"]) == [draft["id"]]
    assert await ids(center_id=a.center_id) == [draft["id"], recommended["id"]]
    assert await ids(center_id=a.center_id, status="awarded") == []
    paged = await env.talent.get(
        APPLICATIONS, params={"round_id": a.round["id"], "limit": 1}, headers=headers
    )
    cursor = paged.json()["next_cursor"]
    assert await ids(round_id=a.round["id"], limit="1", cursor=cursor) == [recommended["id"]]
    for params, field in (
        ({"status": "won"}, "status"),
        ({"round_id": str(uuid.uuid4())}, "round_id"),
        ({"talent_id": str(uuid.uuid4())}, "talent_id"),
        ({"round_id": "not-a-uuid"}, "round_id"),
        ({"programme": "gz_red_kapok"}, "programme"),
    ):
        response = await env.talent.get(APPLICATIONS, params=params, headers=headers)
        assert field in error_fields(problem_of(response, 422)), params


async def test_an_award_counts_into_the_centers_figures_and_is_announced_without_personal_data(
    env: TalentEnv, token: TokenFactory
) -> None:
    a = await applicant(env, token)
    number, phone, name = resident_id(), "13987654321", "欧阳明远"
    personal = {"name": name, "id_document": {"type": "resident_id", "number": number}, "phone": phone}
    first = await a.step(
        await a.step(await a.step(await a.draft(token, **personal), "recommend"), "submit"), "award"
    )
    year = dt.date.fromisoformat(first["awarded_on"]).year
    assert await _awarded(env, a.center_id, year) == 1
    rejected = await a.in_status(token, "submitted")
    await a.step(rejected, "reject", "未入选")
    assert await _awarded(env, a.center_id, year) == 1
    await a.in_status(token, "awarded")
    assert await _awarded(env, a.center_id, year) == 2

    rows = await env.outbox(first["id"])
    assert [(r.topic, r.event_type) for r in rows] == [
        (contract.APPLICATION_TOPIC, contract.APPLICATION_AWARDED)
    ]
    assert rows[0].envelope["data"] == {
        "application_id": first["id"],
        "talent_id": first["talent_id"],
        "center_id": a.center_id,
        "programme_code": a.round["programme_code"],
        "programme_level": "municipal",
        "round_year": 2026,
        "awarded_on": first["awarded_on"],
    }
    assert rows[0].envelope["subject"] == first["id"]
    assert await env.outbox(rejected["id"]) == []
    figures = await env.outbox(a.center_id, contract.CENTER_FIGURES_CHANGED)
    of_year = [r.envelope["data"] for r in figures if r.envelope["data"]["year"] == year]
    assert [d["awarded"] for d in of_year][-2:] == [1, 2]
    for row in [*rows, *figures]:
        text = json.dumps(row.envelope, ensure_ascii=False)
        assert [value for value in (name, number, phone) if value in text] == []


async def _awarded(env: TalentEnv, center_id: str, year: int) -> int:
    async with env.sessionmaker() as session:
        figures = await session.get(CenterTalentFigures, (uuid.UUID(center_id), year))
        return 0 if figures is None else figures.awarded
