"""``Idempotency-Key`` on every POST that creates something (issue 3, item 6)."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import func, select

from registry.centers.models import Center
from registry.main import build_app
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.evaluation_flows import NONE_DECLARED, submitted_evaluation
from tests.flows import center_payload, operating_center, upgrade_payload
from tests.governance_flows import organization_payload
from tests.problems import error_fields, problem_of
from tests.stack import Stack


async def centers_named(stack: Stack, name: str) -> int:
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        return int(
            await session.scalar(select(func.count()).select_from(Center).where(Center.name == name)) or 0
        )


async def test_the_same_key_and_body_return_the_first_result_and_create_once(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    payload = center_payload()
    headers = {**bearer(admin), "Idempotency-Key": f"create-{uuid.uuid4()}"}
    first = await stack.registry.post("/api/v1/centers", json=payload, headers=headers)
    again = await stack.registry.post("/api/v1/centers", json=payload, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert await centers_named(stack, payload["name"]) == 1


async def test_concurrent_retries_with_one_key_create_once(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    payload = center_payload()
    headers = {**bearer(admin), "Idempotency-Key": f"race-{uuid.uuid4()}"}
    responses = await asyncio.gather(
        *(stack.registry.post("/api/v1/centers", json=payload, headers=headers) for _ in range(5))
    )
    assert {r.status_code for r in responses} == {201}
    assert len({r.json()["id"] for r in responses}) == 1
    assert await centers_named(stack, payload["name"]) == 1


async def test_the_same_key_with_another_body_is_422(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    headers = {**bearer(admin), "Idempotency-Key": f"reuse-{uuid.uuid4()}"}
    first_body, other_body = center_payload(), center_payload()
    first = await stack.registry.post("/api/v1/centers", json=first_body, headers=headers)
    assert first.status_code == 201, first.text
    other = await stack.registry.post("/api/v1/centers", json=other_body, headers=headers)
    assert error_fields(problem_of(other, 422)) == {"Idempotency-Key"}
    # The reused key created nothing: the other body's center does not exist, the first once.
    assert await centers_named(stack, other_body["name"]) == 0
    assert await centers_named(stack, first_body["name"]) == 1


async def test_keys_belong_to_their_caller(stack: Stack, token: TokenFactory) -> None:
    key = f"shared-{uuid.uuid4()}"
    one = await stack.registry.post(
        "/api/v1/centers",
        json=center_payload(),
        headers={**bearer(token("municipal_admin", sub="a")), "Idempotency-Key": key},
    )
    two = await stack.registry.post(
        "/api/v1/centers",
        json=center_payload(),
        headers={**bearer(token("municipal_admin", sub="b")), "Idempotency-Key": key},
    )
    assert (one.status_code, two.status_code) == (201, 201)
    assert one.json()["id"] != two.json()["id"]


async def test_a_refused_request_leaves_the_key_free(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    key = f"retry-{uuid.uuid4()}"
    bad = await stack.registry.post(
        "/api/v1/centers",
        json=center_payload(district="atlantis"),
        headers={**bearer(admin), "Idempotency-Key": key},
    )
    assert "district" in error_fields(problem_of(bad, 422))
    body = center_payload()
    good = await stack.registry.post(
        "/api/v1/centers", json=body, headers={**bearer(admin), "Idempotency-Key": key}
    )
    assert good.status_code == 201, good.text
    assert good.json()["name"] == body["name"]  # the key answered the new body, not a stored refusal
    assert await centers_named(stack, body["name"]) == 1


async def test_organizations_members_and_upgrades_honour_the_key(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    body = organization_payload()
    key = {"Idempotency-Key": f"org-{uuid.uuid4()}"}
    first = await stack.registry.post("/api/v1/organizations", json=body, headers={**bearer(admin), **key})
    again = await stack.registry.post("/api/v1/organizations", json=body, headers={**bearer(admin), **key})
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json()

    center = await operating_center(stack.registry, admin)
    member = {"organization_id": first.json()["id"], "role": "member"}
    key = {"Idempotency-Key": f"member-{uuid.uuid4()}"}
    url = f"/api/v1/centers/{center['id']}/members"
    m1 = await stack.registry.post(url, json=member, headers={**bearer(admin), **key})
    m2 = await stack.registry.post(url, json=member, headers={**bearer(admin), **key})
    assert (m1.status_code, m2.status_code) == (201, 201)
    assert m1.json() == m2.json()

    key = {"Idempotency-Key": f"upgrade-{uuid.uuid4()}"}
    url = f"/api/v1/centers/{center['id']}/upgrades"
    u1 = await stack.registry.post(url, json=upgrade_payload(), headers={**bearer(admin), **key})
    u2 = await stack.registry.post(url, json=upgrade_payload(), headers={**bearer(admin), **key})
    assert (u1.status_code, u2.status_code) == (201, 201)  # the first result, not the no-op's 200
    assert u1.json() == u2.json()


async def test_reference_data_and_experts_honour_the_key(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:8]
    creates = [
        (
            "/api/v1/industries",
            {
                "code": f"quantum_{tag}",
                "name_zh": f"量子{tag}",
                "name_en": f"Quantum {tag}",
                "group": "future",
            },
        ),
        (
            "/api/v1/districts",
            {"code": f"new_area_{tag}", "name_zh": f"新区{tag}", "name_en": f"New area {tag}"},
        ),
    ]
    creates.append(
        ("/api/v1/experts", {"expert_sub": f"prof-{tag}", "name": "张明", "declaration": NONE_DECLARED})
    )
    evaluation = await submitted_evaluation(stack, admin)
    creates.append((f"/api/v1/evaluations/{evaluation['id']}/experts", {"expert_sub": f"prof-{tag}"}))
    for url, body in creates:
        headers = {**bearer(admin), "Idempotency-Key": f"key-{uuid.uuid4()}"}
        first = await stack.registry.post(url, json=body, headers=headers)
        again = await stack.registry.post(url, json=body, headers=headers)
        assert (first.status_code, again.status_code) == (201, 201), (url, first.text, again.text)
        assert again.json() == first.json()
        assert again.headers["Idempotent-Replayed"] == "true"
        # Without the key, the same body is a second create: refused as a duplicate.
        assert (await stack.registry.post(url, json=body, headers=bearer(admin))).status_code == 409, url
    experts = await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))
    assert [e["expert_sub"] for e in experts.json()["experts"]] == [f"prof-{tag}"]


# Every POST that answers 201 Created, and the test here or elsewhere that proves it honours the key.
CREATING_POSTS = {
    "/api/v1/centers": "test_the_same_key_and_body_return_the_first_result_and_create_once",
    "/api/v1/organizations": "test_organizations_members_and_upgrades_honour_the_key",
    "/api/v1/centers/{center_id}/members": "test_organizations_members_and_upgrades_honour_the_key",
    "/api/v1/centers/{center_id}/upgrades": "test_organizations_members_and_upgrades_honour_the_key",
    "/api/v1/industries": "test_reference_data_and_experts_honour_the_key",
    "/api/v1/districts": "test_reference_data_and_experts_honour_the_key",
    "/api/v1/evaluations/{evaluation_id}/experts": "test_reference_data_and_experts_honour_the_key",
    "/api/v1/experts": "test_reference_data_and_experts_honour_the_key",
    "/api/v1/sub-sectors": "test_sub_sectors::test_the_same_idempotency_key_lists_a_sub_sector_once",
    "/api/v1/centers/{center_id}/evaluations": "test_evaluations_api::"
    "test_the_same_idempotency_key_replays_the_report",
    "/api/v1/centers/{center_id}/documents": "test_documents_api::"
    "test_an_idempotent_retry_returns_the_first_document_and_stores_nothing_more",
}


def test_every_creating_post_takes_an_idempotency_key() -> None:
    spec = build_app().openapi()
    creating = {
        path for path, ops in spec["paths"].items() if "201" in ops.get("post", {}).get("responses", {})
    }
    assert creating == set(CREATING_POSTS)
    for path in creating:
        headers = {
            p["name"] for p in spec["paths"][path]["post"].get("parameters", []) if p["in"] == "header"
        }
        assert "Idempotency-Key" in headers, path
