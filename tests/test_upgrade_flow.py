"""The flow the platform exists for: an upgrade in registry makes funding evaluate its subsidy."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from funding.centers.models import CenterView as FundingCenterView
from scenarios.centers.models import CenterView as ScenariosCenterView
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from talent.centers.models import CenterView as TalentCenterView
from tests.codes import valid_uscc
from tests.flows import OPERATING_PATH, operating_center, upgrade_payload
from tests.stack import Stack, running_stack


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(await fresh_databases(), broker.bootstrap_servers) as running:
        yield running


async def cases_of(stack: Stack, token: TokenFactory, center_id: str) -> list[dict[str, Any]]:
    response = await stack.funding.get(
        "/api/v1/support-cases", params={"center_id": center_id}, headers=bearer(token("finance_officer"))
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def upgrade_and_wait(
    stack: Stack, token: TokenFactory, **overrides: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    admin = token("municipal_admin")
    center = await operating_center(stack.registry, admin)
    response = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/upgrades", json=upgrade_payload(**overrides), headers=bearer(admin)
    )
    assert response.status_code == 201, response.text

    async def case() -> dict[str, Any] | None:
        items = await cases_of(stack, token, center["id"])
        return items[0] if items else None

    return center, await eventually(case, what="the support case")


async def test_national_upgrade_prices_a_30_million_grant_and_capped_equity(
    stack: Stack, token: TokenFactory
) -> None:
    center, case = await upgrade_and_wait(
        stack, token, to_tier="national", total_share_capital="500000000.00"
    )
    assert case["center_id"] == center["id"]
    assert case["kind"] == "upgrade_support"
    assert case["tier"] == "national"
    assert case["status"] == "evaluated"
    assert case["options"] == [
        {"type": "grant", "amount": "30000000.00"},
        {"type": "equity", "amount": "100000000.00"},
    ]
    assert case["policy"] == {"code": "upgrade_support", "version": 1, "clause": "五(二)"}
    assert [s["step"] for s in case["trace"]][:2] == ["policy", "facts"]
    (line,) = case["lines"]  # no district supplement published for huangpu: the city line only
    assert (line["jurisdiction"], line["category"], line["options"]) == (
        "city",
        "upgrade_support",
        case["options"],
    )


async def test_provincial_upgrade_prices_10_million_and_30_percent_equity(
    stack: Stack, token: TokenFactory
) -> None:
    _center, case = await upgrade_and_wait(
        stack, token, to_tier="provincial", total_share_capital="123456789.10"
    )
    assert case["options"] == [
        {"type": "grant", "amount": "10000000.00"},
        {"type": "equity", "amount": "37037036.73"},
    ]


@pytest.mark.parametrize(
    "organization_type", ["enterprise", "research_institute", "university", "social_organization"]
)
async def test_a_self_built_center_goes_from_its_create_body_to_a_support_case(
    stack: Stack, token: TokenFactory, organization_type: str
) -> None:
    """Issue 18: the create body and the lifecycle actions are all a client sends; the lead
    organization, of any allowed type, is the innovator `四(二)` asks for at approval."""
    admin = bearer(token("municipal_admin"))
    body = {
        "name": f"广州自主建设创新中心 {uuid.uuid4().hex[:6]}",
        "mode": "self_built",
        "cluster_code": "embodied_ai",
        "sub_sector": f"人形机器人 {uuid.uuid4().hex[:6]}",
        "district": "huangpu",
        "lead_organization": {"name": "广州某创新主体", "uscc": valid_uscc(), "type": organization_type},
    }
    created = await stack.registry.post("/api/v1/centers", json=body, headers=admin)
    assert created.status_code == 201, created.text
    center_id = created.json()["id"]
    for action in OPERATING_PATH:
        taken = await stack.registry.post(
            f"/api/v1/centers/{center_id}/actions/{action}", json={"comment": action}, headers=admin
        )
        assert taken.status_code == 200, taken.text
    assert taken.json()["status"] == "operating"
    upgraded = await stack.registry.post(
        f"/api/v1/centers/{center_id}/upgrades", json=upgrade_payload(to_tier="national"), headers=admin
    )
    assert upgraded.status_code == 201, upgraded.text

    async def case() -> dict[str, Any] | None:
        items = await cases_of(stack, token, center_id)
        return items[0] if items else None

    found = await eventually(case, what="the support case")
    assert (found["kind"], found["tier"], found["status"]) == ("upgrade_support", "national", "evaluated")
    assert found["options"][0] == {"type": "grant", "amount": "30000000.00"}


async def test_matching_funds_project_is_ineligible_with_its_reason(
    stack: Stack, token: TokenFactory
) -> None:
    _center, case = await upgrade_and_wait(stack, token, requires_matching_funds=True)
    assert case["status"] == "ineligible"
    assert case["options"] == []
    assert "配套" in case["reason"]


async def test_the_same_upgrade_twice_is_a_no_op_without_a_second_event(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center, _case = await upgrade_and_wait(stack, token)
    again = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/upgrades", json=upgrade_payload(), headers=bearer(admin)
    )
    assert again.status_code == 200
    registry = runtime_of(stack.apps["registry"])
    from registry.messaging import OutboxRecord

    async with registry.sessionmaker() as session:
        upgraded_events = await session.scalar(
            select(func.count())
            .select_from(OutboxRecord)
            .where(
                OutboxRecord.key == center["id"],
                OutboxRecord.event_type == "gz.mic.registry.center.upgraded.v1",
            )
        )
    assert upgraded_events == 1
    assert len(await cases_of(stack, token, center["id"])) == 1


async def test_one_event_fans_out_to_talent_and_scenarios_read_models(
    stack: Stack, token: TokenFactory
) -> None:
    center, _case = await upgrade_and_wait(stack, token, to_tier="national")
    for service, model in (("talent", TalentCenterView), ("scenarios", ScenariosCenterView)):
        runtime = runtime_of(stack.apps[service])

        async def tier_seen(runtime=runtime, model=model) -> str | None:  # type: ignore[no-untyped-def]
            async with runtime.sessionmaker() as session:
                row = await session.get(model, uuid.UUID(center["id"]))
                return row.tier if row is not None and row.tier == "national" else None

        assert await eventually(tier_seen, what=f"{service} read model") == "national"


async def test_an_edited_center_reaches_every_read_model(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    center = await operating_center(stack.registry, admin)
    read = await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))
    edited = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"name": "改名后的创新中心"},
        headers={**bearer(admin), "If-Match": read.headers["ETag"]},
    )
    assert edited.status_code == 200
    for service, model in (
        ("talent", TalentCenterView),
        ("scenarios", ScenariosCenterView),
        ("funding", FundingCenterView),
    ):
        runtime = runtime_of(stack.apps[service])

        async def renamed(runtime: Any = runtime, model: Any = model) -> bool:
            async with runtime.sessionmaker() as session:
                row = await session.get(model, uuid.UUID(center["id"]))
                return row is not None and row.name == "改名后的创新中心"

        assert await eventually(renamed, what=f"{service} read model renamed")


async def test_revoking_a_center_in_registry_suspends_its_open_support_cases(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center, case = await upgrade_and_wait(stack, token)
    officer = token("finance_officer", sub="officer-a")
    selected = await stack.funding.post(
        f"/api/v1/support-cases/{case['id']}/actions/select_option",
        json={"option": "grant"},
        headers=bearer(admin),
    )
    assert selected.status_code == 200, selected.text
    revoked = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/actions/revoke",
        json={"comment": "年度评估不合格，整改未通过"},
        headers=bearer(admin),
    )
    assert revoked.status_code == 200, revoked.text

    async def suspended() -> dict[str, Any] | None:
        items = await cases_of(stack, token, center["id"])
        return items[0] if items and items[0]["status"] == "suspended" else None

    await eventually(suspended, what="the support case suspended")
    history = await stack.funding.get(f"/api/v1/support-cases/{case['id']}/history", headers=bearer(officer))
    last = history.json()["items"][-1]
    assert (last["action"], last["from_status"], last["to_status"]) == (
        "suspend",
        "option_selected",
        "suspended",
    )
    assert (last["actor"], last["actor_role"]) == ("system:registry", "system")
    assert "年度评估不合格" in last["comment"]
    registry = runtime_of(stack.apps["registry"])
    from registry.messaging import OutboxRecord

    async with registry.sessionmaker() as session:
        revoke_event_ids = (
            await session.scalars(
                select(OutboxRecord.event_id).where(
                    OutboxRecord.key == center["id"],
                    OutboxRecord.event_type == "gz.mic.registry.center.status_changed.v1",
                )
            )
        ).all()
    assert last["details"]["event_id"] in {str(i) for i in revoke_event_ids}
    blocked = await stack.funding.post(
        f"/api/v1/support-cases/{case['id']}/actions/approve", json={}, headers=bearer(officer)
    )
    assert blocked.status_code == 409
