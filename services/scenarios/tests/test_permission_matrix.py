"""Scenarios' permission matrix (issue 15) against the running service: every operation of its
OpenAPI document, called by every role, is refused with 403 exactly where the matrix says so;
integration clients get what their scopes name and nothing more; the lifecycle actions of
scenarios, offerings and matchmaking events agree with their workflows' tables."""

from __future__ import annotations

from scenarios.matches.service import PARTIES
from scenarios.matches.workflow import TRANSITIONS as MATCH_TRANSITIONS
from scenarios.matchmaking import workflow as events
from scenarios.offerings import workflow as offerings
from scenarios.permissions import PERMISSIONS
from scenarios.scenarios import workflow as scenarios
from services.scenarios.tests.scenario_fixtures import (
    OFFERINGS,
    PUBLISHER,
    SCENARIOS,
    ScenariosEnv,
    center_user,
)
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.permissions import integration, integration_only_reads, sweep


async def test_every_operation_refuses_exactly_the_callers_the_matrix_leaves_out(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    swept = await sweep(env.api, PERMISSIONS, token)
    assert swept.mismatches(PERMISSIONS) == []
    assert len(swept.refused) > 350


def test_each_lifecycle_action_is_for_the_roles_its_workflow_names() -> None:
    for action in scenarios.TRANSITIONS:
        entry = PERMISSIONS.entries[f"POST /api/v1/scenarios/{{scenario_id}}/actions/{action.value}"]
        assert entry.roles == scenarios.roles_for(action), action
    for offering_action in offerings.TRANSITIONS:
        key = f"POST /api/v1/offerings/{{offering_id}}/actions/{offering_action.value}"
        assert PERMISSIONS.entries[key].roles == offerings.roles_for(offering_action), offering_action
    for event_action in events.TRANSITIONS:
        key = f"POST /api/v1/matchmaking-events/{{event_id}}/actions/{event_action.value}"
        assert PERMISSIONS.entries[key].roles == events.roles_for(event_action), event_action
    for match_action in MATCH_TRANSITIONS:
        key = f"POST /api/v1/matches/{{match_id}}/actions/{match_action.value}"
        assert PERMISSIONS.entries[key].roles == set(PARTIES), match_action


def test_integration_clients_only_read() -> None:
    assert integration_only_reads(PERMISSIONS) == []


async def test_an_integration_client_reads_what_its_scopes_name_and_nothing_else(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    center = await env.registry.center()
    offering = await env.offer(center_user(token, center), center)
    scenario = await env.walk(token(PUBLISHER), await env.create(token(PUBLISHER)), "publish")
    reader = integration("scenarios:read")
    for read in (SCENARIOS, f"{SCENARIOS}/{scenario['id']}", f"{SCENARIOS}/{scenario['id']}/history"):
        got = await env.api.get(read, headers=reader)
        assert got.status_code == 200, (read, got.text)
    for method, other in (
        ("GET", OFFERINGS),
        ("GET", f"{SCENARIOS}/{scenario['id']}/matches"),
        ("GET", "/api/v1/matches"),
        ("GET", "/api/v1/pilots"),
        ("GET", "/api/v1/matchmaking-events"),
        ("POST", SCENARIOS),
        ("POST", f"{SCENARIOS}/{scenario['id']}/actions/close"),
    ):
        refused = await env.api.request(method, other, json={} if method == "POST" else None, headers=reader)
        assert refused.status_code == 403, (method, other, refused.text)
    assert (await env.api.get(SCENARIOS, headers=integration())).status_code == 403
    proposed = await env.propose(token(PUBLISHER), scenario["id"], offering["id"])
    assert proposed.status_code == 201, proposed.text
    matches = await env.api.get("/api/v1/matches", headers=integration("matches:read"))
    assert proposed.json()["id"] in [m["id"] for m in matches.json()["items"]]  # city-wide, like the city
    one = await env.api.get(f"/api/v1/matches/{proposed.json()['id']}", headers=integration("matches:read"))
    assert one.status_code == 200, one.text
    both = integration("offerings:read", "suggestions:read")
    for read in (f"{OFFERINGS}/{offering['id']}", f"{OFFERINGS}/{offering['id']}/matches"):
        got = await env.api.get(read, headers=both)
        assert got.status_code == 200, (read, got.text)


async def test_the_openapi_document_publishes_each_operations_permission(
    env: ScenariosEnv, token: TokenFactory
) -> None:
    spec = (await env.api.get("/openapi.json")).json()
    listed = spec["paths"]["/api/v1/scenarios"]["get"]["x-permission"]
    assert listed["integration_scopes"] == ["scenarios:read"]
    assert {"expert", "center_user", "scenario_publisher"} <= set(listed["roles"])
    assert "draft" in listed["scoping"]
    actions = spec["paths"]["/api/v1/scenarios/{scenario_id}/actions/{action}"]["post"]["x-permission"]
    assert set(actions) == {a.value for a in scenarios.TRANSITIONS}
    assert actions["publish"]["roles"] == ["municipal_admin", "scenario_publisher"]
    milestone = spec["paths"]["/api/v1/pilots/{pilot_id}/milestones/{milestone}/complete"]["post"]
    assert milestone["x-permission"]["roles"] == ["center_user", "scenario_publisher"]
    assert spec["paths"]["/healthz"]["get"]["x-permission"] == {"public": True}
    refused = await env.api.post(SCENARIOS, json={}, headers=bearer(token("expert")))
    assert refused.status_code == 403
    assert refused.json()["detail"] == "POST /api/v1/scenarios is for municipal_admin, scenario_publisher"
