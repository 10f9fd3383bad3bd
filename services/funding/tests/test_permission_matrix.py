"""Funding's permission matrix (issue 15) against the running service: every operation of its
OpenAPI document, called by every role, is refused with 403 exactly where the matrix says so;
integration clients get what their scopes name and nothing more; support-case actions agree with
the workflow's table."""

from __future__ import annotations

from funding.permissions import PERMISSIONS
from funding.support_cases.workflow import TRANSITIONS, roles_for
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.permissions import integration, integration_only_reads, sweep
from tests.stack import Stack

# Takes a body and writes nothing.
CALCULATORS = frozenset({"POST /api/v1/calculators/rd-super-deduction"})


async def test_every_operation_refuses_exactly_the_callers_the_matrix_leaves_out(
    stack: Stack, token: TokenFactory
) -> None:
    swept = await sweep(stack.funding, PERMISSIONS, token)
    assert swept.mismatches(PERMISSIONS) == []
    assert len(swept.refused) > 400


def test_each_support_case_action_is_for_the_roles_its_transition_names() -> None:
    for action in TRANSITIONS:
        entry = PERMISSIONS.entries[f"POST /api/v1/support-cases/{{case_id}}/actions/{action.value}"]
        assert entry.roles == roles_for(action), action


def test_integration_clients_only_read() -> None:
    assert integration_only_reads(PERMISSIONS, also=CALCULATORS) == []


async def test_an_integration_client_reads_what_its_scopes_name_and_nothing_else(stack: Stack) -> None:
    reader = integration("support-cases:read")
    for read in ("/api/v1/support-cases", "/api/v1/support-cases/export"):
        got = await stack.funding.get(read, headers=reader)
        assert got.status_code == 200, (read, got.text)
    for method, other in (
        ("GET", "/api/v1/budgets"),
        ("GET", "/api/v1/investments"),
        ("GET", "/api/v1/policies"),
        ("POST", "/api/v1/budgets"),
        ("POST", "/api/v1/investments"),
    ):
        refused = await stack.funding.request(
            method, other, json={} if method == "POST" else None, headers=reader
        )
        assert refused.status_code == 403, (method, other, refused.text)
    assert (await stack.funding.get("/api/v1/support-cases", headers=integration())).status_code == 403
    both = integration("budgets:read", "investments:read")
    for read in ("/api/v1/budgets", "/api/v1/budgets/ledger", "/api/v1/investments/totals"):
        got = await stack.funding.get(read, headers=both)
        assert got.status_code == 200, (read, got.text)
    assert (await stack.funding.get("/api/v1/investments/funds")).status_code == 200


async def test_the_openapi_document_publishes_each_operations_permission(
    stack: Stack, token: TokenFactory
) -> None:
    spec = (await stack.funding.get("/openapi.json")).json()
    listed = spec["paths"]["/api/v1/support-cases"]["get"]["x-permission"]
    assert listed["integration_scopes"] == ["support-cases:read"]
    assert "talent_officer" not in listed["roles"]
    assert "finance_officer" in listed["roles"]
    actions = spec["paths"]["/api/v1/support-cases/{case_id}/actions/{action}"]["post"]["x-permission"]
    assert set(actions) == {a.value for a in TRANSITIONS}
    assert actions["approve"]["roles"] == ["finance_officer"]
    assert spec["paths"]["/api/v1/investments/funds"]["get"]["x-permission"] == {"public": True}
    refused = await stack.funding.get("/api/v1/budgets", headers=bearer(token("center_user")))
    assert refused.status_code == 403
    assert refused.json()["detail"].startswith("GET /api/v1/budgets is for ")
