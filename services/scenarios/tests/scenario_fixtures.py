"""Shared set-up for the scenarios tests.

Scenarios runs alone, in-process, on a fresh database and the real broker. Centers reach it the
way they do in production: as ``registry.center`` events on the broker (``tests.registry_player``
plays registry), which scenarios' consumer turns into its read model.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

from scenarios.centers.models import CenterView
from shared.china_time import china_today
from shared.etag import etag_of
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import outbox_rows, runtime_of
from tests.registry_player import RegistryPlayer, registry_player
from tests.stack import Stack, running_stack

SCENARIOS = "/api/v1/scenarios"
OFFERINGS = "/api/v1/offerings"
MATCHES = "/api/v1/matches"
PILOTS = "/api/v1/pilots"
PUBLISHER = "scenario_publisher"
ADMIN = "municipal_admin"


def scenario_body(**overrides: Any) -> dict[str, Any]:
    """A valid scenario with one public data resource, due in 90 days; ``overrides`` win."""
    body: dict[str, Any] = {
        "title": "黄埔区智能网联汽车城市道路测试场景",
        "description": "开放黄埔区20公里城市道路，验证L4级自动驾驶车路协同感知与决策系统。",
        "cluster_code": "intelligent_connected_nev",
        "tags": ["车路协同", "自动驾驶"],
        "district": "huangpu",
        "publisher": "广州市黄埔区工业和信息化局",
        "budget_amount": "5000000.00",
        "deadline": (china_today() + dt.timedelta(days=90)).isoformat(),
        "data_resources": [
            {
                "name": "路口信号灯实时配时数据",
                "owner_department": "广州市公安局黄埔区分局交通警察大队",
                "format": "API (JSON)",
                "access_terms": "签订数据使用协议后开放，仅限本场景验证使用",
            }
        ],
    }
    body.update(overrides)
    return body


def offering_body(center_id: str, /, **overrides: Any) -> dict[str, Any]:
    """A valid offering of ``center_id``; ``overrides`` win."""
    body: dict[str, Any] = {
        "center_id": center_id,
        "name": "车路协同路侧感知单元",
        "description": "融合毫米波雷达与视觉的路侧感知设备，支持城市道路车路协同。",
        "cluster_code": "intelligent_connected_nev",
        "tags": ["车路协同", "路侧感知"],
        "maturity_level": "pilot_ready",
        "certifications": ["CCC"],
    }
    body.update(overrides)
    return body


def if_match(tok: str, resource: dict[str, Any]) -> dict[str, str]:
    """The token's headers with the If-Match of the version ``resource`` shows."""
    return {**bearer(tok), "If-Match": etag_of(resource["version"])}


@dataclass
class ScenariosEnv:
    """Scenarios alone against the real broker, and registry played on it."""

    stack: Stack
    registry: RegistryPlayer

    @property
    def api(self) -> httpx.AsyncClient:
        return self.stack.clients["scenarios"]

    @property
    def sessionmaker(self) -> Any:
        return runtime_of(self.stack.apps["scenarios"]).sessionmaker

    async def create(self, tok: str, **overrides: Any) -> dict[str, Any]:
        """A draft scenario made by the token's holder."""
        response = await self.api.post(SCENARIOS, json=scenario_body(**overrides), headers=bearer(tok))
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def act(
        self, tok: str, scenario: dict[str, Any], action: str, comment: str | None = None
    ) -> httpx.Response:
        """One lifecycle action, with the If-Match of the version ``scenario`` shows."""
        body = {} if comment is None else {"comment": comment}
        return await self.api.post(
            f"{SCENARIOS}/{scenario['id']}/actions/{action}", json=body, headers=if_match(tok, scenario)
        )

    async def walk(self, tok: str, scenario: dict[str, Any], *actions: str) -> dict[str, Any]:
        """Take ``actions`` one after the other, each on the version the last one left."""
        for action in actions:
            response = await self.act(tok, scenario, action, comment=f"{action} 说明")
            assert response.status_code == 200, response.text
            scenario = response.json()
        return scenario

    async def offer(self, tok: str, center_id: str, **overrides: Any) -> dict[str, Any]:
        """An offering of ``center_id`` made by the token's holder."""
        response = await self.api.post(
            OFFERINGS, json=offering_body(center_id, **overrides), headers=bearer(tok)
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    async def propose(
        self, tok: str, scenario_id: str, offering_id: str, note: str | None = None
    ) -> httpx.Response:
        """One side proposes a match of the scenario and the offering."""
        body = {"scenario_id": scenario_id, "offering_id": offering_id, "note": note}
        return await self.api.post(MATCHES, json=body, headers=bearer(tok))

    async def outbox(self, key: str, event_type: str | None = None) -> list[Any]:
        """Scenarios' outbox rows for one aggregate key (the events a change wrote)."""
        return await outbox_rows(self.stack.apps["scenarios"], key, event_type)


def center_user(token: TokenFactory, center_id: str, sub: str | None = None) -> str:
    return token("center_user", center=center_id, sub=sub or f"user-of-{center_id[:8]}")


@contextlib.asynccontextmanager
async def scenarios_env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[ScenariosEnv]:
    bootstrap = broker.bootstrap_servers
    async with (
        running_stack(await fresh_databases(), bootstrap, services=("scenarios",)) as stack,
        registry_player(stack.apps["scenarios"], CenterView, bootstrap=bootstrap) as registry,
    ):
        yield ScenariosEnv(stack=stack, registry=registry)
