"""DESIGN 5 across the services: a center registry made operating publishes an offering in
scenarios, it is matched to a department's scenario, piloted through 验证 → 迭代 → 示范推广, and
the successful pilot makes the offering eligible for funding's procurement catalogues (五(五))."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from services.scenarios.tests.scenario_fixtures import offering_body, scenario_body
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually
from tests.flows import operating_center
from tests.stack import Stack, running_stack


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(), broker.bootstrap_servers, services=("registry", "funding", "scenarios")
    ) as running:
        yield running


def tagged(tok: str, resource: dict[str, Any]) -> dict[str, str]:
    return {**bearer(tok), "If-Match": f'"{resource["version"]}"'}


async def test_a_successful_pilot_makes_the_offering_eligible_for_the_catalogues(
    stack: Stack, token: TokenFactory
) -> None:
    scenarios = stack.clients["scenarios"]
    center = await operating_center(stack.registry, token("municipal_admin"))
    member = token("center_user", sub="center-staff", center=center["id"])
    publisher = token("scenario_publisher", sub="hp-bureau")

    async def offered() -> dict[str, Any] | None:
        # Scenarios knows the center once registry's events reached it.
        response = await scenarios.post(
            "/api/v1/offerings", json=offering_body(center["id"]), headers=bearer(member)
        )
        return response.json() if response.status_code == 201 else None

    offering = await eventually(offered, what="the center known to scenarios and its offering")
    created = await scenarios.post("/api/v1/scenarios", json=scenario_body(), headers=bearer(publisher))
    assert created.status_code == 201, created.text
    published = await scenarios.post(
        f"/api/v1/scenarios/{created.json()['id']}/actions/publish",
        json={"comment": "开放"},
        headers=tagged(publisher, created.json()),
    )
    assert published.status_code == 200, published.text
    scenario = published.json()
    ranked = await scenarios.get(f"/api/v1/scenarios/{scenario['id']}/matches", headers=bearer(publisher))
    assert offering["id"] in [m["offering_id"] for m in ranked.json()["items"]]
    proposed = await scenarios.post(
        "/api/v1/matches",
        json={"scenario_id": scenario["id"], "offering_id": offering["id"]},
        headers=bearer(publisher),
    )
    assert proposed.status_code == 201, proposed.text
    accepted = await scenarios.post(
        f"/api/v1/matches/{proposed.json()['id']}/actions/accept",
        json={},
        headers=tagged(member, proposed.json()),
    )
    assert accepted.json()["status"] == "accepted", accepted.text
    pilot = await scenarios.post(
        "/api/v1/pilots",
        json={"match_id": accepted.json()["id"], "plan": "三个月试点"},
        headers=bearer(publisher),
    )
    assert pilot.status_code == 201, pilot.text
    current = pilot.json()
    for milestone in ("verification", "iteration", "demonstration"):
        done = await scenarios.post(
            f"/api/v1/pilots/{current['id']}/milestones/{milestone}/complete",
            json={
                "summary": f"{milestone} 完成",
                "evidence": [{"title": "检测报告", "document_ref": "R-1", "kind": "report"}],
            },
            headers=tagged(member, current),
        )
        assert done.status_code == 200, done.text
        current = done.json()
    finished = await scenarios.post(
        f"/api/v1/pilots/{current['id']}/actions/complete",
        json={"outcome": "successful", "summary": "示范推广成功"},
        headers=tagged(publisher, current),
    )
    assert finished.status_code == 200, finished.text

    async def eligible() -> list[dict[str, Any]] | None:
        response = await stack.funding.get(
            "/api/v1/recognitions/eligible-offerings",
            params={"center_id": center["id"]},
            headers=bearer(token("municipal_admin")),
        )
        assert response.status_code == 200, response.text
        items: list[dict[str, Any]] = response.json()["items"]
        return items or None

    [row] = await eventually(eligible, what="the offering eligible in funding")
    assert (row["offering_id"], row["pilot_id"], row["scenario_id"]) == (
        offering["id"],
        current["id"],
        scenario["id"],
    )
    assert row["offering_name"] == offering["name"]
