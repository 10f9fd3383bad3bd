"""Every route of every service refuses a query parameter it does not declare (DESIGN 7, issue 22):
a 422 problem naming it, in zh-CN or en; the docs, the schema, metrics and health are untouched.

The walk goes over each app's own OpenAPI document, so a route added later is covered too.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute

from funding.main import SPEC as FUNDING
from notifications.main import SPEC as NOTIFICATIONS
from registry.main import SPEC as REGISTRY
from scenarios.main import SPEC as SCENARIOS
from shared.app import ServiceSpec
from shared.localbroker import LocalBroker
from shared.query_parameters import declared_query_parameters
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from talent.main import SPEC as TALENT
from tests.governance_flows import organization_payload
from tests.problems import error_fields, problem_of
from tests.stack import Stack, running_stack

SPECS: dict[str, ServiceSpec] = {
    "registry": REGISTRY,
    "funding": FUNDING,
    "talent": TALENT,
    "scenarios": SCENARIOS,
    "notifications": NOTIFICATIONS,
}
BOGUS = {"bogus_param": "1"}


@pytest.fixture(scope="module")
async def stack(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Stack]:
    urls, bootstrap = await fresh_databases(), broker.bootstrap_servers
    async with running_stack(urls, bootstrap, services=tuple(SPECS)) as running:
        yield running


@pytest.fixture(scope="module")
def admin(token: TokenFactory) -> str:
    return token("municipal_admin", sub="city-officer")


def _path_value(parameter: dict[str, Any]) -> str:
    """A value of the path parameter's type: a random id, a number or a code."""
    schema = parameter.get("schema", {})
    if schema.get("format") == "uuid":
        return str(uuid.uuid4())
    return "1" if schema.get("type") == "integer" else "some_code"


def get_paths(app: FastAPI) -> list[str]:
    """Every GET route of the app's OpenAPI document, its path parameters filled in."""
    paths = []
    for template, operations in app.openapi()["paths"].items():
        if "get" not in operations:
            continue
        path = template
        for parameter in operations["get"].get("parameters", []):
            if parameter["in"] == "path":
                path = path.replace("{" + parameter["name"] + "}", _path_value(parameter))
        paths.append(path)
    return paths


def documented_query_parameters(app: FastAPI) -> dict[tuple[str, str], set[str]]:
    """(method, path template) → the query parameter names the OpenAPI document lists."""
    return {
        (method.upper(), template): {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
        for template, operations in app.openapi()["paths"].items()
        for method, operation in operations.items()
    }


@pytest.mark.parametrize("service", SPECS)
async def test_every_get_route_refuses_an_unknown_query_parameter_by_name(
    stack: Stack, admin: str, service: str
) -> None:
    paths = get_paths(stack.apps[service])
    assert "/healthz" in paths
    client = stack.clients[service]
    for path in paths:
        response = await client.get(path, params=BOGUS, headers=bearer(admin))
        assert error_fields(problem_of(response, 422, "validation-failed")) == {"bogus_param"}, path


async def test_the_walk_covers_the_list_routes(stack: Stack) -> None:
    registry, funding = get_paths(stack.apps["registry"]), get_paths(stack.apps["funding"])
    for path in ("/api/v1/centers", "/api/v1/centers/export", "/api/v1/organizations", "/api/v1/industries"):
        assert path in registry
    for path in ("/api/v1/support-cases", "/api/v1/budgets/ledger", "/api/v1/policies"):
        assert path in funding


@pytest.mark.parametrize("service", SPECS)
def test_a_route_accepts_exactly_the_query_parameters_its_openapi_documents(
    stack: Stack, service: str
) -> None:
    documented = documented_query_parameters(stack.apps[service])
    routes = [r for router in SPECS[service].routers for r in router.routes if isinstance(r, APIRoute)]
    for route in routes:
        for method in route.methods:
            assert declared_query_parameters(route) == documented[(method, route.path)], route.path


async def test_aliases_and_query_models_are_known_by_their_public_names(stack: Stack, admin: str) -> None:
    organizations = await stack.registry.get(
        "/api/v1/organizations", params={"type": "enterprise", "limit": 1}, headers=bearer(admin)
    )
    assert organizations.status_code == 200, organizations.text
    python_name = await stack.registry.get(
        "/api/v1/organizations", params={"type_": "enterprise"}, headers=bearer(admin)
    )
    assert error_fields(problem_of(python_name, 422)) == {"type_"}
    centers = await stack.registry.get(
        "/api/v1/centers", params={"status": "operating", "sort": "-name", "limit": 1}, headers=bearer(admin)
    )
    assert centers.status_code == 200, centers.text


async def test_every_unknown_parameter_is_named_and_the_detail_lists_the_known_ones(
    stack: Stack, admin: str
) -> None:
    response = await stack.registry.get(
        "/api/v1/centers", params={"limit": 5, "revoked": "true", "colour": "red"}, headers=bearer(admin)
    )
    body = problem_of(response, 422, "validation-failed")
    assert [e["field"] for e in body["errors"]] == ["revoked", "colour"]
    assert body["detail"].startswith("unknown query parameter: revoked, colour; this route accepts ")
    assert "sub_sector_listed" in body["detail"]
    one = await stack.registry.get(
        f"/api/v1/centers/{uuid.uuid4()}", params={"foo": 1}, headers=bearer(admin)
    )
    assert problem_of(one, 422)["detail"].endswith("this route takes no query parameters")


async def test_the_problem_is_in_chinese_for_a_zh_client(stack: Stack, admin: str) -> None:
    response = await stack.registry.get(
        "/api/v1/organizations",
        params=BOGUS,
        headers={**bearer(admin), "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"},
    )
    body = problem_of(response, 422, "validation-failed")
    assert body["title"] == "数据校验未通过"
    assert body["detail"].startswith("不支持的查询参数：bogus_param；此接口可用的查询参数：")


async def test_a_write_with_an_unknown_query_parameter_is_refused_and_writes_nothing(
    stack: Stack, admin: str
) -> None:
    body = organization_payload()
    url = "/api/v1/organizations"
    refused = await stack.registry.post(url, params=BOGUS, json=body, headers=bearer(admin))
    assert error_fields(problem_of(refused, 422)) == {"bogus_param"}
    # 201, not 409 for a taken USCC: the refused request registered nothing.
    created = await stack.registry.post(url, json=body, headers=bearer(admin))
    assert created.status_code == 201, created.text


@pytest.mark.parametrize("path", ["/docs", "/openapi.json", "/metrics", "/asyncapi.json"])
async def test_docs_schema_and_metrics_take_any_query_string(stack: Stack, path: str) -> None:
    response = await stack.registry.get(path, params=BOGUS)
    assert response.status_code == 200, response.text


async def test_health_answers_without_a_query_string(stack: Stack) -> None:
    for service in SPECS:
        assert (await stack.clients[service].get("/healthz")).status_code == 200
        assert (await stack.clients[service].get("/readyz")).status_code == 200
