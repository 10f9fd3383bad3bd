"""Registry's permission matrix (issue 15) against the running service: every operation of its
OpenAPI document, called by every role, is refused with 403 exactly where the matrix says so;
integration clients get what their scopes name and nothing more; lifecycle actions agree with the
lifecycle's table."""

from __future__ import annotations

from registry.centers.lifecycle import TRANSITIONS, Actor
from registry.permissions import PERMISSIONS
from shared.auth import Role
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.permissions import integration, integration_only_reads, sweep
from tests.flows import create_center
from tests.stack import Stack

ROLE_OF = {
    Actor.MUNICIPAL: Role.MUNICIPAL_ADMIN,
    Actor.OWN_DISTRICT: Role.DISTRICT_ADMIN,
    Actor.OWN_CENTER: Role.CENTER_USER,
}


async def test_every_operation_refuses_exactly_the_callers_the_matrix_leaves_out(
    stack: Stack, token: TokenFactory
) -> None:
    swept = await sweep(stack.registry, PERMISSIONS, token)
    assert swept.mismatches(PERMISSIONS) == []
    assert len(swept.refused) > 400


def test_each_lifecycle_action_is_for_the_roles_its_transition_names() -> None:
    for action, transition in TRANSITIONS.items():
        entry = PERMISSIONS.entries[f"POST /api/v1/centers/{{center_id}}/actions/{action.value}"]
        assert entry.roles == {ROLE_OF[a] for a in transition.actors}, action


def test_integration_clients_only_read() -> None:
    assert integration_only_reads(PERMISSIONS) == []


async def test_an_integration_client_reads_what_its_scopes_name_and_nothing_else(
    stack: Stack, admin: str
) -> None:
    center = await create_center(stack.registry, admin)
    path = f"/api/v1/centers/{center['id']}"
    reader = integration("centers:read")
    for read in (path, f"{path}/history", f"{path}/members", "/api/v1/centers"):
        got = await stack.registry.get(read, headers=reader)
        assert got.status_code == 200, (read, got.text)
    for method, other in (
        ("GET", f"{path}/evaluations"),
        ("GET", f"{path}/documents"),
        ("GET", "/api/v1/organizations"),
        ("POST", "/api/v1/centers"),
        ("POST", f"{path}/actions/submit"),
    ):
        refused = await stack.registry.request(
            method, other, json={} if method == "POST" else None, headers=reader
        )
        assert refused.status_code == 403, (method, other, refused.text)
    assert (await stack.registry.get(path, headers=integration())).status_code == 403
    both = integration("centers:read", "evaluations:read")
    assert (await stack.registry.get(f"{path}/evaluations", headers=both)).status_code == 200


async def test_the_openapi_document_publishes_each_operations_permission(
    stack: Stack, token: TokenFactory
) -> None:
    spec = (await stack.registry.get("/openapi.json")).json()
    listed = spec["paths"]["/api/v1/centers"]["get"]["x-permission"]
    assert listed["integration_scopes"] == ["centers:read"]
    assert {"municipal_admin", "district_admin", "center_user", "expert"} <= set(listed["roles"])
    assert "district" in listed["scoping"]
    actions = spec["paths"]["/api/v1/centers/{center_id}/actions/{action}"]["post"]["x-permission"]
    assert set(actions) == {a.value for a in TRANSITIONS}
    assert actions["recommend"]["roles"] == ["district_admin", "municipal_admin"]
    assert spec["paths"]["/api/v1/industries"]["get"]["x-permission"] == {"public": True}
    # The refusal names what the operation is for.
    refused = await stack.registry.get("/api/v1/experts", headers=bearer(token("expert")))
    assert refused.status_code == 403
    assert refused.json()["detail"] == "GET /api/v1/experts is for municipal_admin"
