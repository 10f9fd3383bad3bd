"""Who may call each of registry's operations (issue 15): the one table the bearer check enforces.

It says what the services check, no more: a center is seen by the city (municipal admins, experts,
finance, talent and scenario officers, integration clients with a scope), by the district admin
of its district and by its own center user; an id outside the caller's scope is 403. The center's
lifecycle actions follow ``registry.centers.lifecycle.TRANSITIONS`` (the tests hold the two
together). Reference data (industries, sub-sectors, districts) is read without a token.
"""

from shared.audit.router import AUDIT_PERMISSIONS
from shared.auth import Role
from shared.permissions import ACTING_FOR_CENTER, ACTS_FOR, EVERY_ROLE, PUBLIC, PermissionMatrix, allow

_R = Role
# Who sees a center (registry.centers.service.CITY_WIDE_ROLES plus the district and the center).
CENTER_READERS = EVERY_ROLE
APPLICANTS = ACTING_FOR_CENTER

IN_SCOPE = "the city sees every center, a district admin the centers of its district, a center user its own"
APPLICANT_EDITS = (
    "the city edits any open center; a district admin (its district's) and a center user (its own) "
    "only a draft or returned one, and never move it to another district"
)
MUNICIPAL = "the city's municipal admins"
OWN_CENTER_OR_CITY = "a center user for its own center; a municipal admin for any"
OWN_DISTRICT_OR_CITY = "a district admin in its own district; a municipal admin anywhere"
SELF_OR_CITY = "an expert their own record; a municipal admin every expert's"

_CENTERS = {"centers:read"}
_EVALUATIONS = {"evaluations:read"}
_DOCUMENTS = {"documents:read"}


