"""Talent's permission matrix (issue 15) against the running service: every operation of its
OpenAPI document, called by every role, is refused with 403 exactly where the matrix says so;
integration clients get what their scopes name and nothing more."""

from __future__ import annotations

from services.talent.tests.talent_fixtures import TalentEnv
from shared.testing.fixtures import TokenFactory
from shared.testing.permissions import integration, integration_only_reads, sweep
from talent.permissions import PERMISSIONS


async def test_every_operation_refuses_exactly_the_callers_the_matrix_leaves_out(
    env: TalentEnv, token: TokenFactory
) -> None:
    swept = await sweep(env.talent, PERMISSIONS, token)
    assert swept.mismatches(PERMISSIONS) == []
    assert len(swept.refused) > 150


def test_integration_clients_only_read() -> None:
    assert integration_only_reads(PERMISSIONS) == []


async def test_an_integration_client_reads_what_its_scopes_name_and_nothing_else(env: TalentEnv) -> None:
    center = await env.center()
    reader = integration("talents:read")
    listed = await env.talent.get("/api/v1/talents", params={"center_id": center}, headers=reader)
    assert listed.status_code == 200, listed.text
    summary = await env.talent.get(f"/api/v1/centers/{center}/talent-summary", headers=reader)
    assert summary.status_code == 200, summary.text
    for method, path in (
        ("GET", "/api/v1/talent-applications"),
        ("GET", "/api/v1/service-requests"),
        ("POST", "/api/v1/talents"),
    ):
        refused = await env.talent.request(
            method, path, json={} if method == "POST" else None, headers=reader
        )
        assert refused.status_code == 403, (method, path, refused.text)
    nothing = integration()
    assert (await env.talent.get("/api/v1/talents", headers=nothing)).status_code == 403
    both = integration("talents:read", "service-requests:read")
    assert (await env.talent.get("/api/v1/service-requests", headers=both)).status_code == 200


async def test_the_openapi_document_publishes_each_operations_permission(env: TalentEnv) -> None:
    spec = (await env.talent.get("/openapi.json")).json()
    listed = spec["paths"]["/api/v1/talents"]["get"]["x-permission"]
    assert listed["integration_scopes"] == ["talents:read"]
    assert "talent_officer" in listed["roles"]
    assert "expert" not in listed["roles"]
    actions = spec["paths"]["/api/v1/service-requests/{request_id}/actions/{action}"]["post"]["x-permission"]
    assert set(actions) == {"accept", "fulfil", "refuse"}
    assert actions["accept"]["roles"] == ["talent_officer"]
    assert spec["paths"]["/healthz"]["get"]["x-permission"] == {"public": True}
