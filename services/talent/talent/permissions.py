"""Who may call each of talent's operations (issue 15): the one table the bearer check enforces.

Readers are the city (municipal admins, talent officers), a district admin for its district and a
center user for its own center; the services narrow every read and write to that scope (an id
outside it is 404). Only talent officers see personal data whole (the rest get it masked).
"""

from shared.audit.router import AUDIT_PERMISSIONS
from shared.auth import Role
from shared.permissions import PUBLIC, PermissionMatrix, allow

_R = Role
READERS = (_R.MUNICIPAL_ADMIN, _R.TALENT_OFFICER, _R.DISTRICT_ADMIN, _R.CENTER_USER)
IN_SCOPE = "the city sees every center, a district admin its district, a center user its own center"
OWN_CENTER = "a center user writes for its own center only; a talent officer for every center"
OFFICER = "the city's talent officers"

PERMISSIONS = PermissionMatrix(
    {
        "GET /healthz": PUBLIC,
        **AUDIT_PERMISSIONS,
        "GET /readyz": PUBLIC,
        "GET /api/v1/meta/enums": PUBLIC,
        # Talents and teams (三(六)).
        "POST /api/v1/talents": allow(_R.TALENT_OFFICER, _R.CENTER_USER, scoping=OWN_CENTER),
        "GET /api/v1/talents": allow(*READERS, scopes={"talents:read"}, scoping=IN_SCOPE),
        "GET /api/v1/talents/{talent_id}": allow(*READERS, scopes={"talents:read"}, scoping=IN_SCOPE),
        "PATCH /api/v1/talents/{talent_id}": allow(_R.TALENT_OFFICER, _R.CENTER_USER, scoping=OWN_CENTER),
        "POST /api/v1/teams": allow(_R.TALENT_OFFICER, _R.CENTER_USER, scoping=OWN_CENTER),
        "GET /api/v1/teams": allow(*READERS, scopes={"talents:read"}, scoping=IN_SCOPE),
        "GET /api/v1/teams/{team_id}": allow(*READERS, scopes={"talents:read"}, scoping=IN_SCOPE),
        "PATCH /api/v1/teams/{team_id}": allow(_R.TALENT_OFFICER, _R.CENTER_USER, scoping=OWN_CENTER),
        "GET /api/v1/centers/{center_id}/talent-summary": allow(
            *READERS, scopes={"talents:read"}, scoping=IN_SCOPE
        ),
        # Talent programmes and applications (五(七)).
        "GET /api/v1/talent-programmes": allow(*READERS, scopes={"talent-programmes:read"}),
        "GET /api/v1/talent-programmes/{programme_id}": allow(*READERS, scopes={"talent-programmes:read"}),
        "GET /api/v1/talent-programmes/{programme_id}/rounds": allow(
            *READERS, scopes={"talent-programmes:read"}
        ),
        "POST /api/v1/talent-programmes": allow(_R.TALENT_OFFICER, scoping=OFFICER),
        "POST /api/v1/talent-programmes/{programme_id}/rounds": allow(_R.TALENT_OFFICER, scoping=OFFICER),
        "POST /api/v1/talent-applications": allow(_R.TALENT_OFFICER, _R.CENTER_USER, scoping=OWN_CENTER),
        "GET /api/v1/talent-applications": allow(
            *READERS, scopes={"talent-applications:read"}, scoping=IN_SCOPE
        ),
        "GET /api/v1/talent-applications/{application_id}": allow(
            *READERS, scopes={"talent-applications:read"}, scoping=IN_SCOPE
        ),
        "POST /api/v1/talent-applications/{application_id}/actions/recommend": allow(
            _R.CENTER_USER, scoping="the talent's own center recommends"
        ),
        "POST /api/v1/talent-applications/{application_id}/actions/submit": allow(
            _R.TALENT_OFFICER, scoping=OFFICER
        ),
        "POST /api/v1/talent-applications/{application_id}/actions/award": allow(
            _R.TALENT_OFFICER, scoping=OFFICER
        ),
        "POST /api/v1/talent-applications/{application_id}/actions/reject": allow(
            _R.TALENT_OFFICER, scoping=OFFICER
        ),
        # Support services (五(七)).
        "GET /api/v1/service-entitlements": allow(*READERS, scopes={"service-requests:read"}),
        "POST /api/v1/service-entitlements": allow(_R.TALENT_OFFICER, scoping=OFFICER),
        "POST /api/v1/service-requests": allow(_R.TALENT_OFFICER, _R.CENTER_USER, scoping=OWN_CENTER),
        "GET /api/v1/service-requests": allow(*READERS, scopes={"service-requests:read"}, scoping=IN_SCOPE),
        "GET /api/v1/service-requests/{request_id}": allow(
            *READERS, scopes={"service-requests:read"}, scoping=IN_SCOPE
        ),
        "GET /api/v1/service-requests/{request_id}/history": allow(
            *READERS, scopes={"service-requests:read"}, scoping=IN_SCOPE
        ),
        "POST /api/v1/service-requests/{request_id}/actions/accept": allow(
            _R.TALENT_OFFICER, scoping=OFFICER
        ),
        "POST /api/v1/service-requests/{request_id}/actions/fulfil": allow(
            _R.TALENT_OFFICER, scoping=OFFICER
        ),
        "POST /api/v1/service-requests/{request_id}/actions/refuse": allow(
            _R.TALENT_OFFICER, scoping=OFFICER
        ),
    }
)
