"""Support-service requests (`五(七)`) through the API, against real PostgreSQL and the real broker.

Every test here is judged by the seeded v1 (its own module publishes later versions:
``test_service_entitlements.py``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest

from services.talent.tests.talent_fixtures import SERVICE_REQUESTS, TalentEnv, resident_id
from shared.china_time import china_today
from shared.contracts import talent as contract
from shared.testing.fixtures import TokenFactory, bearer
from talent.figures.models import CenterTalentFigures
from tests.problems import error_fields, problem_of

OFFICER = "talent_officer"
DETAILS = "子女入读天河区公办小学一年级，申请人手机 13812345678"


async def submitted(
    env: TalentEnv, token: TokenFactory, center: str, *, level: str = "leading", kind: str = "housing"
) -> dict[str, Any]:
    """A talent of ``center`` at ``level`` and their request for ``kind``, by a talent officer."""
    talent = await env.register(token, center, level=level)
    response = await env.request_service(token(OFFICER), talent["id"], kind)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def accepted(env: TalentEnv, token: TokenFactory, center: str) -> dict[str, Any]:
    request = await submitted(env, token, center)
    response = await env.act(token(OFFICER), request, "accept")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def history(env: TalentEnv, token: TokenFactory, request_id: str) -> list[dict[str, Any]]:
    response = await env.talent.get(
        f"{SERVICE_REQUESTS}/{request_id}/history", headers=bearer(token(OFFICER))
    )
    assert response.status_code == 200, response.text
    steps: list[dict[str, Any]] = response.json()
    return steps


V1 = [
    # level, service, status, entitlement
    *[
        (level, kind, "submitted", "entitled")
        for level in ("leading", "high_level")
        for kind in ("housing", "healthcare", "children_education")
    ],
    *[
        ("academic_leader", kind, "submitted", "review")
        for kind in ("housing", "healthcare", "children_education")
    ],
    *[
        (level, kind, "refused", "not_entitled")
        for level in ("rd_backbone", "high_skilled")
        for kind in ("housing", "healthcare", "children_education")
    ],
]


@pytest.mark.parametrize(("level", "kind", "status", "entitlement"), V1)
async def test_v1_decides_each_level_and_service_as_the_plan_reads(
    env: TalentEnv, token: TokenFactory, level: str, kind: str, status: str, entitlement: str
) -> None:
    request = await submitted(env, token, await env.center(), level=level, kind=kind)
    assert (request["status"], request["entitlement"], request["entitlement_version"]) == (
        status,
        entitlement,
        1,
    )
    assert request["entitlement_to_confirm"] is (entitlement == "review")
    assert request["refusal_reason"] == ("not_entitled" if status == "refused" else None)
    assert request["requested_on"] == china_today().isoformat()


async def test_a_refusal_is_on_record_with_its_reason_its_version_and_the_clause(
    env: TalentEnv, token: TokenFactory
) -> None:
    request = await submitted(env, token, await env.center(), level="rd_backbone", kind="housing")
    read = await env.talent.get(f"{SERVICE_REQUESTS}/{request['id']}", headers=bearer(token(OFFICER)))
    assert read.status_code == 200, read.text
    body = read.json()
    assert (body["status"], body["refusal_reason"], body["allowed_actions"]) == (
        "refused",
        "not_entitled",
        [],
    )
    for part in ("rd_backbone", "housing", "v1", "2025-02-18", "五(七)"):
        assert part in body["refusal_detail_en"]
    for part in ("研发骨干", "住房", "第 1 版", "五(七)"):
        assert part in body["refusal_detail_zh"]
    [step] = await history(env, token, request["id"])
    assert (step["action"], step["from_status"], step["to_status"]) == ("submit", None, "refused")
    assert step["note"] == body["refusal_detail_en"]
    again = await env.act(token(OFFICER), body, "accept")
    problem = problem_of(again, 409, "invalid-transition")
    assert (problem["current_status"], problem["allowed_actions"]) == ("refused", [])


async def test_a_talent_officer_accepts_and_fulfils_and_every_step_is_in_the_history(
    env: TalentEnv, token: TokenFactory
) -> None:
    request = await submitted(env, token, await env.center())
    assert request["allowed_actions"] == ["accept", "refuse"]
    officer = token(OFFICER, sub="officer-li")
    accepted_ = await env.act(officer, request, "accept", note="已核实")
    assert accepted_.status_code == 200, accepted_.text
    assert accepted_.headers["ETag"] == '"2"'
    assert (accepted_.json()["status"], accepted_.json()["allowed_actions"]) == (
        "accepted",
        ["fulfil", "refuse"],
    )
    fulfilled = await env.act(officer, accepted_.json(), "fulfil")
    assert fulfilled.status_code == 200, fulfilled.text
    body = fulfilled.json()
    assert (body["status"], body["fulfilled_on"], body["allowed_actions"]) == (
        "fulfilled",
        china_today().isoformat(),
        [],
    )
    steps = await history(env, token, request["id"])
    assert [(s["action"], s["from_status"], s["to_status"], s["note"]) for s in steps] == [
        ("submit", None, "submitted", None),
        ("accept", "submitted", "accepted", "已核实"),
        ("fulfil", "accepted", "fulfilled", None),
    ]
    assert [(s["acted_by"], s["acted_as"]) for s in steps[1:]] == [("officer-li", OFFICER)] * 2


@pytest.mark.parametrize(
    ("role", "claims"),
    [
        ("center_user", "own_center"),
        ("district_admin", "own_district"),
        ("municipal_admin", None),
        ("expert", None),
    ],
)
@pytest.mark.parametrize("action", ["accept", "fulfil", "refuse"])
async def test_only_a_talent_officer_takes_an_action(
    env: TalentEnv, token: TokenFactory, role: str, claims: str | None, action: str
) -> None:
    center = await env.center(district="tianhe")
    request = await submitted(env, token, center)
    tok = token(
        role,
        center=center if claims == "own_center" else None,
        district="tianhe" if claims == "own_district" else None,
    )
    problem_of(await env.act(tok, request, action, note="理由"), 403, "forbidden")
    read = await env.talent.get(f"{SERVICE_REQUESTS}/{request['id']}", headers=bearer(token(OFFICER)))
    assert (read.json()["status"], read.json()["version"]) == ("submitted", 1)


async def test_an_action_needs_the_current_if_match(env: TalentEnv, token: TokenFactory) -> None:
    request = await submitted(env, token, await env.center())
    url = f"{SERVICE_REQUESTS}/{request['id']}/actions/accept"
    problem_of(await env.talent.post(url, json={}, headers=bearer(token(OFFICER))), 428)
    stale = {**bearer(token(OFFICER)), "If-Match": '"7"'}
    problem_of(await env.talent.post(url, json={}, headers=stale), 412)
    read = await env.talent.get(f"{SERVICE_REQUESTS}/{request['id']}", headers=bearer(token(OFFICER)))
    assert (read.headers["ETag"], read.json()["status"]) == ('"1"', "submitted")


@pytest.mark.parametrize(
    ("steps", "action", "status", "allowed"),
    [
        ([], "fulfil", "submitted", ["accept", "refuse"]),
        (["accept"], "accept", "accepted", ["fulfil", "refuse"]),
        (["accept", "fulfil"], "refuse", "fulfilled", []),
        (["accept", "fulfil"], "fulfil", "fulfilled", []),
        (["refuse"], "accept", "refused", []),
        (["refuse"], "refuse", "refused", []),
    ],
)
async def test_an_action_from_the_wrong_status_is_409_naming_the_status_and_the_allowed_actions(
    env: TalentEnv, token: TokenFactory, steps: list[str], action: str, status: str, allowed: list[str]
) -> None:
    request = await submitted(env, token, await env.center())
    for step in steps:
        response = await env.act(token(OFFICER), request, step, note="理由")
        assert response.status_code == 200, response.text
        request = response.json()
    problem = problem_of(
        await env.act(token(OFFICER), request, action, note="理由"), 409, "invalid-transition"
    )
    assert (problem["current_status"], problem["allowed_actions"]) == (status, allowed)
    assert status in problem["detail"]


@pytest.mark.parametrize("first", [[], ["accept"]])
async def test_a_talent_officer_refuses_an_open_request_with_a_reason(
    env: TalentEnv, token: TokenFactory, first: list[str]
) -> None:
    request = await submitted(env, token, await env.center())
    for step in first:
        request = (await env.act(token(OFFICER), request, step)).json()
    problem = problem_of(await env.act(token(OFFICER), request, "refuse"), 422)
    assert error_fields(problem) == {"note"}
    refused = await env.act(token(OFFICER, sub="officer-wang"), request, "refuse", note="已享受区级人才住房")
    assert refused.status_code == 200, refused.text
    body = refused.json()
    assert (body["status"], body["refusal_reason"]) == ("refused", "refused_by_officer")
    assert "officer-wang" in body["refusal_detail_en"]
    assert "已享受区级人才住房" in body["refusal_detail_zh"]
    assert (await history(env, token, request["id"]))[-1]["note"] == "已享受区级人才住房"


async def test_accepting_an_entitlement_under_review_needs_a_written_confirmation(
    env: TalentEnv, token: TokenFactory
) -> None:
    request = await submitted(env, token, await env.center(), level="academic_leader")
    assert (request["entitlement"], request["entitlement_to_confirm"]) == ("review", True)
    problem = problem_of(await env.act(token(OFFICER), request, "accept"), 422)
    assert error_fields(problem) == {"note"}
    confirmed = await env.act(token(OFFICER), request, "accept", note="经市人才办认定为高层次人才")
    assert confirmed.status_code == 200, confirmed.text
    assert (confirmed.json()["status"], confirmed.json()["entitlement_to_confirm"]) == ("accepted", False)
    assert (await history(env, token, request["id"]))[-1]["note"] == "经市人才办认定为高层次人才"


async def test_a_talent_has_one_open_request_per_service(env: TalentEnv, token: TokenFactory) -> None:
    request = await submitted(env, token, await env.center())
    talent = request["talent_id"]
    problem = problem_of(
        await env.request_service(token(OFFICER), talent, "housing"), 409, "service-request-open"
    )
    assert problem["open_request_id"] == request["id"]
    other = await env.request_service(token(OFFICER), talent, "healthcare")
    assert other.status_code == 201, other.text
    request = (await env.act(token(OFFICER), request, "accept")).json()
    problem_of(await env.request_service(token(OFFICER), talent, "housing"), 409, "service-request-open")
    assert (await env.act(token(OFFICER), request, "refuse", note="材料不全")).status_code == 200
    again = await env.request_service(token(OFFICER), talent, "housing")
    assert again.status_code == 201, again.text


async def test_two_requests_for_one_talent_and_service_at_once_open_exactly_one(
    env: TalentEnv, token: TokenFactory
) -> None:
    talent = await env.register(token, await env.center())
    responses = await asyncio.gather(
        *(env.request_service(token(OFFICER), talent["id"], "healthcare") for _ in range(4))
    )
    assert sorted(r.status_code for r in responses) == [201, 409, 409, 409]
    listed = await env.talent.get(
        SERVICE_REQUESTS, params={"talent_id": talent["id"]}, headers=bearer(token(OFFICER))
    )
    assert len(listed.json()["items"]) == 1


async def test_who_may_request_a_service(env: TalentEnv, token: TokenFactory) -> None:
    center, elsewhere = await env.center(district="tianhe"), await env.center(district="tianhe")
    talent = await env.register(token, center)
    own = await env.request_service(token("center_user", center=center), talent["id"], "housing")
    assert own.status_code == 201, own.text
    assert own.json()["requested_by"] == "center_user-tester"
    other = await env.request_service(token("center_user", center=elsewhere), talent["id"], "healthcare")
    assert error_fields(problem_of(other, 422)) == {"talent_id"}
    for tok in (token("district_admin", district="tianhe"), token("municipal_admin")):
        problem_of(await env.request_service(tok, talent["id"], "healthcare"), 403, "forbidden")


async def test_a_talent_who_has_left_the_center_gets_no_new_service(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    leaving, gone = await env.register(token, center), await env.register(token, center)
    for talent, left_on in (
        (leaving, china_today() + dt.timedelta(days=30)),
        (gone, china_today() - dt.timedelta(days=1)),
    ):
        patched = await env.talent.patch(
            f"/api/v1/talents/{talent['id']}",
            json={"left_on": left_on.isoformat()},
            headers={**bearer(token(OFFICER)), "If-Match": '"1"'},
        )
        assert patched.status_code == 200, patched.text
    assert (await env.request_service(token(OFFICER), leaving["id"])).status_code == 201
    problem_of(await env.request_service(token(OFFICER), gone["id"]), 409, "talent-left")


async def test_revocation_in_registry_stops_new_requests_and_accepting_but_an_accepted_one_is_fulfilled(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    promised = await accepted(env, token, center)
    waiting = await submitted(env, token, center, kind="healthcare")
    newcomer = await env.register(token, center)
    await env.set_status(center, "revoked")
    problem_of(await env.request_service(token(OFFICER), newcomer["id"]), 409, "center-revoked")
    problem_of(
        await env.request_service(token(OFFICER), waiting["talent_id"], "housing"), 409, "center-revoked"
    )
    problem_of(await env.act(token(OFFICER), waiting, "accept"), 409, "center-revoked")
    fulfilled = await env.act(token(OFFICER), promised, "fulfil")
    assert fulfilled.status_code == 200, fulfilled.text
    assert fulfilled.json()["status"] == "fulfilled"
    refused = await env.act(token(OFFICER), waiting, "refuse", note="中心已撤销")
    assert refused.json()["status"] == "refused"


async def test_fulfilment_counts_into_the_figures_and_announces_it_without_personal_data_or_details(
    env: TalentEnv, token: TokenFactory
) -> None:
    center, number = await env.center(), resident_id()
    talent = await env.register(token, center, id_document={"type": "resident_id", "number": number})
    created = await env.request_service(token(OFFICER), talent["id"], "children_education", details=DETAILS)
    request = (await env.act(token(OFFICER), created.json(), "accept")).json()
    fulfilled = (await env.act(token(OFFICER), request, "fulfil")).json()
    year = china_today().year
    async with env.sessionmaker() as session:
        figures = await session.get(CenterTalentFigures, (center, year))
    assert figures is not None
    assert figures.services_fulfilled == 1
    [announced] = await env.outbox(request["id"], contract.SERVICE_REQUEST_FULFILLED)
    assert announced.topic == contract.SERVICE_REQUEST_TOPIC
    assert announced.envelope["data"] == {
        "request_id": request["id"],
        "talent_id": talent["id"],
        "center_id": center,
        "kind": "children_education",
        "fulfilled_on": fulfilled["fulfilled_on"],
    }
    changed = await env.outbox(center, contract.CENTER_FIGURES_CHANGED)
    newest = changed[-1].envelope["data"]
    assert (newest["year"], newest["services_fulfilled"]) == (year, 1)
    written = json.dumps([announced.envelope, *(row.envelope for row in changed)], ensure_ascii=False)
    for secret in (DETAILS, "13812345678", number, talent["name"], "1980-05-12", "zhang.wei@example.cn"):
        assert secret not in written


async def test_lists_are_scoped_and_filtered(env: TalentEnv, token: TokenFactory) -> None:
    north, south = await env.center(district="baiyun"), await env.center(district="panyu")
    in_north = await submitted(env, token, north)
    refused_north = await submitted(env, token, north, level="high_skilled", kind="healthcare")
    in_south = await submitted(env, token, south)

    async def ids(tok: str, **params: str) -> set[str]:
        response = await env.talent.get(SERVICE_REQUESTS, params=params, headers=bearer(tok))
        assert response.status_code == 200, response.text
        return {r["id"] for r in response.json()["items"]}

    assert await ids(token("center_user", center=north)) == {in_north["id"], refused_north["id"]}
    assert await ids(token("district_admin", district="panyu")) == {in_south["id"]}
    officer = token(OFFICER)
    assert await ids(officer, center_id=north, status="refused") == {refused_north["id"]}
    assert await ids(officer, center_id=north, kind="housing") == {in_north["id"]}
    assert await ids(officer, talent_id=in_south["talent_id"]) == {in_south["id"]}
    problem_of(
        await env.talent.get(SERVICE_REQUESTS, params={"status": "open"}, headers=bearer(officer)), 422
    )
    problem_of(
        await env.talent.get(SERVICE_REQUESTS, params={"level": "leading"}, headers=bearer(officer)), 422
    )
    other = await env.talent.get(
        f"{SERVICE_REQUESTS}/{in_south['id']}", headers=bearer(token("center_user", center=north))
    )
    problem_of(other, 404, "service-request-not-found")
    problem_of(await env.talent.get(SERVICE_REQUESTS, headers=bearer(token("expert"))), 403)


async def test_the_same_idempotency_key_requests_once(env: TalentEnv, token: TokenFactory) -> None:
    talent = await env.register(token, await env.center())
    headers = {**bearer(token(OFFICER)), "Idempotency-Key": f"svc-{talent['id']}"}
    body = {"talent_id": talent["id"], "kind": "housing", "details": "人才公寓"}
    first = await env.talent.post(SERVICE_REQUESTS, json=body, headers=headers)
    second = await env.talent.post(SERVICE_REQUESTS, json=body, headers=headers)
    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["id"] == second.json()["id"]
    assert second.headers["ETag"] == '"1"'


async def test_every_value_of_the_service_enums_has_its_labels(env: TalentEnv) -> None:
    response = await env.talent.get("/api/v1/meta/enums")
    labels = {
        name: {v["value"]: (v["zh"], v["en"]) for v in values} for name, values in response.json().items()
    }
    assert set(labels["service_kind"]) == {"housing", "healthcare", "children_education"}
    assert set(labels["service_entitlement"]) == {"entitled", "not_entitled", "review"}
    assert set(labels["service_request_status"]) == {"submitted", "accepted", "fulfilled", "refused"}
    assert set(labels["service_request_step"]) == {"submit", "accept", "fulfil", "refuse"}
    assert set(labels["service_refusal_reason"]) == {"not_entitled", "refused_by_officer"}
    assert labels["service_kind"]["housing"] == ("住房", "housing")
