"""Version selection by date, end to end (issue 4 acceptance): publish a new version through the
API, upgrade centers through registry, and see which version each case used."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually
from tests.flows import operating_center, upgrade_payload
from tests.stack import Stack, running_stack

NEW_RULE: dict[str, Any] = {
    "grant": {"form": "fixed", "amounts": {"national": "35000000.00", "provincial": "12000000.00"}},
    "equity": {"ratio": "0.30", "base": "total_share_capital", "cap": "100000000.00"},
}
NEVER_PUBLISHED: dict[str, Any] = {
    "grant": {"form": "fixed", "amounts": {"national": "99000000.00", "provincial": "99000000.00"}},
}


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(), broker.bootstrap_servers, services=("registry", "funding")
    ) as running:
        yield running


async def upgraded_case(stack: Stack, token: TokenFactory, **overrides: Any) -> dict[str, Any]:
    admin = token("municipal_admin")
    center = await operating_center(stack.registry, admin)
    response = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/upgrades", json=upgrade_payload(**overrides), headers=bearer(admin)
    )
    assert response.status_code == 201, response.text

    async def case() -> dict[str, Any] | None:
        listed = await stack.funding.get(
            "/api/v1/support-cases", params={"center_id": center["id"]}, headers=bearer(admin)
        )
        assert listed.status_code == 200, listed.text
        items: list[dict[str, Any]] = listed.json()["items"]
        return items[0] if items else None

    return await eventually(case, what="the support case")


async def test_a_decision_uses_the_version_in_force_on_the_approval_date(
    stack: Stack, token: TokenFactory
) -> None:
    admin = bearer(token("municipal_admin", sub="city-officer"))
    url = "/api/v1/policies/upgrade_support/versions"
    draft = await stack.funding.post(
        url,
        json={"effective_from": "2026-01-01", "rule_kind": "upgrade_support", "parameters": NEVER_PUBLISHED},
        headers=admin,
    )
    assert draft.status_code == 201, draft.text
    assert draft.json()["status"] == "draft"
    published = await stack.funding.post(
        url,
        json={
            "effective_from": "2026-03-01",
            "rule_kind": "upgrade_support",
            "parameters": NEW_RULE,
            "source": "测试：新版本",
            "status": "published",
        },
        headers=admin,
    )
    assert published.status_code == 201, published.text
    new_version = published.json()["version"]
    assert [s["step"] for s in published.json()["publish_trace"]] == ["publish", "closed_previous"]
    v1 = await stack.funding.get("/api/v1/policies/upgrade_support/versions/1", headers=admin)
    assert v1.json()["effective_to"] == "2026-02-28"

    day_before = await upgraded_case(stack, token, approved_on="2026-02-28")
    on_the_day = await upgraded_case(stack, token, approved_on="2026-03-01")
    under_draft_dates = await upgraded_case(stack, token, approved_on="2026-01-15")
    earlier_rule = await upgraded_case(stack, token, approved_on="2024-12-31", paid_in_capital="20000000.00")

    assert day_before["policy"]["version"] == 1
    assert day_before["options"][0] == {"type": "grant", "amount": "10000000.00"}
    assert on_the_day["policy"]["version"] == new_version
    assert on_the_day["options"][0] == {"type": "grant", "amount": "12000000.00"}
    assert on_the_day["trace"][0]["detail"].startswith(f"upgrade_support v{new_version}")
    # The draft covers 2026-01-15 but is never used.
    assert under_draft_dates["policy"]["version"] == 1
    assert under_draft_dates["options"][0] == {"type": "grant", "amount": "10000000.00"}
    # Before the work plan: the earlier city rule, 30% of paid-in capital up to the tier's amount.
    assert earlier_rule["policy"] == {
        "code": "upgrade_support",
        "version": 0,
        "clause": "穗府规〔2018〕15号 第三条",
    }
    assert earlier_rule["options"][0] == {"type": "grant", "amount": "6000000.00"}
