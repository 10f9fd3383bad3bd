"""The lead organization named in a center's create is a registered organization and the center's
one ``lead`` member (issue 18): found by its USCC or registered, in the create's transaction."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
from sqlalchemy import func, select

from registry.organizations.models import Organization
from shared.contracts import registry as contract
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.flows import center_payload, create_center, outbox_of, valid_uscc
from tests.governance_flows import add_member, create_organization, list_members
from tests.problems import error_fields, problem_of
from tests.stack import Stack


def lead(**overrides: Any) -> dict[str, Any]:
    payload = {"name": f"广州某牵头单位 {uuid.uuid4().hex[:6]}", "uscc": valid_uscc(), "type": "enterprise"}
    return {**payload, **overrides}


async def post_center(stack: Stack, tok: str, **overrides: Any) -> httpx.Response:
    return await stack.registry.post("/api/v1/centers", json=center_payload(**overrides), headers=bearer(tok))


async def organizations_with(stack: Stack, uscc: str) -> list[Organization]:
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        return list(await session.scalars(select(Organization).where(Organization.uscc == uscc)))


async def organization_count(stack: Stack) -> int:
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(Organization)) or 0)


async def patch(stack: Stack, tok: str, center_id: str, body: dict[str, Any]) -> httpx.Response:
    read = await stack.registry.get(f"/api/v1/centers/{center_id}", headers=bearer(tok))
    return await stack.registry.patch(
        f"/api/v1/centers/{center_id}", json=body, headers={**bearer(tok), "If-Match": read.headers["ETag"]}
    )


async def test_the_create_registers_the_lead_and_makes_it_the_one_lead_member(
    stack: Stack, admin: str
) -> None:
    named = lead(type="university")
    center = await create_center(stack.registry, admin, lead_organization=named, ready_for_approval=False)
    (organization,) = await organizations_with(stack, named["uscc"])
    assert (organization.name, organization.type, organization.district) == (
        named["name"],
        "university",
        center["district"],
    )
    assert center["lead_organization"] == {**named, "id": str(organization.id)}
    (member,) = await list_members(stack.registry, admin, center["id"])
    assert member["role"] == "lead"
    assert member["organization"]["id"] == str(organization.id)
    listed = await stack.registry.get(f"/api/v1/organizations/{organization.id}", headers=bearer(admin))
    assert listed.json()["uscc"] == named["uscc"]


async def test_the_create_is_one_event_carrying_the_lead(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    (record,) = await outbox_of(stack, center["id"])
    assert record.event_type == contract.CENTER_CREATED
    created = contract.CenterCreated.model_validate(record.envelope["data"])
    (member,) = created.members
    assert member.role == "lead"
    assert str(member.organization.id) == center["lead_organization"]["id"]
    assert created.members_version == 1
    assert str(created.center.lead_organization.id) == center["lead_organization"]["id"]


async def test_the_same_uscc_in_two_creates_is_one_organization_lead_of_both(
    stack: Stack, admin: str
) -> None:
    named = lead()
    first = await create_center(stack.registry, admin, lead_organization=named, ready_for_approval=False)
    second = await create_center(stack.registry, admin, lead_organization=named, ready_for_approval=False)
    (organization,) = await organizations_with(stack, named["uscc"])
    assert first["lead_organization"]["id"] == second["lead_organization"]["id"] == str(organization.id)
    for center in (first, second):
        (member,) = await list_members(stack.registry, admin, center["id"], role="lead")
        assert member["organization"]["id"] == str(organization.id)


async def test_an_organization_registered_earlier_is_found_by_its_uscc(stack: Stack, admin: str) -> None:
    registered = await create_organization(stack.registry, admin, type="social_organization")
    named = {"name": registered["name"], "uscc": registered["uscc"].lower(), "type": "social_organization"}
    center = await create_center(stack.registry, admin, lead_organization=named, ready_for_approval=False)
    assert center["lead_organization"]["id"] == registered["id"]
    assert len(await organizations_with(stack, registered["uscc"])) == 1


async def test_concurrent_creates_with_one_new_uscc_make_one_organization(stack: Stack, admin: str) -> None:
    named = lead()
    responses = await asyncio.gather(*(post_center(stack, admin, lead_organization=named) for _ in range(4)))
    assert [r.status_code for r in responses] == [201] * 4, [r.text for r in responses]
    (organization,) = await organizations_with(stack, named["uscc"])
    assert {r.json()["lead_organization"]["id"] for r in responses} == {str(organization.id)}


async def test_another_name_or_type_for_a_registered_uscc_is_422_naming_the_field(
    stack: Stack, admin: str
) -> None:
    registered = await create_organization(stack.registry, admin, type="enterprise")
    organizations_before = await organization_count(stack)
    renamed = await post_center(
        stack,
        admin,
        lead_organization={"name": "另一个名称", "uscc": registered["uscc"], "type": "enterprise"},
    )
    body = problem_of(renamed, 422, "validation-failed")
    assert error_fields(body) == {"lead_organization.name"}
    assert body["organization_id"] == registered["id"]
    retyped = await post_center(
        stack,
        admin,
        lead_organization={"name": registered["name"], "uscc": registered["uscc"], "type": "university"},
    )
    assert error_fields(problem_of(retyped, 422, "validation-failed")) == {"lead_organization.type"}
    assert await organization_count(stack) == organizations_before
    (kept,) = await organizations_with(stack, registered["uscc"])
    assert (kept.name, kept.type) == (registered["name"], "enterprise")


async def test_the_lead_is_neither_added_nor_removed_as_a_member(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    other = await create_organization(stack.registry, admin)
    added = await add_member(stack.registry, admin, center["id"], other["id"], "lead")
    problem_of(added, 409, "lead-set-by-center")
    (member,) = await list_members(stack.registry, admin, center["id"])
    removed = await stack.registry.delete(
        f"/api/v1/centers/{center['id']}/members/{member['id']}", headers=bearer(admin)
    )
    problem_of(removed, 409, "lead-set-by-center")
    assert await list_members(stack.registry, admin, center["id"]) == [member]


async def test_a_patch_of_the_lead_swaps_the_one_lead_member(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin", sub="lead-editor")
    center = await create_center(stack.registry, admin, mode="self_built", ready_for_approval=False)
    (old_lead,) = await list_members(stack.registry, admin, center["id"])
    # The old lead also holds another role: it keeps that one.
    kept_role = await add_member(
        stack.registry, admin, center["id"], old_lead["organization"]["id"], "shareholder"
    )
    assert kept_role.status_code == 201, kept_role.text
    named = lead(type="research_institute")
    response = await patch(stack, admin, center["id"], {"lead_organization": named})
    assert response.status_code == 200, response.text
    (organization,) = await organizations_with(stack, named["uscc"])
    assert response.json()["lead_organization"] == {**named, "id": str(organization.id)}
    members = await list_members(stack.registry, admin, center["id"])
    assert sorted((m["role"], m["organization"]["id"]) for m in members) == sorted(
        [("shareholder", old_lead["organization"]["id"]), ("lead", str(organization.id))]
    )
    changes = [
        r.envelope["data"] for r in await outbox_of(stack, center["id"], contract.CENTER_MEMBERS_CHANGED)
    ]
    swap = contract.CenterMembersChanged.model_validate(changes[-1])
    assert swap.change == "lead_changed"
    assert str(swap.member.organization.id) == str(organization.id)
    assert swap.previous_lead is not None
    assert str(swap.previous_lead.member_id) == old_lead["id"]
    assert sorted(m.role for m in swap.members) == ["lead", "shareholder"]
    assert swap.members_version == 3  # the create's lead, the shareholder, the swap
    assert swap.actor == "lead-editor"
    (updated,) = [r.envelope["data"] for r in await outbox_of(stack, center["id"], contract.CENTER_UPDATED)]
    assert updated["changed_fields"] == ["lead_organization"]

    again = await patch(stack, admin, center["id"], {"lead_organization": named})
    assert again.status_code == 200, again.text
    assert again.json()["version"] == response.json()["version"]
    assert len(await outbox_of(stack, center["id"], contract.CENTER_MEMBERS_CHANGED)) == len(changes)


async def test_a_patch_naming_a_registered_uscc_under_another_name_changes_nothing(
    stack: Stack, admin: str
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    registered = await create_organization(stack.registry, admin)
    refused = await patch(
        stack,
        admin,
        center["id"],
        {"name": "改名", "lead_organization": {**lead(), "uscc": registered["uscc"]}},
    )
    assert error_fields(problem_of(refused, 422, "validation-failed")) == {"lead_organization.name"}
    read = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    assert read.json() == center
    assert [m["role"] for m in await list_members(stack.registry, admin, center["id"])] == ["lead"]
