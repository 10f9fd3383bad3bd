"""``mic demo`` loads its data set through the API of the four services (in-process here) and
refuses to load it twice; what it made is then read back through the API."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from shared.localbroker import LocalBroker
from shared.ops.demo import dataset
from shared.ops.demo.loader import DemoError, load
from shared.settings import ServiceSettings
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.stack import Stack, running_stack

LIFECYCLE = {
    "draft",
    "submitted",
    "district_recommended",
    "under_review",
    "approved",
    "operating",
    "returned",
    "rejected",
    "withdrawn",
    "revoked",
}


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    async with running_stack(await fresh_databases(), broker.bootstrap_servers) as s:
        yield s


async def every(client: httpx.AsyncClient, path: str, tok: str, **params: str) -> list[dict[str, Any]]:
    """Every page of a list."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {**params, "limit": "200", **({"cursor": cursor} if cursor else {})}
        response = await client.get(path, params=query, headers=bearer(tok))
        assert response.status_code == 200, response.text
        items.extend(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


async def test_the_demo_loads_centers_in_every_status_cases_talents_scenarios_and_pilots_once(
    stack: Stack, token: TokenFactory
) -> None:
    said: list[str] = []
    summary = await load(stack.clients, signing=ServiceSettings(), wait_s=45, say=said.append)
    assert len(said) == 4

    admin = token("municipal_admin")
    centers = await every(stack.registry, "/api/v1/centers", admin)
    assert len(centers) == 25
    assert {c["status"] for c in centers} == LIFECYCLE
    assert {c["cluster_code"] for c in centers} == {c.cluster for c in dataset.CENTERS}
    assert len({c["district"] for c in centers}) == 11
    assert Counter(c["tier"] for c in centers) == {"municipal": 20, "provincial": 3, "national": 2}

    # registry.center is the run's shared topic: funding also opened cases of other tests' centers.
    ours = {c["id"] for c in centers}
    cases = [
        case
        for case in await every(stack.funding, "/api/v1/support-cases", token("finance_officer"))
        if case["center_id"] in ours
    ]
    upgraded = {c["id"] for c in centers if c["tier"] != "municipal"}
    assert {c["center_id"] for c in cases} == upgraded
    assert len(cases) == 6  # one per upgrade, the center upgraded twice has two
    # Paid and closed, approved with a first tranche, equity chosen; as funding evaluated them:
    # matching funds due (ineligible), the twice-upgraded center's provincial and national cases.
    statuses = Counter(c["status"] for c in cases)
    assert statuses == {
        "closed": 1,
        "approved": 1,
        "option_selected": 1,
        "ineligible": 1,
        "evaluated": 1,
        "needs_review": 1,
    }
    assert summary.support_cases == statuses

    talents = await every(stack.clients["talent"], "/api/v1/talents", token("talent_officer"))
    assert len(talents) == len(dataset.TALENTS)
    applications = await every(
        stack.clients["talent"], "/api/v1/talent-applications", token("talent_officer")
    )
    assert Counter(a["status"] for a in applications) == {
        "awarded": 1,
        "submitted": 1,
        "recommended": 1,
        "draft": 1,
    }

    scenarios = stack.clients["scenarios"]
    published = await every(scenarios, "/api/v1/scenarios", admin)
    assert len(published) == len(dataset.SCENARIOS)
    assert all(s["status"] != "draft" for s in published)
    assert len(await every(scenarios, "/api/v1/offerings", admin)) == len(dataset.OFFERINGS)
    matches = await every(scenarios, "/api/v1/matches", admin)
    assert Counter(m["status"] for m in matches) == {"accepted": 2, "proposed": 1}
    pilots = await every(scenarios, "/api/v1/pilots", admin)
    assert len(pilots) == 2
    assert "successful" in {p.get("outcome") for p in pilots}

    with pytest.raises(DemoError, match="already loaded"):
        await load(stack.clients, signing=ServiceSettings(), wait_s=5)
    assert len(await every(stack.registry, "/api/v1/centers", admin)) == 25
