"""The gateway (issue 21, item 1): one route table, both configurations generated from it, every
``/api/v1/<resource>`` of every service routed to the service serving it, and make run's Caddy
doing on one port what compose's nginx does."""

from __future__ import annotations

import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from shared.gateway_config import CADDYFILE, generated
from shared.gateway_routes import (
    API_PREFIX,
    KNOWN_EXCEPTIONS,
    PER_SERVICE_RESOURCES,
    UPSTREAMS,
    route_for,
)
from shared.localbroker import LocalBroker, free_port
from shared.testing.fixtures import DatabaseFactory, TokenFactory
from shared.testing.services import eventually
from tests.flows import OPERATING_PATH, center_payload, upgrade_payload
from tests.gateway import BUILDERS, CADDY, LiveStack, live_stack, running_gateway

DEV_ORIGIN = "http://localhost:5173"


@pytest.fixture(scope="module")
def openapi_paths() -> dict[str, list[str]]:
    """service → the paths of its OpenAPI document."""
    return {service: sorted(build().openapi()["paths"]) for service, build in BUILDERS.items()}


def test_the_committed_gateway_configs_are_what_make_gateway_writes() -> None:
    for path, text in generated().items():
        assert path.read_text() == text, f"{path.name} is stale: run make gateway"


def test_the_caddyfile_is_valid_and_formatted_as_caddy_formats_it() -> None:
    subprocess.run([CADDY, "adapt", "--config", CADDYFILE, "--validate"], check=True, capture_output=True)
    formatted = subprocess.run([CADDY, "fmt", CADDYFILE], check=True, capture_output=True, text=True)
    assert formatted.stdout == CADDYFILE.read_text()


def test_every_api_path_of_every_service_is_routed_to_the_service_serving_it(
    openapi_paths: dict[str, list[str]],
) -> None:
    wrong = []
    for service, paths in openapi_paths.items():
        for path in paths:
            if not path.startswith(API_PREFIX):
                continue
            resource = path[len(API_PREFIX) :].split("/", 1)[0]
            # A concrete path, as a client sends it: the templates' {ids} become one segment.
            concrete = path.replace("{", "").replace("}", "")
            routed = route_for(concrete)
            if resource in PER_SERVICE_RESOURCES:
                assert routed is None, f"{path} is each service's own, yet routed to {routed}"
            elif routed != service and KNOWN_EXCEPTIONS.get(resource) != routed:
                wrong.append(f"{service} {path} -> {routed}")
    assert not wrong, "routed elsewhere than to the service serving them:\n" + "\n".join(wrong)


def test_every_resource_of_the_table_is_served_by_its_service(openapi_paths: dict[str, list[str]]) -> None:
    for upstream in UPSTREAMS:
        served = {p[len(API_PREFIX) :].split("/", 1)[0] for p in openapi_paths[upstream.name]}
        assert set(upstream.resources) <= served, (
            f"{upstream.name} serves none of {set(upstream.resources) - served}"
        )


def test_a_known_exception_is_served_by_the_service_it_is_routed_to(
    openapi_paths: dict[str, list[str]],
) -> None:
    for resource, service in KNOWN_EXCEPTIONS.items():
        assert any(p.startswith(f"{API_PREFIX}{resource}") for p in openapi_paths[service])


# --- make run's Caddy in front of live services ------------------------------------------------


@pytest.fixture(scope="module")
async def stack(
    fresh_databases: DatabaseFactory, own_broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[LiveStack]:
    # A broker of its own: the upgrade below must become a case without funding first working
    # through every other test's centers on the run's broker.
    async with live_stack(fresh_databases, own_broker, tmp_path_factory.mktemp("gateway")) as live:
        yield live


@pytest.fixture(scope="module")
def auth(token: TokenFactory) -> dict[str, str]:
    return {"Authorization": f"Bearer {token('municipal_admin', sub='gateway-tester')}"}


def _comparable(response: httpx.Response) -> tuple[int, Any]:
    """Status and body, less what differs between two calls (a problem's instance, request id)."""
    body = response.json()
    if isinstance(body, dict):
        body = {k: v for k, v in body.items() if k not in {"instance", "request_id"}}
    return response.status_code, body


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/api/v1/industries", "registry"),
        ("/api/v1/programme/progress", "registry"),
        ("/api/v1/centers/00000000-0000-4000-8000-000000000001/talent-summary", "talent"),
        ("/api/v1/policies", "funding"),
        ("/api/v1/recognitions/eligible-offerings", "funding"),
        ("/api/v1/talent-programmes", "talent"),
        ("/api/v1/scenarios", "scenarios"),
        ("/api/v1/meta/enums", "registry"),
        ("/funding/api/v1/meta/enums", "funding"),
        ("/scenarios/api/v1/audit", "scenarios"),
    ],
)
def test_a_route_through_port_8000_lands_on_its_service(
    stack: LiveStack, auth: dict[str, str], path: str, service: str
) -> None:
    through = httpx.get(stack.gateway.base_url + path, headers=auth)
    direct = httpx.get(stack.services[service] + path.removeprefix(f"/{service}"), headers=auth)
    assert through.status_code < 500
    assert _comparable(through) == _comparable(direct)


