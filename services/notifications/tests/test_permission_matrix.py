"""Notifications' permission matrix (issue 15) against the running service: every operation of its
OpenAPI document, called by every role, is refused with 403 exactly where the matrix says so."""

from __future__ import annotations

from notifications.permissions import PERMISSIONS, WEBHOOK_OPERATIONS
from services.notifications.tests.notification_fixtures import NotificationsEnv
from shared.testing.fixtures import TokenFactory
from shared.testing.permissions import integration_only_reads, sweep


async def test_every_operation_refuses_exactly_the_callers_the_matrix_leaves_out(
    env: NotificationsEnv, token: TokenFactory
) -> None:
    swept = await sweep(env.api, PERMISSIONS, token)
    assert swept.mismatches(PERMISSIONS) == []
    assert len(swept.refused) > 60


def test_integration_clients_write_nothing_but_their_own_webhook_subscriptions() -> None:
    writes = {key for key in WEBHOOK_OPERATIONS if not key.startswith("GET ")}
    assert set(integration_only_reads(PERMISSIONS)) == writes


async def test_the_openapi_document_publishes_each_operations_permission(env: NotificationsEnv) -> None:
    spec = (await env.api.get("/openapi.json")).json()
    created = spec["paths"]["/api/v1/webhooks"]["post"]["x-permission"]
    assert created["roles"] == ["municipal_admin"]
    assert created["integration_scopes"] == ["webhooks:write"]
    actions = spec["paths"]["/api/v1/webhooks/{webhook_id}/actions/{action}"]["post"]["x-permission"]
    assert set(actions) == {"enable", "disable"}
    own = spec["paths"]["/api/v1/notification-preferences/me"]["put"]["x-permission"]
    assert own["integration_scopes"] == []
    assert "center_user" in own["roles"]
