"""Programme progress against the targets of `二`, from centers created through the API only."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from services.registry.tests.talent_fixtures import handled
from shared.contracts.talent import CENTER_FIGURES_TOPIC
from shared.kafka import AIOKafkaProducer
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually
from tests.events import figures_changed, publish
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
    assert body["talent_by_year"] == {}


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


def figures(introduced: int, trained: int, awarded: int, services_fulfilled: int) -> dict[str, int]:
    return {
        "introduced": introduced,
        "trained": trained,
        "awarded": awarded,
        "services_fulfilled": services_fulfilled,
    }


async def test_talent_figures_are_summed_over_the_centers_per_year(
    stack: Stack, token: TokenFactory, talent_producer: AIOKafkaProducer
) -> None:
    admin = token("municipal_admin")
    operating = uuid.UUID((await operating_center(stack.registry, admin, district="huangpu"))["id"])
    draft = uuid.UUID((await create_center(stack.registry, admin, district="tianhe"))["id"])
    unknown = uuid.uuid4()  # no center of registry's
    events = [
        figures_changed(operating, 2025, version=1, **figures(1, 2, 3, 4)),
        figures_changed(operating, 2025, version=2, **figures(10, 20, 3, 5)),  # replaces version 1
        figures_changed(operating, 2026, version=1, **figures(1, 1, 0, 2)),
        figures_changed(draft, 2025, version=1, **figures(5, 6, 7, 8)),
        figures_changed(unknown, 2025, version=1, **figures(100, 100, 100, 100)),
    ]
    for event in events:
        await publish(talent_producer, CENTER_FIGURES_TOPIC, event)
    await eventually(lambda: handled(stack, *events), what="every figures event handled")

    expected = {"2025": figures(15, 26, 10, 13), "2026": figures(1, 1, 0, 2)}
    bodies = [
        await progress(stack, tok)
        for tok in (
            admin,
            token("district_admin", district="baiyun"),
            token("center_user", center=str(draft)),
        )
    ]
    assert [body["talent_by_year"] for body in bodies] == [expected] * 3
    assert bodies[0]["total_centers"] == 2