def test_each_service_by_name_serves_its_docs_openapi_and_metrics(stack: LiveStack) -> None:
    for service in BUILDERS:
        base = f"{stack.gateway.base_url}/{service}"
        title = httpx.get(f"{stack.services[service]}/openapi.json").json()["info"]["title"]
        assert httpx.get(f"{base}/openapi.json").json()["info"]["title"] == title
        assert f"url: '/{service}/openapi.json'" in httpx.get(f"{base}/docs").text
        assert f'spec-url="/{service}/openapi.json"' in httpx.get(f"{base}/redoc").text
        metrics = httpx.get(f"{base}/metrics")
        assert metrics.is_success
        assert "# TYPE http_requests_total counter" in metrics.text


def test_a_browser_preflight_from_a_dev_server_is_answered_through_port_8000(stack: LiveStack) -> None:
    preflight = httpx.options(
        f"{stack.gateway.base_url}/api/v1/centers",
        headers={
            "Origin": DEV_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == DEV_ORIGIN
    assert "POST" in preflight.headers["access-control-allow-methods"]
    read = httpx.get(f"{stack.gateway.base_url}/api/v1/industries", headers={"Origin": DEV_ORIGIN})
    exposed = {h.strip().lower() for h in read.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "location", "idempotency-key", "retry-after"} <= exposed


def test_the_request_id_is_kept_or_minted(stack: LiveStack) -> None:
    url = f"{stack.gateway.base_url}/registry/healthz"
    kept = httpx.get(url, headers={"X-Request-ID": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"})
    assert kept.headers["x-request-id"] == "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b"
    assert httpx.get(url).headers["x-request-id"]


def test_a_path_no_service_serves_is_a_404_problem_from_the_gateway(stack: LiveStack) -> None:
    for path in ("/nowhere", "/api/v1/nothing-here", "/api/v1/audit", "/registry"):
        response = httpx.get(stack.gateway.base_url + path)
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["detail"] == "no service serves this path"
    assert httpx.get(f"{stack.gateway.base_url}/healthz").json() == {"status": "ok"}


@pytest.fixture
def gateway_to_nothing(tmp_path: Path) -> Iterator[Any]:
    """The gateway with every upstream at a port nobody listens on."""
    with running_gateway({u.name: f"127.0.0.1:{free_port()}" for u in UPSTREAMS}, tmp_path) as gateway:
        yield gateway


def test_a_service_that_does_not_answer_is_a_503_problem_and_the_query_stays_out_of_the_log(
    gateway_to_nothing: Any,
) -> None:
    response = httpx.get(f"{gateway_to_nothing.base_url}/api/v1/talents?id_number=44010619800512008X")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["title"] == "Service Unavailable"
    assert "44010619800512008X" not in gateway_to_nothing.log.read_text()


async def test_a_browser_app_takes_a_center_to_its_support_case_through_port_8000_only(
    stack: LiveStack, auth: dict[str, str]
) -> None:
    """Issue 21's walk as a front end makes it: every call through the gateway, each write after
    the browser's preflight, create → operating → upgrade → the case funding opened by itself."""
    origin = {"Origin": "http://localhost:5173"}
    async with httpx.AsyncClient(base_url=stack.gateway.base_url, headers={**auth, **origin}) as browser:

        async def send(method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
            preflight = await browser.options(
                path,
                headers={
                    "Access-Control-Request-Method": method,
                    "Access-Control-Request-Headers": "authorization, content-type",
                },
            )
            assert preflight.status_code == 200, preflight.text
            assert preflight.headers["access-control-allow-origin"] == origin["Origin"]
            response = await browser.request(method, path, json=body)
            assert response.status_code in (200, 201), response.text
            assert response.headers["access-control-allow-origin"] == origin["Origin"]
            answer: dict[str, Any] = response.json()
            return answer

        center = await send("POST", "/api/v1/centers", center_payload(mode="self_built"))
        for action in OPERATING_PATH:
            center = await send(
                "POST", f"/api/v1/centers/{center['id']}/actions/{action}", {"comment": action}
            )
        assert center["status"] == "operating"
        await send("POST", f"/api/v1/centers/{center['id']}/upgrades", upgrade_payload(to_tier="national"))

        async def the_case() -> dict[str, Any] | None:
            cases = await browser.get("/api/v1/support-cases", params={"center_id": center["id"]})
            assert cases.status_code == 200, cases.text
            items: list[dict[str, Any]] = cases.json()["items"]
            return items[0] if items else None

        case = await eventually(the_case, what="the support case funding opens for the upgrade")
    assert case["tier"] == "national"
    # 五(二): a ¥30M grant, or equity of 30% of the ¥200M share capital (under the ¥100M cap).
    options = {o["type"]: o["amount"] for o in case["options"]}
    assert options == {"grant": "30000000.00", "equity": "60000000.00"}
