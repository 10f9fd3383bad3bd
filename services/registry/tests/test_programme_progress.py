"""Programme progress against the targets of `二`, from centers created through the API only."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.flows import OPERATING_PATH, create_center, operating_center, upgrade_payload
from tests.stack import Stack, running_stack


@pytest.fixture
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    """A database of its own: the counts must be exact."""
    async with running_stack(await fresh_databases(), broker.bootstrap_servers, services=("registry",)) as s:
        yield s


async def progress(stack: Stack, tok: str) -> dict[str, Any]:
    response = await stack.registry.get("/api/v1/programme/progress", headers=bearer(tok))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def target(body: dict[str, Any], code: str) -> dict[str, Any]:
    [line] = [t for t in body["targets"] if t["code"] == code]
    return line


async def test_an_empty_programme_has_both_targets_at_zero(stack: Stack, token: TokenFactory) -> None:
    body = await progress(stack, token("district_admin", district="huangpu"))
    built, upgraded = target(body, "municipal_centers_2027"), target(body, "upgraded_centers_2027")
    assert (built["target"], built["deadline"], built["actual"], built["percent"]) == (
        20,
        "2027-12-31",
        0,
        "0.0",
    )
    assert (upgraded["target"], upgraded["actual"], upgraded["met"]) == (2, 0, False)
    assert built["clause"] == upgraded["clause"] == "二"
    assert body["total_centers"] == 0


async def test_progress_counts_approved_and_operating_centers_and_upgrades(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    provincial = await operating_center(stack.registry, admin, district="huangpu")
    national = await operating_center(stack.registry, admin, district="nansha", cluster_code="embodied_ai")
    await operating_center(stack.registry, admin, district="huangpu")
    approved = await create_center(stack.registry, admin, district="tianhe")
    for action in OPERATING_PATH[:-1]:  # up to approved (筹建)
        await stack.registry.post(
            f"/api/v1/centers/{approved['id']}/actions/{action}", json={}, headers=bearer(admin)
        )
    await create_center(stack.registry, admin, district="tianhe")  # a draft does not count
    revoked = await operating_center(stack.registry, admin, district="baiyun")
    await stack.registry.post(
        f"/api/v1/centers/{revoked['id']}/actions/revoke", json={}, headers=bearer(admin)
    )
    for center, tier in ((provincial, "provincial"), (national, "national")):
        response = await stack.registry.post(
            f"/api/v1/centers/{center['id']}/upgrades",
            json=upgrade_payload(to_tier=tier),
            headers=bearer(admin),
        )
        assert response.status_code == 201

    body = await progress(stack, admin)
    built, upgraded = target(body, "municipal_centers_2027"), target(body, "upgraded_centers_2027")
    assert (built["actual"], built["percent"], built["met"]) == (4, "20.0", False)
    assert (upgraded["actual"], upgraded["percent"], upgraded["met"]) == (2, "100.0", True)
    assert body["total_centers"] == 6
    assert body["by_status"] == {"approved": 1, "draft": 1, "operating": 3, "revoked": 1}
    assert body["by_tier"] == {"municipal": 4, "national": 1, "provincial": 1}
    assert body["by_district"] == {"baiyun": 1, "huangpu": 2, "nansha": 1, "tianhe": 2}
    assert body["by_cluster"] == {"embodied_ai": 1, "intelligent_connected_nev": 5}


async def test_progress_needs_a_token(stack: Stack) -> None:
    response = await stack.registry.get("/api/v1/programme/progress")
    assert response.status_code == 401
