"""Funding's lists refuse filter values they do not understand (issue 22, item 4): an unknown
programme, budget category, jurisdiction, status or USCC is a 422 naming the parameter, never an
empty page that looks like nothing happened. A ``center_id`` is only checked to be a UUID: funding
learns of centers from registry's events, so a center it has not heard of yet is an empty page
(no case yet), which is what a client polling for an upgrade's case must see."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest

from services.funding.tests.programme_fixtures import Programmes, programmes
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.problems import error_fields, problem_of


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


@pytest.mark.parametrize(
    ("path", "parameter", "value"),
    [
        ("/api/v1/support-cases", "kind", "lottery"),
        ("/api/v1/support-cases/export", "kind", "lottery"),
        ("/api/v1/recognitions", "maker_uscc", "91440101000000000X"),
        ("/api/v1/recognitions", "status", "pending"),
        ("/api/v1/budgets", "category", "lottery"),
        ("/api/v1/budgets/ledger", "category", "lottery"),
        ("/api/v1/policies", "jurisdiction", "atlantis"),
    ],
)
async def test_an_unknown_filter_value_is_a_422_naming_it(
    env: Programmes, token: TokenFactory, path: str, parameter: str, value: str
) -> None:
    response = await env.funding.get(
        path, params={parameter: value}, headers=bearer(token("municipal_admin"))
    )
    assert error_fields(problem_of(response, 422)) == {parameter}


async def test_a_center_funding_has_not_heard_of_yet_is_an_empty_page(
    env: Programmes, token: TokenFactory
) -> None:
    admin = bearer(token("municipal_admin"))
    response = await env.funding.get(
        "/api/v1/support-cases", params={"center_id": str(uuid.uuid4())}, headers=admin
    )
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []
    malformed = await env.funding.get(
        "/api/v1/support-cases", params={"center_id": "not-a-uuid"}, headers=admin
    )
    assert error_fields(problem_of(malformed, 422)) == {"center_id"}


async def test_known_values_still_filter(env: Programmes, token: TokenFactory) -> None:
    center = await env.center()
    admin = bearer(token("municipal_admin"))
    for path, params in (
        ("/api/v1/support-cases", {"center_id": center, "kind": "platform_subsidy"}),
        ("/api/v1/platforms", {"center_id": center}),
        ("/api/v1/budgets", {"category": "municipal_support"}),
        ("/api/v1/budgets", {"category": "upgrade_support"}),
        ("/api/v1/policies", {"jurisdiction": "huangpu"}),
    ):
        response = await env.funding.get(path, params=params, headers=admin)
        assert response.status_code == 200, (path, response.text)
        assert response.json()["items"] == []
