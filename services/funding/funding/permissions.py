"""Who may call each of funding's operations (issue 15): the one table the bearer check enforces.

It says what the services check, no more. Support cases and the programme records (investments,
platforms, recognitions, municipal support) are read by the city (municipal admins, finance
officers, experts, integration clients with a scope), a district admin for its district and a
center user for its own center (``support_cases.service.CITY_WIDE_ROLES``,
``investments.access.CITY_WIDE_ROLES``); an id outside the caller's scope is 404. Support-case
actions follow ``support_cases.workflow.TRANSITIONS`` (the tests hold the two together).
"""

from shared.audit.router import AUDIT_PERMISSIONS
from shared.auth import Role
from shared.permissions import ACTING_FOR_CENTER, ACTS_FOR, EVERY_ROLE, PUBLIC, PermissionMatrix, allow

_R = Role
# Who reads support cases and programme records (talent and scenario officers do not).
READERS = (_R.MUNICIPAL_ADMIN, _R.FINANCE_OFFICER, _R.EXPERT, _R.DISTRICT_ADMIN, _R.CENTER_USER)
BUDGET_READERS = (_R.MUNICIPAL_ADMIN, _R.FINANCE_OFFICER)
POLICY_MAKERS = (_R.MUNICIPAL_ADMIN, _R.DISTRICT_ADMIN)

IN_SCOPE = "the city sees every center's, a district admin its district's, a center user its own center's"
MUNICIPAL = "the city's municipal admins"
FINANCE = "the city's finance officers (two different ones approve: maker-checker)"
FINANCE_OR_CITY = "finance officers and municipal admins, for any case"
MAKERS = "a municipal admin any policy, a district admin its own district's (五(八))"

_CASES = {"support-cases:read"}
_POLICIES = {"policies:read"}
_BUDGETS = {"budgets:read"}
_INVESTMENTS = {"investments:read"}
_PLATFORMS = {"platforms:read"}
_RECOGNITIONS = {"recognitions:read"}
_MUNICIPAL_SUPPORT = {"municipal-support:read"}
_CASE = "/api/v1/support-cases/{case_id}"
_APPLICATION = "/api/v1/municipal-support/applications/{application_id}"

