"""Shared set-up for the programme tests (investments, platforms, recognitions, municipal support).

Funding runs alone, in-process, on a fresh database and the real broker. Centers reach it the
way they do in production: as ``registry.center`` events on the broker (``tests.registry_player``
plays registry), which funding's consumer turns into its read model.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from funding.centers.models import CenterView
from funding.investments.uscc import check_digit
from funding.messaging import OutboxRecord
from shared.china_time import china_today
from shared.kafka import AIOKafkaProducer
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import outbox_rows
from tests.registry_player import RegistryPlayer, registry_player
from tests.stack import Stack, running_stack

_counter = itertools.count(1)


def valid_uscc() -> str:
    """A fresh USCC with a correct GB 32100-2015 check digit."""
    body = f"91440101{(next(_counter) + uuid.uuid4().int) % 10**9:09d}"
    return body + check_digit(body)


@dataclass
class Programmes:
    """Funding alone against the real broker, with registry played on it (and a producer to play
    scenarios)."""

    stack: Stack
    registry: RegistryPlayer
    # Each center's lead organization (its USCC), as its center.created event named it.
    leads: dict[str, str] = field(default_factory=dict)

    @property
    def funding(self) -> Any:
        return self.stack.funding

    @property
    def producer(self) -> AIOKafkaProducer:
        return self.registry.producer

    async def center(
        self, *, district: str = "tianhe", tier: str = "municipal", status: str = "operating"
    ) -> str:
        """A center announced by registry, with a lead of its own, once funding's read model has it."""
        lead_uscc = valid_uscc()
        center_id = await self.registry.center(
            district=district, tier=tier, status=status, lead_uscc=lead_uscc
        )
        self.leads[center_id] = lead_uscc
        return center_id

    async def outbox(self, key: str, event_type: str | None = None) -> list[OutboxRecord]:
        """Funding's outbox rows for one aggregate key (the events a state change wrote)."""
        return await outbox_rows(self.stack.apps["funding"], key, event_type)


async def budget_this_year(env: Programmes, token: TokenFactory, category: str, more: str) -> dict[str, Any]:
    """This (China) year's budget of ``category`` with ``more`` yuan made available: approvals
    commit against the year they are given in, which every test of a module shares."""
    admin = bearer(token("municipal_admin"))
    year = china_today().year
    created = await env.funding.post(
        "/api/v1/budgets",
        json={"year": year, "category": category, "allocated": more},
        headers=admin,
    )
    if created.status_code == 201:
        body: dict[str, Any] = created.json()
        return body
    assert created.status_code == 409, created.text  # it exists: raise it by ``more``
    listed = await env.funding.get("/api/v1/budgets", params={"year": year}, headers=admin)
    [row] = [b for b in listed.json()["items"] if b["category"] == category]
    current = await env.funding.get(f"/api/v1/budgets/{row['id']}", headers=admin)
    raised = await env.funding.patch(
        f"/api/v1/budgets/{row['id']}",
        json={"allocated": f"{Decimal(row['allocated']) + Decimal(more):.2f}"},
        headers={**admin, "If-Match": current.headers["ETag"]},
    )
    assert raised.status_code == 200, raised.text
    body = raised.json()
    return body


async def paid_only_after_two_officers(env: Programmes, token: TokenFactory, case: dict[str, Any]) -> None:
    """Walk a priced, selected case to payment: nothing is committed at the first approval, the
    same officer cannot give the second, a different one commits the budget of the line's
    category, and a tranche disburses it — each a movement in the ledger naming the case."""
    amount = next(o["amount"] for o in case["options"] if o["type"] == "grant")
    category = case["lines"][0]["category"]
    await budget_this_year(env, token, category, amount)
    first, second = token("finance_officer", sub="officer-a"), token("finance_officer", sub="officer-b")
    url = f"/api/v1/support-cases/{case['id']}/actions"

    async def movements() -> list[tuple[str, str]]:
        ledger = await env.funding.get(
            "/api/v1/budgets/ledger", params={"category": category}, headers=bearer(first)
        )
        assert ledger.status_code == 200, ledger.text
        return [(m["kind"], m["amount"]) for m in ledger.json()["items"] if case["id"] in m["reference"]]

    once = await env.funding.post(f"{url}/approve", json={}, headers=bearer(first))
    assert (once.status_code, once.json()["status"]) == (200, "option_selected"), once.text
    assert await movements() == []
    again = await env.funding.post(f"{url}/approve", json={}, headers=bearer(first))
    assert again.status_code == 409, again.text
    assert again.json()["type"] == "urn:gz-mic:problem:same-officer"
    approved = await env.funding.post(f"{url}/approve", json={}, headers=bearer(second))
    assert (approved.status_code, approved.json()["status"]) == (200, "approved"), approved.text
    paid = await env.funding.post(
        f"{url}/disburse",
        json={"voucher_no": f"V-{case['id'][:8]}", "amount": amount, "paid_on": "2025-07-01"},
        headers=bearer(second),
    )
    assert (paid.status_code, paid.json()["status"]) == (200, "disbursed"), paid.text
    assert await movements() == [("commit", amount), ("disburse", amount)]


def results(year: int = 2025, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "year": year,
        "services_delivered": 40,
        "projects_verified": 6,
        "projects_commercialized": 1,
        "external_clients": 3,
        "revenue": "1200000.00",
    }
    body.update(overrides)
    return body


def first_set(center_id: str, /, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "catalogue": "first_set_complete",
        "year": 2025,
        "product_name": f"智能装配成套装备 {uuid.uuid4().hex[:6]}",
        "center_id": center_id,
        "maker_name": "广州某装备有限公司",
        "maker_uscc": valid_uscc(),
        "buyer_name": "广州某汽车有限公司",
        "price": "20000000.00",
        "recognized_on": "2025-06-01",
        "document_no": "穗工信〔2025〕9号",
    }
    body.update(overrides)
    return body


@contextlib.asynccontextmanager
async def programmes(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    bootstrap = broker.bootstrap_servers
    async with (
        running_stack(await fresh_databases(), bootstrap, services=("funding",)) as stack,
        registry_player(stack.apps["funding"], CenterView, bootstrap=bootstrap) as registry,
    ):
        yield Programmes(stack=stack, registry=registry)
