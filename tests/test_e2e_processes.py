"""End to end across service processes over HTTP: registry and funding as separate uvicorn
processes on real ports, a real PostgreSQL database each, the real broker between them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.processes import service_processes
from shared.testing.services import eventually
from tests.flows import operating_center, upgrade_payload


@pytest.mark.parametrize("separate_workers", [False, True], ids=["in-api-relay", "worker-processes"])
async def test_an_upgrade_over_http_makes_funding_evaluate_the_subsidy_in_another_process(
    fresh_databases: DatabaseFactory,
    broker: LocalBroker,
    token: TokenFactory,
    tmp_path: Path,
    separate_workers: bool,
) -> None:
    urls = await fresh_databases()
    common = {
        "kafka_bootstrap_servers": broker.bootstrap_servers,
        "environment": "test",
        "relay_poll_interval_s": "0.5",
    }
    settings = {
        s: {**common, "database_url": urls[s], "consumer_group": f"{s}-{tmp_path.name}"}
        for s in ("registry", "funding", "talent")
    }
    with service_processes(settings, tmp_path, separate_workers=separate_workers) as running:
        admin, officer = token("municipal_admin"), token("finance_officer")
        async with (
            httpx.AsyncClient(base_url=running["registry"].url) as registry,
            httpx.AsyncClient(base_url=running["funding"].url) as funding,
        ):
            center = await operating_center(registry, admin)
            upgraded = await registry.post(
                f"/api/v1/centers/{center['id']}/upgrades",
                json=upgrade_payload(to_tier="national", total_share_capital="90000000.00"),
                headers=bearer(admin),
            )
            assert upgraded.status_code == 201, upgraded.text

            async def cases() -> list[dict[str, Any]] | None:
                response = await funding.get(
                    "/api/v1/support-cases", params={"center_id": center["id"]}, headers=bearer(officer)
                )
                items: list[dict[str, Any]] = response.json()["items"]
                return items or None

            found = await eventually(cases, timeout=60, what="the case in the funding process")
            assert len(found) == 1
            assert found[0]["options"] == [
                {"type": "grant", "amount": "30000000.00"},
                {"type": "equity", "amount": "27000000.00"},
            ]
            detail = await funding.get(f"/api/v1/support-cases/{found[0]['id']}", headers=bearer(officer))
            assert detail.status_code == 200
            assert detail.json()["trace"] == found[0]["trace"]
