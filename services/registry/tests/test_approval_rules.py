"""Rules applied when a center is created or approved: one center per sub-sector (`二`) and the
construction requirements of `四` (governance for corporate-alliance, innovators for self-built)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from shared.contracts.registry import CENTER_STATUS_CHANGED
from shared.testing.fixtures import TokenFactory, bearer
from tests.flows import center_payload, create_center, outbox_of
from tests.governance_flows import governance_payload, put_governance
from tests.problems import problem_of
from tests.stack import Stack

TO_REVIEW = ("submit", "recommend", "start_review")


async def walk(client: httpx.AsyncClient, tok: str, center_id: str, *actions: str) -> httpx.Response:
    response: httpx.Response | None = None
    for action in actions:
        response = await client.post(
            f"/api/v1/centers/{center_id}/actions/{action}", json={}, headers=bearer(tok)
        )
    assert response is not None
    return response


async def status_events(stack: Stack, center_id: str) -> list[str]:
    """The actions of the center's status_changed events, in order."""
    return [r.envelope["data"]["action"] for r in await outbox_of(stack, center_id, CENTER_STATUS_CHANGED)]


async def test_approving_a_corporate_alliance_center_without_governance_is_409_naming_every_gap(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    await walk(stack.registry, admin, center["id"], *TO_REVIEW)
    refused = await walk(stack.registry, admin, center["id"], "approve")
    assert refused.status_code == 409
    assert refused.json()["type"] == "urn:gz-mic:problem:governance-incomplete"
    fields = {e["field"] for e in refused.json()["errors"]}
    assert {
        "legal_entity",
        "decision_body.members",
        "technical_committee.members",
        "alliance.member_units",
    } <= fields
    status = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    assert status.json()["status"] == "under_review"
    assert await status_events(stack, center["id"]) == list(TO_REVIEW)  # none for the refused approve


@pytest.mark.parametrize(
    ("missing", "field"),
    [
        ("decision_body", "decision_body.members"),
        ("technical_committee", "technical_committee.members"),
        ("alliance", "alliance.member_units"),
        ("legal_entity", "legal_entity"),
    ],
)
async def test_each_missing_part_of_the_governance_blocks_approval(
    stack: Stack, token: TokenFactory, missing: str, field: str
) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    put = await put_governance(stack.registry, admin, center["id"], governance_payload(**{missing: None}))
    assert put.status_code == 200, put.text
    await walk(stack.registry, admin, center["id"], *TO_REVIEW)
    refused = await walk(stack.registry, admin, center["id"], "approve")
    assert refused.status_code == 409
    assert field in {e["field"] for e in refused.json()["errors"]}
    assert await status_events(stack, center["id"]) == list(TO_REVIEW)


async def test_a_complete_governance_lets_approval_through(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin)
    await walk(stack.registry, admin, center["id"], *TO_REVIEW)
    approved = await walk(stack.registry, admin, center["id"], "approve")
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved"
    read = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    assert read.json()["status"] == "approved"
    assert await status_events(stack, center["id"]) == [*TO_REVIEW, "approve"]


async def test_a_self_built_center_is_approved_on_its_create_body_alone(
    stack: Stack, token: TokenFactory
) -> None:
    """Its lead organization is its innovator (四(二)): no member or governance call is needed."""
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin, mode="self_built", ready_for_approval=False)
    await walk(stack.registry, admin, center["id"], *TO_REVIEW)
    approved = await walk(stack.registry, admin, center["id"], "approve")
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved"
    read = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    assert read.json()["status"] == "approved"
    assert await status_events(stack, center["id"]) == [*TO_REVIEW, "approve"]
    assert await status_events(stack, center["id"]) == [*TO_REVIEW, "approve"]


async def post_center(stack: Stack, tok: str, **overrides: Any) -> httpx.Response:
    return await stack.registry.post("/api/v1/centers", json=center_payload(**overrides), headers=bearer(tok))


async def test_a_second_center_in_a_sub_sector_is_409_unless_a_municipal_admin_justifies_it(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="director-li")
    district = token("district_admin", district="huangpu")
    sector = f"固态电池 {uuid.uuid4().hex[:6]}"
    first = await post_center(stack, admin, sub_sector=sector)
    assert first.status_code == 201
    second = await post_center(stack, district, sub_sector=f"  {sector.upper()} ")
    assert second.status_code == 409
    assert second.json()["type"] == "urn:gz-mic:problem:sub-sector-taken"
    assert second.json()["existing_center_ids"] == [first.json()["id"]]
    other_cluster = await post_center(stack, admin, sub_sector=sector, cluster_code="new_energy_storage")
    assert other_cluster.status_code == 201
    by_district = await post_center(stack, district, sub_sector=sector, override_justification="区里很需要")
    assert by_district.status_code == 409
    justified = await post_center(
        stack,
        admin,
        sub_sector=sector,
        override_justification="两条技术路线差异大，经专题会研究同意布局第二家",
    )
    assert justified.status_code == 201
    assert justified.json()["override_justification"] == "两条技术路线差异大，经专题会研究同意布局第二家"
    assert justified.json()["override_by"] == "director-li"
    shown = await stack.registry.get(f"/api/v1/centers/{justified.json()['id']}", headers=bearer(admin))
    assert shown.json()["override_justification"].startswith("两条技术路线")


async def test_a_withdrawn_center_frees_its_sub_sector(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    sector = f"氢能 {uuid.uuid4().hex[:6]}"
    first = await post_center(stack, admin, sub_sector=sector)
    problem_of(await post_center(stack, admin, sub_sector=sector), 409, "sub-sector-taken")
    withdrawn = await walk(stack.registry, admin, first.json()["id"], "withdraw")
    assert withdrawn.json()["status"] == "withdrawn"
    second = await post_center(stack, admin, sub_sector=sector)
    assert second.status_code == 201, second.text
    assert (second.json()["sub_sector"], second.json()["override_justification"]) == (sector, None)


async def test_moving_a_center_into_an_occupied_sub_sector_is_409(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    sector = f"光刻胶 {uuid.uuid4().hex[:6]}"
    await post_center(stack, admin, sub_sector=sector)
    mover = (await post_center(stack, admin)).json()
    read = await stack.registry.get(f"/api/v1/centers/{mover['id']}", headers=bearer(admin))
    moved = await stack.registry.patch(
        f"/api/v1/centers/{mover['id']}",
        json={"sub_sector": sector},
        headers={**bearer(admin), "If-Match": read.headers["ETag"]},
    )
    problem_of(moved, 409, "sub-sector-taken")
    after = await stack.registry.get(f"/api/v1/centers/{mover['id']}", headers=bearer(admin))
    assert after.json()["sub_sector"] == mover["sub_sector"]
    assert after.headers["ETag"] == read.headers["ETag"]  # the refused edit saved nothing
