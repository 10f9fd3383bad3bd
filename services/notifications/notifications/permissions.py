"""Who may call each of notifications' operations (issue 15): the one table the bearer check enforces.

Webhook subscriptions are for the city's municipal admins and for other departments' integration
clients holding ``webhooks:write``: the one place an integration client writes, because
subscribing is what integrating by webhook is. A client sees and changes only the subscriptions it
created (another's is 404); a municipal admin, every one. Notification preferences are each
signed-in user's own (the token's sub), whatever the role.
"""

from shared.audit.router import AUDIT_PERMISSIONS
from shared.auth import Role
from shared.permissions import EVERY_ROLE, PUBLIC, PermissionMatrix, allow

WEBHOOKS_SCOPE = "webhooks:write"
OWN_SUBSCRIPTIONS = (
    "a municipal admin manages every subscription; an integration client only those it created"
)
OWN_PREFERENCES = "each caller their own (the token's sub)"


WEBHOOK_OPERATIONS = (
    "POST /api/v1/webhooks",
    "GET /api/v1/webhooks",
    "GET /api/v1/webhooks/{webhook_id}",
    "DELETE /api/v1/webhooks/{webhook_id}",
    "POST /api/v1/webhooks/{webhook_id}/actions/enable",
    "POST /api/v1/webhooks/{webhook_id}/actions/disable",
    "GET /api/v1/webhooks/{webhook_id}/deliveries",
)

PERMISSIONS = PermissionMatrix(
    {
        "GET /healthz": PUBLIC,
        "GET /readyz": PUBLIC,
        **AUDIT_PERMISSIONS,
        **{
            key: allow(Role.MUNICIPAL_ADMIN, scopes={WEBHOOKS_SCOPE}, scoping=OWN_SUBSCRIPTIONS)
            for key in WEBHOOK_OPERATIONS
        },
        "GET /api/v1/notification-preferences/me": allow(*EVERY_ROLE, scoping=OWN_PREFERENCES),
        "PUT /api/v1/notification-preferences/me": allow(*EVERY_ROLE, scoping=OWN_PREFERENCES),
        "DELETE /api/v1/notification-preferences/me": allow(*EVERY_ROLE, scoping=OWN_PREFERENCES),
    }
)