PERMISSIONS = PermissionMatrix(
    {
        "GET /healthz": PUBLIC,
        **AUDIT_PERMISSIONS,
        "GET /readyz": PUBLIC,
        "GET /api/v1/meta/enums": PUBLIC,
        # Reference data: read by anyone, kept by the city.
        "GET /api/v1/industries": PUBLIC,
        "POST /api/v1/industries": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/industries/{code}": PUBLIC,
        "PATCH /api/v1/industries/{code}": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/sub-sectors": PUBLIC,
        "POST /api/v1/sub-sectors": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/sub-sectors/{code}": PUBLIC,
        "PATCH /api/v1/sub-sectors/{code}": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/districts": PUBLIC,
        "POST /api/v1/districts": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/districts/{code}": PUBLIC,
        "PATCH /api/v1/districts/{code}": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/reference-changes": allow(*EVERY_ROLE, scopes={"reference-changes:read"}),
        # Centers and their lifecycle (二, 五(一)).
        "POST /api/v1/centers": allow(_R.MUNICIPAL_ADMIN, _R.DISTRICT_ADMIN, scoping=OWN_DISTRICT_OR_CITY),
        "GET /api/v1/centers": allow(*CENTER_READERS, scopes=_CENTERS, scoping=IN_SCOPE),
        "GET /api/v1/centers/export": allow(*CENTER_READERS, scopes=_CENTERS, scoping=IN_SCOPE),
        "GET /api/v1/centers/{center_id}/history": allow(*CENTER_READERS, scopes=_CENTERS, scoping=IN_SCOPE),
        "GET /api/v1/centers/{center_id}": allow(*CENTER_READERS, scopes=_CENTERS, scoping=IN_SCOPE),
        "PATCH /api/v1/centers/{center_id}": allow(*APPLICANTS, scoping=APPLICANT_EDITS),
        "POST /api/v1/centers/{center_id}/actions/submit": allow(
            _R.MUNICIPAL_ADMIN, _R.CENTER_USER, scoping=OWN_CENTER_OR_CITY
        ),
        "POST /api/v1/centers/{center_id}/actions/recommend": allow(
            _R.MUNICIPAL_ADMIN,
            _R.DISTRICT_ADMIN,
            scoping="the district admin of the center's district; a municipal admin for any",
        ),
        "POST /api/v1/centers/{center_id}/actions/start_review": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "POST /api/v1/centers/{center_id}/actions/approve": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "POST /api/v1/centers/{center_id}/actions/accept": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "POST /api/v1/centers/{center_id}/actions/return": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "POST /api/v1/centers/{center_id}/actions/reject": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "POST /api/v1/centers/{center_id}/actions/withdraw": allow(
            _R.MUNICIPAL_ADMIN, _R.CENTER_USER, scoping=OWN_CENTER_OR_CITY
        ),
        "POST /api/v1/centers/{center_id}/actions/revoke": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "POST /api/v1/centers/{center_id}/upgrades": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        # Organizations: every signed-in user reads them; admins register them.
        "POST /api/v1/organizations": allow(
            _R.MUNICIPAL_ADMIN, _R.DISTRICT_ADMIN, scoping=OWN_DISTRICT_OR_CITY
        ),
        "GET /api/v1/organizations": allow(*EVERY_ROLE, scopes={"organizations:read"}),
        "GET /api/v1/organizations/{organization_id}": allow(*EVERY_ROLE, scopes={"organizations:read"}),
        # Members and governance (四).
        "POST /api/v1/centers/{center_id}/members": allow(*APPLICANTS, scoping=ACTS_FOR),
        "GET /api/v1/centers/{center_id}/members": allow(*CENTER_READERS, scopes=_CENTERS, scoping=IN_SCOPE),
        "DELETE /api/v1/centers/{center_id}/members/{member_id}": allow(*APPLICANTS, scoping=ACTS_FOR),
        "GET /api/v1/centers/{center_id}/governance": allow(
            *CENTER_READERS, scopes=_CENTERS, scoping=IN_SCOPE
        ),
        "PUT /api/v1/centers/{center_id}/governance": allow(*APPLICANTS, scoping=ACTS_FOR),
        # The programme's counts against its targets.
        "GET /api/v1/programme/progress": allow(*EVERY_ROLE, scopes={"programme:read"}),
        # Annual evaluations (五(三)).
        "GET /api/v1/evaluations/grading-rules": allow(*EVERY_ROLE, scopes=_EVALUATIONS),
        "POST /api/v1/centers/{center_id}/evaluations": allow(
            _R.MUNICIPAL_ADMIN, _R.CENTER_USER, scoping=OWN_CENTER_OR_CITY
        ),
        "GET /api/v1/centers/{center_id}/evaluations": allow(
            *CENTER_READERS, scopes=_EVALUATIONS, scoping=IN_SCOPE
        ),
        "GET /api/v1/evaluations/{evaluation_id}": allow(
            *CENTER_READERS,
            scopes=_EVALUATIONS,
            scoping=f"{IN_SCOPE} (the evaluation's center); experts' details to the city and themselves",
        ),
        "POST /api/v1/evaluations/{evaluation_id}/experts": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "PUT /api/v1/evaluations/{evaluation_id}/scores/{expert_sub}": allow(
            _R.EXPERT, scoping="an expert assigned to the evaluation, for their own score sheet"
        ),
        "POST /api/v1/evaluations/{evaluation_id}/actions/conclude": allow(
            _R.MUNICIPAL_ADMIN, scoping=MUNICIPAL
        ),
        "POST /api/v1/evaluations/{evaluation_id}/actions/recheck": allow(
            _R.MUNICIPAL_ADMIN, scoping=MUNICIPAL
        ),
        # The expert registry and declarations.
        "POST /api/v1/experts": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/experts": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/experts/{expert_sub}": allow(_R.MUNICIPAL_ADMIN, _R.EXPERT, scoping=SELF_OR_CITY),
        "PATCH /api/v1/experts/{expert_sub}": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "PUT /api/v1/experts/{expert_sub}/declaration": allow(
            _R.MUNICIPAL_ADMIN, _R.EXPERT, scoping=SELF_OR_CITY
        ),
        "GET /api/v1/experts/{expert_sub}/history": allow(
            _R.MUNICIPAL_ADMIN, _R.EXPERT, scoping=SELF_OR_CITY
        ),
        # Documents: whoever sees the center reads them; whoever acts for it uploads.
        "POST /api/v1/centers/{center_id}/documents": allow(*APPLICANTS, scoping=ACTS_FOR),
        "GET /api/v1/centers/{center_id}/documents": allow(
            *CENTER_READERS, scopes=_DOCUMENTS, scoping=IN_SCOPE
        ),
        "GET /api/v1/documents/{document_id}": allow(
            *CENTER_READERS, scopes=_DOCUMENTS, scoping=f"{IN_SCOPE} (the document's center)"
        ),
        "GET /api/v1/documents/{document_id}/content": allow(
            *CENTER_READERS, scopes=_DOCUMENTS, scoping=f"{IN_SCOPE} (the document's center)"
        ),
    }
)
