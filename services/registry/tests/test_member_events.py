"""Adding or removing a center member emits ``center.members_changed`` with the center snapshot and
every member, and the other services' read models take it like every snapshot event."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from funding.centers.models import CenterView as FundingCenterView
from funding.main import SPEC as FUNDING
from registry.config import RegistrySettings
from scenarios.centers.models import CenterView as ScenariosCenterView
from scenarios.main import SPEC as SCENARIOS
from shared.contracts import registry as contract
from shared.events import CloudEvent
from shared.kafka import create_producer
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from talent.centers.models import CenterView as TalentCenterView
from talent.main import SPEC as TALENT
from tests.events import publish
from tests.flows import create_center, outbox_of
from tests.governance_flows import add_member, create_organization, list_members
from tests.problems import problem_of
from tests.stack import Stack, running_stack

MEMBERS_CHANGED = contract.CENTER_MEMBERS_CHANGED


async def member_events(stack: Stack, center_id: str) -> list[dict[str, Any]]:
    return [r.envelope["data"] for r in await outbox_of(stack, center_id, MEMBERS_CHANGED)]


async def remove(stack: Stack, tok: str, center_id: str, member_id: str) -> int:
    response = await stack.registry.delete(
        f"/api/v1/centers/{center_id}/members/{member_id}", headers=bearer(tok)
    )
    return response.status_code


async def test_adding_and_removing_members_emits_the_snapshot_and_every_member(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="officer-zhao")
    center = await create_center(stack.registry, admin, ready_for_approval=False, mode="self_built")
    (lead,) = await list_members(stack.registry, admin, center["id"])  # from the create, version 1
    university = await create_organization(stack.registry, admin, type="university")
    institute = await create_organization(stack.registry, admin, type="research_institute")
    first = (await add_member(stack.registry, admin, center["id"], university["id"], "member")).json()
    second = (await add_member(stack.registry, admin, center["id"], institute["id"], "member")).json()
    assert await remove(stack, admin, center["id"], first["id"]) == 204

    added_first, added_second, removed_first = await member_events(stack, center["id"])
    events = (added_first, added_second, removed_first)
    assert [e["change"] for e in events] == ["added", "added", "removed"]
    assert [e["members_version"] for e in events] == [2, 3, 4]
    assert {e["actor"] for e in events} == {"officer-zhao"}
    assert added_first["member"] == {
        "member_id": first["id"],
        "role": "member",
        "organization": {
            "id": university["id"],
            "name": university["name"],
            "uscc": university["uscc"],
            "type": "university",
        },
    }
    assert [m["member_id"] for m in added_second["members"]] == [lead["id"], first["id"], second["id"]]
    assert removed_first["member"]["member_id"] == first["id"]
    assert [m["member_id"] for m in removed_first["members"]] == [lead["id"], second["id"]]
    for event in events:
        contract.CenterMembersChanged.model_validate(event)
        assert event["center"]["id"] == center["id"]
        # Members are not fields of the center: its version (and ETag) stays.
        assert event["center"]["version"] == center["version"]
    read = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    assert read.headers["ETag"] == f'"{center["version"]}"'


async def test_refused_or_replayed_member_changes_emit_nothing(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False, district="panyu")
    organization = await create_organization(stack.registry, admin)
    key = {**bearer(admin), "Idempotency-Key": f"member-{uuid.uuid4()}"}
    body = {"organization_id": organization["id"], "role": "member"}
    url = f"/api/v1/centers/{center['id']}/members"
    first = await stack.registry.post(url, json=body, headers=key)
    replay = await stack.registry.post(url, json=body, headers=key)
    assert (first.status_code, replay.status_code) == (201, 201)
    problem_of(await add_member(stack.registry, admin, center["id"], organization["id"], "member"), 409)
    problem_of(await add_member(stack.registry, admin, center["id"], str(uuid.uuid4())), 422)
    other_district = token("district_admin", district="baiyun")
    problem_of(
        await add_member(stack.registry, other_district, center["id"], organization["id"], "lead"), 403
    )
    assert await remove(stack, other_district, center["id"], first.json()["id"]) == 403
    assert await remove(stack, admin, center["id"], str(uuid.uuid4())) == 404
    # The lead came with the create (members version 1); only the first add counted.
    assert [e["members_version"] for e in await member_events(stack, center["id"])] == [2]


def test_members_changed_is_a_snapshot_event_every_read_model_applies() -> None:
    assert MEMBERS_CHANGED in contract.SNAPSHOT_EVENTS
    for spec in (FUNDING, TALENT, SCENARIOS):
        assert contract.CENTER_TOPIC in spec.consumed_topics
        assert spec.handlers[MEMBERS_CHANGED] is spec.handlers[contract.CENTER_CREATED]


@pytest.fixture(scope="module")
async def everything(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(await fresh_databases(), broker.bootstrap_servers) as running:
        yield running


def members_changed_event(center_id: uuid.UUID) -> CloudEvent:
    """As registry would send it, for a center no read model has heard of yet."""
    snapshot = contract.CenterSnapshot(
        id=center_id,
        name="只从成员变更中得知的创新中心",
        mode="self_built",
        cluster_code="semiconductor_ic",
        sub_sector="集成电路",
        sub_sector_code="integrated_circuits",
        district="huangpu",
        lead_organization=contract.LeadOrganization(
            name="某大学", uscc="91350100M000100Y43", type="university"
        ),
        status="draft",
        tier="municipal",
        version=3,
        updated_at=dt.datetime.now(dt.UTC),
    )
    member = contract.CenterMember(
        member_id=uuid.uuid4(),
        role="lead",
        organization=contract.MemberOrganization(
            id=uuid.uuid4(), name="某大学", uscc="91350100M000100Y43", type="university"
        ),
    )
    body = contract.CenterMembersChanged(
        center=snapshot, change="added", member=member, members=[member], members_version=1, actor="someone"
    )
    return CloudEvent(
        source=contract.SOURCE,
        type=MEMBERS_CHANGED,
        subject=str(center_id),
        data=body.model_dump(mode="json"),
    )


async def test_a_members_changed_event_reaches_every_read_model(
    everything: Stack, broker: LocalBroker
) -> None:
    center_id = uuid.uuid4()
    producer = create_producer(
        RegistrySettings(kafka_bootstrap_servers=broker.bootstrap_servers, environment="test")
    )
    await producer.start()
    try:
        await publish(producer, contract.CENTER_TOPIC, members_changed_event(center_id))
    finally:
        await producer.stop()
    for service, model in (
        ("talent", TalentCenterView),
        ("scenarios", ScenariosCenterView),
        ("funding", FundingCenterView),
    ):
        runtime = runtime_of(everything.apps[service])

        async def seen(runtime: Any = runtime, model: Any = model) -> bool:
            async with runtime.sessionmaker() as session:
                row = await session.get(model, center_id)
                return row is not None and row.version == 3 and row.sub_sector == "集成电路"

        assert await eventually(seen, what=f"{service} read model from center.members_changed")
