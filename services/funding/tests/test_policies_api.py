"""Policies as data (issue 4, item 1; 五(八)): create, draft, publish, dates, roles, events."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select

from funding.messaging import OutboxRecord
from funding.policies import repository
from shared.contracts import funding as contract
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.problems import error_fields, problem_of
from tests.stack import Stack

FIXED: dict[str, Any] = {
    "grant": {"form": "fixed", "amounts": {"national": "5000000.00", "provincial": "2000000.00"}},
}


def policy_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "code": f"p_{uuid.uuid4().hex[:10]}",
        "title": "测试政策",
        "clause": "五(八)",
        "source": "测试来源",
        "jurisdiction": "city",
    }
    payload.update(overrides)
    return payload


def version_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "effective_from": "2026-01-01",
        "rule_kind": "upgrade_support",
        "parameters": FIXED,
    }
    payload.update(overrides)
    return payload


async def new_policy(stack: Stack, tok: str, **overrides: Any) -> dict[str, Any]:
    response = await stack.funding.post(
        "/api/v1/policies", json=policy_payload(**overrides), headers=bearer(tok)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def new_version(stack: Stack, tok: str, code: str, **overrides: Any) -> dict[str, Any]:
    response = await stack.funding.post(
        f"/api/v1/policies/{code}/versions", json=version_payload(**overrides), headers=bearer(tok)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def publish(stack: Stack, tok: str, code: str, version: int) -> Any:
    return await stack.funding.post(
        f"/api/v1/policies/{code}/versions/{version}/publish", headers=bearer(tok)
    )


async def events_of(stack: Stack, code: str) -> list[dict[str, Any]]:
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        rows = (
            await session.scalars(
                select(OutboxRecord)
                .where(OutboxRecord.topic == contract.POLICY_TOPIC, OutboxRecord.key == code)
                .order_by(OutboxRecord.id)
            )
        ).all()
    return [r.envelope for r in rows]


# Reading and the seeds.


async def test_the_seeds_are_listed_with_their_dated_versions_and_sources(stack: Stack, admin: str) -> None:
    response = await stack.funding.get("/api/v1/policies/upgrade_support", headers=bearer(admin))
    assert response.status_code == 200, response.text
    versions = {v["version"]: v for v in response.json()["versions"]}
    assert versions[0]["parameters"]["grant"]["form"] == "ratio_cap"
    assert (versions[0]["effective_from"], versions[0]["effective_to"]) == ("2018-09-13", "2025-02-17")
    assert "穗府规〔2018〕15号" in versions[0]["source"]
    assert versions[1]["effective_from"] == "2025-02-18"
    assert versions[1]["parameters"]["grant"]["form"] == "fixed"
    rd = await stack.funding.get("/api/v1/policies/rd_super_deduction", headers=bearer(admin))
    rd_versions = rd.json()["versions"]
    assert [(v["effective_from"], v["effective_to"]) for v in rd_versions] == [
        ("2023-01-01", "2027-12-31"),
        ("2028-01-01", None),
    ]
    assert "2023年第44号" in rd_versions[0]["source"]


async def test_reading_needs_a_token_and_an_unknown_policy_is_404(stack: Stack, admin: str) -> None:
    problem_of(await stack.funding.get("/api/v1/policies"), 401)
    problem_of(
        await stack.funding.get("/api/v1/policies/nope_nope", headers=bearer(admin)), 404, "policy-not-found"
    )
    problem_of(
        await stack.funding.get("/api/v1/policies/upgrade_support/versions/99", headers=bearer(admin)),
        404,
        "policy-version-not-found",
    )


async def test_the_list_pages_by_code_and_filters_by_jurisdiction(stack: Stack, admin: str) -> None:
    await new_policy(stack, admin, jurisdiction="panyu")
    await new_policy(stack, admin, jurisdiction="panyu")
    first = await stack.funding.get(
        "/api/v1/policies", params={"limit": 1, "jurisdiction": "panyu"}, headers=bearer(admin)
    )
    assert first.status_code == 200, first.text
    assert len(first.json()["items"]) == 1
    cursor = first.json()["next_cursor"]
    assert cursor
    second = await stack.funding.get(
        "/api/v1/policies",
        params={"limit": 1, "jurisdiction": "panyu", "cursor": cursor},
        headers=bearer(admin),
    )
    assert second.json()["items"][0]["code"] > first.json()["items"][0]["code"]
    assert {i["jurisdiction"] for i in first.json()["items"] + second.json()["items"]} == {"panyu"}
    problem_of(
        await stack.funding.get("/api/v1/policies", params={"cursor": "%%%"}, headers=bearer(admin)), 422
    )


# Creating policies: who may, and for which jurisdiction.


async def test_a_municipal_admin_creates_a_policy_and_an_event_is_written(stack: Stack, admin: str) -> None:
    policy = await new_policy(stack, admin)
    assert policy["versions"] == []
    assert policy["created_by"] == "city-officer"
    envelopes = await events_of(stack, policy["code"])
    assert [e["type"] for e in envelopes] == [contract.POLICY_CREATED]
    assert envelopes[0]["data"]["jurisdiction"] == "city"


async def test_wrong_roles_cannot_create_policies(stack: Stack, token: TokenFactory) -> None:
    for role in ("finance_officer", "expert", "center_user", "talent_officer"):
        response = await stack.funding.post(
            "/api/v1/policies", json=policy_payload(), headers=bearer(token(role))
        )
        problem_of(response, 403, "forbidden")


async def test_a_district_admin_creates_policies_of_its_own_district_only(
    stack: Stack, token: TokenFactory
) -> None:
    huangpu = token("district_admin", sub="huangpu-officer", district="huangpu")
    own = await new_policy(stack, huangpu, jurisdiction="huangpu")
    assert own["jurisdiction"] == "huangpu"
    for jurisdiction in ("tianhe", "city"):
        response = await stack.funding.post(
            "/api/v1/policies", json=policy_payload(jurisdiction=jurisdiction), headers=bearer(huangpu)
        )
        body = problem_of(response, 403, "forbidden")
        assert "huangpu" in body["detail"]


async def test_an_unknown_jurisdiction_is_422(stack: Stack, admin: str) -> None:
    response = await stack.funding.post(
        "/api/v1/policies", json=policy_payload(jurisdiction="atlantis"), headers=bearer(admin)
    )
    body = problem_of(response, 422)
    assert error_fields(body) == {"jurisdiction"}
    assert "huangpu" in body["detail"]


async def test_a_taken_code_is_409_and_a_bad_code_is_422(stack: Stack, admin: str) -> None:
    problem_of(
        await stack.funding.post(
            "/api/v1/policies", json=policy_payload(code="upgrade_support"), headers=bearer(admin)
        ),
        409,
        "policy-code-taken",
    )
    body = problem_of(
        await stack.funding.post(
            "/api/v1/policies", json=policy_payload(code="Bad Code!"), headers=bearer(admin)
        ),
        422,
    )
    assert error_fields(body) == {"code"}


async def test_the_same_idempotency_key_creates_once(stack: Stack, admin: str) -> None:
    payload = policy_payload()
    headers = {**bearer(admin), "Idempotency-Key": f"policy-{uuid.uuid4()}"}
    first = await stack.funding.post("/api/v1/policies", json=payload, headers=headers)
    again = await stack.funding.post("/api/v1/policies", json=payload, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    version_headers = {**bearer(admin), "Idempotency-Key": f"version-{uuid.uuid4()}"}
    url = f"/api/v1/policies/{payload['code']}/versions"
    one = await stack.funding.post(url, json=version_payload(), headers=version_headers)
    two = await stack.funding.post(url, json=version_payload(), headers=version_headers)
    assert one.status_code == two.status_code == 201
    assert one.json()["version"] == two.json()["version"] == 1
    listed = await stack.funding.get(f"/api/v1/policies/{payload['code']}", headers=bearer(admin))
    assert len(listed.json()["versions"]) == 1
    other_body = await stack.funding.post(
        url, json=version_payload(effective_from="2027-01-01"), headers=version_headers
    )
    problem_of(other_body, 422)


# Versions: parameters per rule kind.


async def test_an_unknown_rule_kind_is_422_naming_the_known_ones(stack: Stack, admin: str) -> None:
    policy = await new_policy(stack, admin)
    response = await stack.funding.post(
        f"/api/v1/policies/{policy['code']}/versions",
        json=version_payload(rule_kind="lottery"),
        headers=bearer(admin),
    )
    body = problem_of(response, 422)
    assert error_fields(body) == {"rule_kind"}
    assert "upgrade_support" in body["detail"]
    assert "rd_super_deduction" in body["detail"]


async def test_parameters_that_do_not_fit_the_rule_kind_are_422_by_field(stack: Stack, admin: str) -> None:
    policy = await new_policy(stack, admin)
    bad = {
        "grant": {"form": "fixed", "amounts": {"national": "1.234"}},
        "equity": {"ratio": "1.5"},
        "typo": 1,
    }
    response = await stack.funding.post(
        f"/api/v1/policies/{policy['code']}/versions",
        json=version_payload(parameters=bad),
        headers=bearer(admin),
    )
    fields = error_fields(problem_of(response, 422))
    assert "parameters.grant.fixed.amounts.national" in fields
    assert "parameters.equity.ratio" in fields
    assert "parameters.equity.base" in fields
    assert "parameters.typo" in fields


async def test_a_policy_keeps_one_rule_kind(stack: Stack, admin: str) -> None:
    response = await stack.funding.post(
        "/api/v1/policies/upgrade_support/versions",
        json=version_payload(
            rule_kind="rd_super_deduction",
            parameters={"rates": {"general": {"extra_rate": "1.00", "basis": "x"}}},
        ),
        headers=bearer(admin),
    )
    assert error_fields(problem_of(response, 422)) == {"rule_kind"}


async def test_dates_in_the_wrong_order_are_422(stack: Stack, admin: str) -> None:
    policy = await new_policy(stack, admin)
    response = await stack.funding.post(
        f"/api/v1/policies/{policy['code']}/versions",
        json=version_payload(effective_from="2026-05-01", effective_to="2026-04-30"),
        headers=bearer(admin),
    )
    assert error_fields(problem_of(response, 422)) == {"effective_to"}


async def test_parameters_are_stored_normalized(stack: Stack, admin: str) -> None:
    policy = await new_policy(stack, admin)
    params = {
        "grant": {
            "form": "ratio_cap",
            "ratio": "0.3",
            "base": "paid_in_capital",
            "caps": {"national": "30000000"},
        },
    }
    version = await new_version(stack, admin, policy["code"], parameters=params)
    assert version["parameters"] == {
        "grant": {
            "form": "ratio_cap",
            "ratio": "0.3",
            "base": "paid_in_capital",
            "caps": {"national": "30000000.00"},
        },
        "exclude_if_requires_matching_funds": True,
        "one_off": True,
        "rounding": "ROUND_HALF_UP",
    }


# Drafts and publication.


async def test_a_draft_is_never_in_force(stack: Stack, admin: str) -> None:
    policy = await new_policy(stack, admin)
    draft = await new_version(stack, admin, policy["code"])
    assert draft["status"] == "draft"
    assert draft["published_at"] is None
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        assert await repository.version_in_force(session, policy["code"], dt.date(2026, 6, 1)) is None
    published = await publish(stack, admin, policy["code"], draft["version"])
    assert published.status_code == 200, published.text
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        in_force = await repository.version_in_force(session, policy["code"], dt.date(2026, 6, 1))
    assert in_force is not None
    assert in_force.version == draft["version"]


async def test_publishing_closes_the_open_ended_previous_version_the_day_before(
    stack: Stack, admin: str
) -> None:
    policy = await new_policy(stack, admin)
    first = await new_version(stack, admin, policy["code"], effective_from="2026-01-01", status="published")
    assert first["status"] == "published"
    assert first["effective_to"] is None
    second = await new_version(stack, admin, policy["code"], effective_from="2026-07-01")
    response = await publish(stack, admin, policy["code"], second["version"])
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "published"
    assert body["published_by"] == "city-officer"
    closing = [s for s in body["publish_trace"] if s["step"] == "closed_previous"]
    assert closing == [
        {
            "step": "closed_previous",
            "detail": f"v{first['version']} (in force from 2026-01-01, open-ended) now ends 2026-06-30, "
            f"the day before v{second['version']} takes effect",
            "version": first["version"],
            "effective_to": "2026-06-30",
        }
    ]
    closed = await stack.funding.get(
        f"/api/v1/policies/{policy['code']}/versions/{first['version']}", headers=bearer(admin)
    )
    assert closed.json()["effective_to"] == "2026-06-30"
    envelopes = await events_of(stack, policy["code"])
    assert [e["type"] for e in envelopes] == [
        contract.POLICY_CREATED,
        contract.POLICY_VERSION_PUBLISHED,
        contract.POLICY_VERSION_DRAFTED,
        contract.POLICY_VERSION_PUBLISHED,
    ]
    assert envelopes[-1]["data"]["closed_previous"] == {
        "version": first["version"],
        "effective_from": "2026-01-01",
        "effective_to": "2026-06-30",
    }
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        june_30 = await repository.version_in_force(session, policy["code"], dt.date(2026, 6, 30))
        july_1 = await repository.version_in_force(session, policy["code"], dt.date(2026, 7, 1))
    assert june_30 is not None
    assert july_1 is not None
    assert (june_30.version, july_1.version) == (first["version"], second["version"])


async def test_overlapping_published_versions_are_409(stack: Stack, admin: str) -> None:
    policy = await new_policy(stack, admin)
    code = policy["code"]
    await new_version(
        stack, admin, code, effective_from="2026-01-01", effective_to="2026-06-30", status="published"
    )
    # Same start as a closed version: it cannot be closed the day before, so it overlaps.
    same_start = await new_version(stack, admin, code, effective_from="2026-01-01")
    body = problem_of(
        await publish(stack, admin, code, same_start["version"]), 409, "policy-versions-overlap"
    )
    assert body["overlapping_versions"] == [1]
    inside = await new_version(stack, admin, code, effective_from="2026-03-01", effective_to="2026-03-31")
    problem_of(await publish(stack, admin, code, inside["version"]), 409, "policy-versions-overlap")
    # Open-ended before a published version starts: would cover it.
    earlier_open = await new_version(stack, admin, code, effective_from="2025-01-01")
    problem_of(await publish(stack, admin, code, earlier_open["version"]), 409, "policy-versions-overlap")
    # Directly published overlapping versions are refused too, and nothing is kept.
    response = await stack.funding.post(
        f"/api/v1/policies/{code}/versions",
        json=version_payload(effective_from="2026-06-30", status="published"),
        headers=bearer(admin),
    )
    problem_of(response, 409, "policy-versions-overlap")
    after = await new_version(stack, admin, code, effective_from="2026-07-01")
    assert (await publish(stack, admin, code, after["version"])).status_code == 200
    listed = await stack.funding.get(f"/api/v1/policies/{code}", headers=bearer(admin))
    published = [
        (v["version"], v["effective_from"], v["effective_to"])
        for v in listed.json()["versions"]
        if v["status"] == "published"
    ]
    assert published == [(1, "2026-01-01", "2026-06-30"), (after["version"], "2026-07-01", None)]


async def test_a_published_version_is_immutable(stack: Stack, admin: str) -> None:
    response = await publish(stack, admin, "upgrade_support", 1)
    problem_of(response, 409, "policy-version-immutable")
    again = await stack.funding.get("/api/v1/policies/upgrade_support/versions/1", headers=bearer(admin))
    assert again.json()["effective_to"] is None


async def test_wrong_roles_cannot_draft_or_publish(stack: Stack, admin: str, token: TokenFactory) -> None:
    policy = await new_policy(stack, admin)
    draft = await new_version(stack, admin, policy["code"])
    for tok in (token("finance_officer"), token("center_user"), token("district_admin", district="huangpu")):
        response = await stack.funding.post(
            f"/api/v1/policies/{policy['code']}/versions", json=version_payload(), headers=bearer(tok)
        )
        problem_of(response, 403, "forbidden")
        problem_of(await publish(stack, tok, policy["code"], draft["version"]), 403, "forbidden")


# District supplements (五(八)).


async def test_a_district_admin_publishes_its_districts_upgrade_supplement(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    huangpu = token("district_admin", sub="huangpu-officer", district="huangpu")
    policy = await new_policy(stack, huangpu, jurisdiction="huangpu", clause="五(八)", title="黄埔区配套")
    draft = await new_version(stack, huangpu, policy["code"], effective_from="2025-01-01")
    tianhe = token("district_admin", district="tianhe")
    problem_of(await publish(stack, tianhe, policy["code"], draft["version"]), 403, "forbidden")
    response = await publish(stack, huangpu, policy["code"], draft["version"])
    assert response.status_code == 200, response.text
    assert response.json()["published_by"] == "huangpu-officer"
    # A municipal admin may version any district's policy too.
    other = await new_version(stack, admin, policy["code"], effective_from="2026-01-01", status="published")
    assert other["status"] == "published"
    june_2025, june_2026 = dt.date(2025, 6, 1), dt.date(2026, 6, 1)
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:

        async def in_force(jurisdiction: str, kind: str, day: dt.date) -> tuple[Any, list[Any]]:
            """What an upgrade's evaluation asks: the city's rule and a jurisdiction's policies."""
            return await repository.policy_and_jurisdiction_in_force(
                session, "upgrade_support", jurisdiction, kind, day
            )

        in_2025 = await in_force("huangpu", "upgrade_support", june_2025)
        in_2026 = await in_force("huangpu", "upgrade_support", june_2026)
        other_kind = await in_force("huangpu", "rd_super_deduction", june_2025)
        before = await in_force("huangpu", "upgrade_support", dt.date(2024, 12, 31))
        city = await in_force("city", "upgrade_support", june_2025)
        city_rule = await repository.version_in_force(session, "upgrade_support", june_2025)

    def versions(found: tuple[Any, list[Any]]) -> list[tuple[str, int]]:
        return [(v.policy_code, v.version) for v in found[1]]

    assert (policy["code"], 1) in versions(in_2025)
    assert (policy["code"], 2) in versions(in_2026)
    assert (policy["code"], 1) not in versions(in_2026)  # version 2 closed version 1
    assert versions(other_kind) == []
    assert policy["code"] not in [code for code, _ in versions(before)]
    assert ("upgrade_support", 1) in versions(city)
    assert policy["code"] not in [code for code, _ in versions(city)]
    # The city's rule comes with every answer, the same version as asking for it alone.
    assert city_rule is not None
    assert city_rule.policy_code == "upgrade_support"
    for found in (in_2025, city):
        assert found[0] is not None
        assert (found[0].policy_code, found[0].version) == (city_rule.policy_code, city_rule.version)
        assert found[0].parameters == city_rule.parameters


async def test_concurrent_publications_of_overlapping_versions_let_one_through(
    stack: Stack, admin: str
) -> None:
    policy = await new_policy(stack, admin)
    code = policy["code"]
    drafts = [
        await new_version(stack, admin, code, effective_from="2026-01-01", effective_to="2026-12-31")
        for _ in range(4)
    ]
    responses = await asyncio.gather(*(publish(stack, admin, code, d["version"]) for d in drafts))
    assert sorted(r.status_code for r in responses) == [200, 409, 409, 409]
    listed = await stack.funding.get(f"/api/v1/policies/{code}", headers=bearer(admin))
    assert [v["status"] for v in listed.json()["versions"]].count("published") == 1
