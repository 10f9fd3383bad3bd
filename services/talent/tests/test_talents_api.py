"""Talents (`三(六)`) through the API, against real PostgreSQL and the real broker."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from services.talent.tests.talent_fixtures import TalentEnv, resident_id, talent_body
from shared.china_time import china_today
from shared.testing.fixtures import TokenFactory, bearer
from tests.problems import error_fields, problem_of

URL = "/api/v1/talents"


async def test_a_talent_officer_registers_a_talent_and_reads_it_whole(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    number = resident_id()
    created = await env.register(token, center, id_document={"type": "resident_id", "number": number})
    assert created["id_document"]["number"] == f"{number[:4]}{'*' * 10}{number[-4:]}"
    assert created["phone"] == "138****5678"
    assert created["personal_data_masked"] is True
    read = await env.talent.get(f"{URL}/{created['id']}", headers=bearer(token("talent_officer")))
    assert read.status_code == 200, read.text
    body: dict[str, Any] = read.json()
    assert (body["id_document"]["number"], body["phone"], body["personal_data_masked"]) == (
        number,
        "13812345678",
        False,
    )


async def test_a_bad_check_digit_is_refused_naming_the_field(env: TalentEnv, token: TokenFactory) -> None:
    center = await env.center()
    number = resident_id()
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    response = await env.talent.post(
        URL,
        json=talent_body(center, id_document={"type": "resident_id", "number": wrong}),
        headers=bearer(token("talent_officer")),
    )
    assert response.status_code == 422, response.text
    assert "id_document.number" in error_fields(response.json())
    assert wrong not in response.text


async def test_who_may_register_and_see_talents(env: TalentEnv, token: TokenFactory) -> None:
    center, other = await env.center(district="panyu"), await env.center(district="nansha")
    own_user = bearer(token("center_user", center=center))
    created = await env.talent.post(URL, json=talent_body(center), headers=own_user)
    assert created.status_code == 201, created.text
    talent_id = created.json()["id"]
    for role, claims in (
        ("center_user", {"center": other}),
        ("district_admin", {"district": "panyu"}),
        ("municipal_admin", {}),
        ("expert", {}),
    ):
        refused = await env.talent.post(URL, json=talent_body(center), headers=bearer(token(role, **claims)))
        problem_of(refused, 403)
    for role, claims, sees in (
        ("municipal_admin", {}, True),
        ("district_admin", {"district": "panyu"}, True),
        ("district_admin", {"district": "nansha"}, False),
        ("center_user", {"center": center}, True),
        ("center_user", {"center": other}, False),
    ):
        one = await env.talent.get(f"{URL}/{talent_id}", headers=bearer(token(role, **claims)))
        assert one.status_code == (200 if sees else 404), (role, claims, one.text)
        listed = await env.talent.get(
            URL, params={"center_id": center}, headers=bearer(token(role, **claims))
        )
        assert [t["id"] for t in listed.json()["items"]] == ([talent_id] if sees else []), (role, claims)
    for role in ("expert", "finance_officer", "scenario_publisher"):
        problem_of(await env.talent.get(URL, headers=bearer(token(role))), 403)


async def test_registration_checks_every_field_at_once(env: TalentEnv, token: TokenFactory) -> None:
    center = await env.center()
    officer = bearer(token("talent_officer"))
    born_1990 = resident_id(birth=dt.date(1990, 1, 2))
    mismatched = await env.talent.post(
        URL,
        json=talent_body(
            center,
            id_document={"type": "resident_id", "number": born_1990},
            nationality="USA",
            origin="trained",
            joined_on=(china_today() + dt.timedelta(days=1)).isoformat(),
        ),
        headers=officer,
    )
    assert error_fields(problem_of(mismatched, 422)) == {
        "birth_date",
        "nationality",
        "joined_on",
        "introduced_from",
    }
    unknown = await env.talent.post(URL, json=talent_body(str(uuid.uuid4())), headers=officer)
    assert error_fields(problem_of(unknown, 422)) == {"center_id"}
    for field, value in (("level", "genius"), ("phone", "call me"), ("email", "nobody"), ("gender", "x")):
        bad = await env.talent.post(URL, json=talent_body(center, **{field: value}), headers=officer)
        assert field in error_fields(problem_of(bad, 422)), field


async def test_a_revoked_center_registers_no_more_talents(env: TalentEnv, token: TokenFactory) -> None:
    center = await env.center()
    await env.register(token, center)
    await env.set_status(center, "revoked")
    refused = await env.talent.post(URL, json=talent_body(center), headers=bearer(token("talent_officer")))
    problem_of(refused, 409, "center-closed")


async def test_the_same_idempotency_key_registers_once(env: TalentEnv, token: TokenFactory) -> None:
    center = await env.center()
    body = talent_body(center)
    headers = {**bearer(token("talent_officer")), "Idempotency-Key": f"k-{uuid.uuid4()}"}
    first = await env.talent.post(URL, json=body, headers=headers)
    again = await env.talent.post(URL, json=body, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["ETag"] == first.headers["ETag"] == '"1"'
    listed = await env.talent.get(URL, params={"center_id": center}, headers=headers)
    assert len(listed.json()["items"]) == 1


async def test_an_edit_needs_the_current_etag_and_keeps_identity(env: TalentEnv, token: TokenFactory) -> None:
    center = await env.center()
    talent = await env.register(token, center, level="rd_backbone")
    url = f"{URL}/{talent['id']}"
    user = bearer(token("center_user", center=center))
    problem_of(await env.talent.patch(url, json={"level": "leading"}, headers=user), 428)
    problem_of(
        await env.talent.patch(url, json={"level": "leading"}, headers={**user, "If-Match": '"7"'}), 412
    )
    changed = await env.talent.patch(
        url, json={"level": "academic_leader", "phone": "020-87654321"}, headers={**user, "If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["level"], changed.json()["version"], changed.headers["ETag"]) == (
        "academic_leader",
        2,
        '"2"',
    )
    assert changed.json()["phone"] == "********4321"
    officer_read = await env.talent.get(url, headers=bearer(token("talent_officer")))
    assert officer_read.json()["phone"] == "020-87654321"
    assert officer_read.json()["personal_data_masked"] is False
    refused = await env.talent.patch(
        url,
        json={"name": "李四", "role": None, "left_on": "2020-01-01"},
        headers={**user, "If-Match": '"2"'},
    )
    assert error_fields(problem_of(refused, 422)) == {"name"}
    cleared = await env.talent.patch(
        url, json={"role": None, "left_on": "2020-01-01"}, headers={**user, "If-Match": '"2"'}
    )
    assert error_fields(problem_of(cleared, 422)) == {"role", "left_on"}
    other = await env.center()
    foreign = await env.talent.patch(
        url,
        json={"level": "leading"},
        headers={**bearer(token("center_user", center=other)), "If-Match": '"2"'},
    )
    problem_of(foreign, 404)


async def test_registrations_count_into_the_centers_summary_by_year(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center(district="baiyun")
    await env.register(token, center, joined_on="2025-03-01")
    await env.register(token, center, joined_on="2025-11-30", origin="trained", introduced_from=None)
    await env.register(token, center, joined_on="2026-01-05")
    summary = await env.talent.get(
        f"/api/v1/centers/{center}/talent-summary", headers=bearer(token("district_admin", district="baiyun"))
    )
    assert summary.status_code == 200, summary.text
    body = summary.json()
    assert [(y["year"], y["introduced"], y["trained"]) for y in body["years"]] == [(2025, 1, 1), (2026, 1, 0)]
    assert (body["total"]["introduced"], body["total"]["trained"]) == (2, 1)
    assert body["as_of"] is not None
    [latest] = [row.envelope["data"] for row in await env.outbox(center)][-1:]
    assert (latest["year"], latest["introduced"], latest["version"]) == (2026, 1, 1)
    elsewhere = await env.talent.get(
        f"/api/v1/centers/{center}/talent-summary", headers=bearer(token("district_admin", district="tianhe"))
    )
    problem_of(elsewhere, 404, "center-not-found")