PERMISSIONS = PermissionMatrix(
    {
        "GET /healthz": PUBLIC,
        **AUDIT_PERMISSIONS,
        "GET /readyz": PUBLIC,
        "GET /api/v1/meta/enums": PUBLIC,
        # Policies as versioned data: every signed-in user reads them.
        "GET /api/v1/policies": allow(*EVERY_ROLE, scopes=_POLICIES),
        "POST /api/v1/policies": allow(*POLICY_MAKERS, scoping=MAKERS),
        "GET /api/v1/policies/{code}": allow(*EVERY_ROLE, scopes=_POLICIES),
        "POST /api/v1/policies/{code}/versions": allow(*POLICY_MAKERS, scoping=MAKERS),
        "GET /api/v1/policies/{code}/versions/{version}": allow(*EVERY_ROLE, scopes=_POLICIES),
        "POST /api/v1/policies/{code}/versions/{version}/publish": allow(*POLICY_MAKERS, scoping=MAKERS),
        "POST /api/v1/policies/{code}/versions/{version}/simulate": allow(
            *POLICY_MAKERS, _R.FINANCE_OFFICER, scoping=f"finance officers any policy; {MAKERS}"
        ),
        # Support cases and their workflow (issue 4).
        "GET /api/v1/support-cases": allow(*READERS, scopes=_CASES, scoping=IN_SCOPE),
        "GET /api/v1/support-cases/export": allow(*READERS, scopes=_CASES, scoping=IN_SCOPE),
        f"GET {_CASE}": allow(*READERS, scopes=_CASES, scoping=IN_SCOPE),
        f"GET {_CASE}/history": allow(*READERS, scopes=_CASES, scoping=IN_SCOPE),
        f"GET {_CASE}/disbursements": allow(*READERS, scopes=_CASES, scoping=IN_SCOPE),
        f"POST {_CASE}/actions/select_option": allow(
            _R.MUNICIPAL_ADMIN,
            _R.CENTER_USER,
            scoping="a center user for its own center's case; the city for any",
        ),
        f"POST {_CASE}/actions/approve": allow(_R.FINANCE_OFFICER, scoping=FINANCE),
        f"POST {_CASE}/actions/reject": allow(
            _R.FINANCE_OFFICER, _R.MUNICIPAL_ADMIN, scoping=FINANCE_OR_CITY
        ),
        f"POST {_CASE}/actions/disburse": allow(_R.FINANCE_OFFICER, scoping="the city's finance officers"),
        f"POST {_CASE}/actions/close": allow(_R.FINANCE_OFFICER, _R.MUNICIPAL_ADMIN, scoping=FINANCE_OR_CITY),
        f"POST {_CASE}/actions/resolve": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        f"POST {_CASE}/actions/cancel": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        f"POST {_CASE}/actions/suspend": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        f"POST {_CASE}/actions/resume": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        # Budgets and their ledger: the city's admins and finance officers.
        "POST /api/v1/budgets": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/budgets": allow(*BUDGET_READERS, scopes=_BUDGETS),
        "GET /api/v1/budgets/ledger": allow(*BUDGET_READERS, scopes=_BUDGETS),
        "GET /api/v1/budgets/ledger/export": allow(*BUDGET_READERS, scopes=_BUDGETS),
        "GET /api/v1/budgets/{budget_id}": allow(*BUDGET_READERS, scopes=_BUDGETS),
        "PATCH /api/v1/budgets/{budget_id}": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        # A calculator writes nothing: every signed-in user, and integration clients with the scope.
        "POST /api/v1/calculators/rd-super-deduction": allow(*EVERY_ROLE, scopes={"calculators:read"}),
        # Guide-fund investments (五(四)).
        "POST /api/v1/investments": allow(
            _R.MUNICIPAL_ADMIN, _R.FINANCE_OFFICER, scoping="municipal admins and finance officers"
        ),
        "GET /api/v1/investments": allow(*READERS, scopes=_INVESTMENTS, scoping=IN_SCOPE),
        "GET /api/v1/investments/totals": allow(*READERS, scopes=_INVESTMENTS, scoping=IN_SCOPE),
        "GET /api/v1/investments/funds": PUBLIC,
        "GET /api/v1/investments/{investment_id}": allow(*READERS, scopes=_INVESTMENTS, scoping=IN_SCOPE),
        # Concept-verification centers and pilot platforms (五(四)).
        "POST /api/v1/platforms": allow(
            *ACTING_FOR_CENTER, scoping=f"{ACTS_FOR}; only a municipal admin with project_approved_on"
        ),
        "GET /api/v1/platforms": allow(*READERS, scopes=_PLATFORMS, scoping=IN_SCOPE),
        "GET /api/v1/platforms/{platform_id}": allow(*READERS, scopes=_PLATFORMS, scoping=IN_SCOPE),
        "POST /api/v1/platforms/{platform_id}/actions/approve_project": allow(
            _R.MUNICIPAL_ADMIN, scoping=MUNICIPAL
        ),
        "POST /api/v1/platforms/{platform_id}/results": allow(*ACTING_FOR_CENTER, scoping=ACTS_FOR),
        "GET /api/v1/platforms/{platform_id}/results": allow(*READERS, scopes=_PLATFORMS, scoping=IN_SCOPE),
        # First-set recognitions (首台套, 五(五)).
        "POST /api/v1/recognitions": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        "GET /api/v1/recognitions": allow(*READERS, scopes=_RECOGNITIONS, scoping=IN_SCOPE),
        "GET /api/v1/recognitions/single-source": allow(*EVERY_ROLE, scopes=_RECOGNITIONS),
        "GET /api/v1/recognitions/eligible-offerings": allow(
            *READERS, scopes=_RECOGNITIONS, scoping=IN_SCOPE
        ),
        "GET /api/v1/recognitions/eligible-offerings/{offering_id}": allow(
            *READERS, scopes=_RECOGNITIONS, scoping=IN_SCOPE
        ),
        "GET /api/v1/recognitions/{recognition_id}": allow(*READERS, scopes=_RECOGNITIONS, scoping=IN_SCOPE),
        # Municipal support for municipal centers (五(二)).
        "POST /api/v1/municipal-support/applications": allow(*ACTING_FOR_CENTER, scoping=ACTS_FOR),
        "GET /api/v1/municipal-support/applications": allow(
            *READERS, scopes=_MUNICIPAL_SUPPORT, scoping=IN_SCOPE
        ),
        f"GET {_APPLICATION}": allow(*READERS, scopes=_MUNICIPAL_SUPPORT, scoping=IN_SCOPE),
        f"GET {_APPLICATION}/history": allow(*READERS, scopes=_MUNICIPAL_SUPPORT, scoping=IN_SCOPE),
        f"POST {_APPLICATION}/actions/review": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        f"POST {_APPLICATION}/actions/close": allow(_R.MUNICIPAL_ADMIN, scoping=MUNICIPAL),
        f"POST {_APPLICATION}/actions/withdraw": allow(*ACTING_FOR_CENTER, scoping=ACTS_FOR),
    }
)
