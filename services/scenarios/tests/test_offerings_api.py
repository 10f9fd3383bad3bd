"""Innovation offerings (创新产品/服务, `五(五)`, `五(六)`) through the API, against real PostgreSQL
and the real broker: a center's own, kept in step with registry by its events."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from scenarios.offerings.repository import open_for_matching
from services.scenarios.tests.scenario_fixtures import (
    ADMIN,
    OFFERINGS,
    ScenariosEnv,
    center_user,
    if_match,
    offering_body,
)
from shared.contracts import registry as registry_contract
from shared.testing.fixtures import TokenFactory, bearer
from tests.events import publish
from tests.problems import error_fields, problem_of


async def read(env: ScenariosEnv, token: TokenFactory, offering_id: str) -> dict[str, Any]:
    response = await env.api.get(f"{OFFERINGS}/{offering_id}", headers=bearer(token("expert")))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def history(env: ScenariosEnv, token: TokenFactory, offering_id: str) -> list[dict[str, Any]]:
    response = await env.api.get(f"{OFFERINGS}/{offering_id}/history", headers=bearer(token("expert")))
    assert response.status_code == 200, response.text
    steps: list[dict[str, Any]] = response.json()
    return steps


async def act(env: ScenariosEnv, tok: str, offering: dict[str, Any], action: str) -> Any:
    return await env.api.post(
        f"{OFFERINGS}/{offering['id']}/actions/{action}", json={}, headers=if_match(tok, offering)
    )


async def open_ids(env: ScenariosEnv) -> set[str]:
    async with env.sessionmaker() as session:
        return {str(o.id) for o in await open_for_matching(session)}


async def test_a_center_user_publishes_an_offering_of_its_own_center_open_for_matching(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    tok = center_user(token, center, sub="center-staff-1")
    response = await env.api.post(
        OFFERINGS,
        json=offering_body(center, certifications=["CCC", "ISO 9001", "CCC"], tags=["车路协同", "ＡＩ"]),
        headers=bearer(tok),
    )
    assert response.status_code == 201, response.text
    offering = response.json()
    assert response.headers["ETag"] == '"1"'
    assert (offering["center_id"], offering["status"], offering["withdrawal_reason"]) == (
        center,
        "active",
        None,
    )
    assert (offering["maturity_level"], offering["created_by"]) == ("pilot_ready", "center-staff-1")
    assert (offering["certifications"], offering["tags"]) == (["CCC", "ISO 9001"], ["车路协同", "AI"])
    assert offering["allowed_actions"] == ["withdraw"]
    assert await read(env, token, offering["id"]) == offering  # every authenticated caller reads it
    assert offering["id"] in await open_ids(env)


@pytest.mark.parametrize(
    ("caller", "status"),
    [
        ("own_center_user", 201),
        ("municipal_admin", 201),
        ("other_center_user", 403),
        ("scenario_publisher", 403),
        ("district_admin", 403),
        ("talent_officer", 403),
    ],
)
async def test_an_offering_is_published_by_its_own_center_or_the_city_only(
    env: ScenariosEnv, token: TokenFactory, caller: str, status: int
) -> None:
    center, other = await env.registry.center(), await env.registry.center()
    tokens = {
        "own_center_user": center_user(token, center),
        "other_center_user": center_user(token, other),
        "district_admin": token("district_admin", district="tianhe"),
    }
    tok = tokens.get(caller) or token(caller)
    response = await env.api.post(OFFERINGS, json=offering_body(center), headers=bearer(tok))
    assert response.status_code == status, response.text
    listed = await env.api.get(OFFERINGS, params={"center_id": center}, headers=bearer(tok))
    assert len(listed.json()["items"]) == (1 if status == 201 else 0)


async def test_an_offering_needs_a_center_registry_announced_and_did_not_revoke(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    unknown = str(uuid.uuid4())
    response = await env.api.post(OFFERINGS, json=offering_body(unknown), headers=bearer(token(ADMIN)))
    assert error_fields(problem_of(response, 422)) == {"center_id"}
    revoked = await env.registry.center(status="revoked")
    response = await env.api.post(
        OFFERINGS, json=offering_body(revoked), headers=bearer(center_user(token, revoked))
    )
    problem_of(response, 409, "center-revoked")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cluster_code", "metaverse"),
        ("maturity_level", "idea"),
        ("maturity_level", None),
        ("name", " "),
        ("tags", [""]),
        ("certifications", ["x" * 201]),
        ("status", "withdrawn"),
    ],
)
async def test_an_offering_that_does_not_hold_is_a_422_naming_the_field(
    env: ScenariosEnv, token: TokenFactory, field: str, value: Any
) -> None:
    center = await env.registry.center()
    response = await env.api.post(
        OFFERINGS, json=offering_body(center, **{field: value}), headers=bearer(token(ADMIN))
    )
    assert {f.split(".")[0] for f in error_fields(problem_of(response, 422))} == {field}


async def test_an_offering_is_edited_with_if_match_by_its_center_only(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center, other = await env.registry.center(), await env.registry.center()
    own = center_user(token, center)
    offering = await env.offer(own, center)
    url = f"{OFFERINGS}/{offering['id']}"
    problem_of(await env.api.patch(url, json={"maturity_level": "small_batch"}, headers=bearer(own)), 428)
    problem_of(
        await env.api.patch(
            url, json={"name": "别人的"}, headers=if_match(center_user(token, other), offering)
        ),
        403,
    )
    edited = await env.api.patch(
        url, json={"maturity_level": "small_batch", "tags": ["路侧感知"]}, headers=if_match(own, offering)
    )
    assert (edited.status_code, edited.headers["ETag"]) == (200, '"2"'), edited.text
    body = edited.json()
    assert (body["maturity_level"], body["tags"], body["name"]) == (
        "small_batch",
        ["路侧感知"],
        offering["name"],
    )
    problem_of(await env.api.patch(url, json={"name": "迟到的修改"}, headers=if_match(own, offering)), 412)
    for change in ({"center_id": other}, {"name": None}):
        assert error_fields(
            problem_of(await env.api.patch(url, json=change, headers=if_match(own, body)), 422)
        ) == set(change)
    assert (await read(env, token, offering["id"]))["version"] == 2


async def test_a_center_withdraws_and_reactivates_its_offering_and_each_step_is_kept(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    own = center_user(token, center, sub="center-staff-2")
    offering = await env.offer(own, center)
    problem_of(await act(env, center_user(token, await env.registry.center()), offering, "withdraw"), 403)
    problem_of(await act(env, token("scenario_publisher"), offering, "withdraw"), 403)
    again = await act(env, own, offering, "reactivate")
    problem = problem_of(again, 409, "action-not-allowed")
    assert (problem["offering_status"], problem["allowed_actions"]) == ("active", ["withdraw"])
    withdrawn = (await act(env, own, offering, "withdraw")).json()
    assert (withdrawn["status"], withdrawn["withdrawal_reason"], withdrawn["allowed_actions"]) == (
        "withdrawn",
        "requested",
        ["reactivate"],
    )
    assert offering["id"] not in await open_ids(env)
    problem_of(await act(env, own, offering, "reactivate"), 412)  # read before the withdrawal
    reactivated = await act(env, token(ADMIN, sub="city-admin"), withdrawn, "reactivate")
    assert (reactivated.json()["status"], reactivated.json()["withdrawal_reason"]) == ("active", None)
    assert offering["id"] in await open_ids(env)
    steps = await history(env, token, offering["id"])
    assert [(s["action"], s["from_status"], s["to_status"], s["acted_by"]) for s in steps] == [
        ("withdraw", "active", "withdrawn", "center-staff-2"),
        ("reactivate", "withdrawn", "active", "city-admin"),
    ]


async def test_registrys_revocation_withdraws_the_centers_offerings_once_and_nothing_else(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center, bystander = await env.registry.center(), await env.registry.center()
    own = center_user(token, center)
    first, second = await env.offer(own, center), await env.offer(own, center, name="工业视觉检测系统")
    withdrawn_before = (await act(env, own, await env.offer(own, center, name="旧产品"), "withdraw")).json()
    elsewhere = await env.offer(center_user(token, bystander), bystander)

    revocation = await env.registry.set_status(center, "revoked")  # waits for the read model's commit

    for offering in (first, second):
        now = await read(env, token, offering["id"])
        assert (now["status"], now["withdrawal_reason"], now["version"]) == ("withdrawn", "center_revoked", 2)
        assert now["allowed_actions"] == ["reactivate"]
        [step] = await history(env, token, offering["id"])
        assert (step["action"], step["from_status"], step["to_status"]) == (
            "center_revoked",
            "active",
            "withdrawn",
        )
        assert (step["acted_by"], step["acted_as"]) == ("municipal_admin-tester", "registry")
        assert str(revocation.id) in step["note"]
    assert (
        await read(env, token, withdrawn_before["id"]) == withdrawn_before
    )  # already withdrawn: left as it was
    assert (await read(env, token, elsewhere["id"]))["status"] == "active"
    assert {first["id"], second["id"]}.isdisjoint(await open_ids(env))
    assert elsewhere["id"] in await open_ids(env)

    # The same event again, and registry saying "revoked" once more: nothing changes.
    ids = [first["id"], second["id"], withdrawn_before["id"]]
    seen = {i: (await read(env, token, i), await history(env, token, i)) for i in ids}
    await publish(env.registry.producer, registry_contract.CENTER_TOPIC, revocation)
    await env.registry.set_status(center, "revoked")
    await env.registry.update(center, name="已撤销的测试中心")  # after both on the center's partition
    assert {i: (await read(env, token, i), await history(env, token, i)) for i in ids} == seen

    for tok in (own, token(ADMIN)):
        latest = await read(env, token, first["id"])
        problem_of(await act(env, tok, latest, "reactivate"), 409, "center-revoked")
        edit = await env.api.patch(
            f"{OFFERINGS}/{first['id']}", json={"name": "改名"}, headers=if_match(tok, latest)
        )
        problem_of(edit, 409, "center-revoked")
        problem_of(
            await env.api.post(OFFERINGS, json=offering_body(center), headers=bearer(tok)),
            409,
            "center-revoked",
        )


async def test_offerings_created_while_registry_revokes_the_center_end_up_withdrawn_or_refused(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    own = center_user(token, center)

    async def create() -> int:
        response = await env.api.post(OFFERINGS, json=offering_body(center), headers=bearer(own))
        return response.status_code

    outcomes = await asyncio.gather(*(create() for _ in range(8)), env.registry.set_status(center, "revoked"))
    assert set(outcomes[:-1]) <= {201, 409}
    listed = await env.api.get(OFFERINGS, params={"center_id": center, "limit": 200}, headers=bearer(own))
    offerings = listed.json()["items"]
    assert len(offerings) == outcomes.count(201)
    assert all(o["status"] == "withdrawn" for o in offerings), offerings


async def test_matching_reads_every_open_offering_with_a_version_to_key_a_cache_on(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    own = center_user(token, center)
    offering = await env.offer(
        own, center, tags=["机器视觉", "缺陷检测"], cluster_code="intelligent_equipment_robotics"
    )
    async with env.sessionmaker() as session:
        [found] = [o for o in await open_for_matching(session) if str(o.id) == offering["id"]]
    assert (str(found.center_id), found.name, found.description) == (
        center,
        offering["name"],
        offering["description"],
    )
    assert (found.cluster_code, found.tags, found.version) == (
        "intelligent_equipment_robotics",
        ("机器视觉", "缺陷检测"),
        1,
    )
    edited = await env.api.patch(
        f"{OFFERINGS}/{offering['id']}", json={"description": "新版说明"}, headers=if_match(own, offering)
    )
    assert edited.status_code == 200, edited.text
    async with env.sessionmaker() as session:
        [after] = [o for o in await open_for_matching(session) if str(o.id) == offering["id"]]
    assert (after.version, after.description) == (2, "新版说明")
    assert after.updated_at > found.updated_at


async def test_the_same_idempotency_key_and_body_publish_one_offering(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    headers = {**bearer(center_user(token, center)), "Idempotency-Key": "offering-001"}
    first = await env.api.post(OFFERINGS, json=offering_body(center), headers=headers)
    again = await env.api.post(OFFERINGS, json=offering_body(center), headers=headers)
    assert (first.status_code, again.status_code, again.headers["Idempotent-Replayed"]) == (201, 201, "true")
    assert again.json() == first.json()
    listed = await env.api.get(OFFERINGS, params={"center_id": center}, headers=headers)
    assert [o["id"] for o in listed.json()["items"]] == [first.json()["id"]]


async def test_offerings_filter_by_center_status_cluster_maturity_and_tag(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    own = center_user(token, center)
    wanted = await env.offer(
        own, center, tags=["储能"], cluster_code="new_energy_storage", maturity_level="prototype"
    )
    await env.offer(
        own, center, tags=["储能"], cluster_code="new_energy_storage", maturity_level="mass_production"
    )
    withdrawn = await env.offer(
        own, center, tags=["储能"], cluster_code="new_energy_storage", maturity_level="prototype"
    )
    await act(env, own, withdrawn, "withdraw")

    async def ids(**params: str) -> list[str]:
        response = await env.api.get(OFFERINGS, params={"center_id": center, **params}, headers=bearer(own))
        assert response.status_code == 200, response.text
        return [o["id"] for o in response.json()["items"]]

    assert await ids(status="active", maturity_level="prototype", tag="储能") == [wanted["id"]]
    assert await ids(status="withdrawn") == [withdrawn["id"]]
    assert await ids(cluster_code="semiconductor_ic") == []
    for name, value in [("cluster_code", "x"), ("maturity_level", "alpha"), ("center_id", "not-a-uuid")]:
        response = await env.api.get(OFFERINGS, params={name: value}, headers=bearer(own))
        assert error_fields(problem_of(response, 422)) == {name}
