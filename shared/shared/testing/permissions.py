"""A service's permission matrix swept against the running service (issue 15).

Every operation of the service's OpenAPI document is called by every role, and by integration
clients with and without the entry's scopes; the matrix must refuse (403, its own message) exactly
where it leaves the caller out. Ids are random: the matrix decides before any lookup, and an
allowed caller then meets 404 or 422, never the matrix's 403.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

import httpx

from shared.auth import Role, issue_token
from shared.permissions import PermissionMatrix, operations_of
from shared.settings import ServiceSettings
from shared.testing.fixtures import TokenFactory, bearer

INTEGRATION_CLIENT = "client:gz-hr-bureau"


def integration(*scopes: str) -> dict[str, str]:
    """The headers of an integration client (client credentials) holding ``scopes``."""
    tok = issue_token(ServiceSettings(), sub=INTEGRATION_CLIENT, roles=["integration"], scopes=list(scopes))
    return bearer(tok)


def concrete(path: str) -> str:
    """A path template with every parameter filled in with a fresh id."""
    return re.sub(r"\{[a-z_]+\}", lambda _m: str(uuid.uuid4()), path)


def role_headers(token: TokenFactory, role: Role) -> dict[str, str]:
    """A caller of ``role`` with the claims its role carries (a district, a center)."""
    if role is Role.DISTRICT_ADMIN:
        return bearer(token(role.value, district="tianhe"))
    if role is Role.CENTER_USER:
        return bearer(token(role.value, center=str(uuid.uuid4())))
    return bearer(token(role.value))


@dataclass
class Sweep:
    """What a sweep called: (operation, caller) → whether the matrix refused it."""

    refused: dict[tuple[str, str], bool] = field(default_factory=dict)

    def mismatches(self, matrix: PermissionMatrix) -> list[tuple[str, str, bool]]:
        """The calls where the matrix's 403 came (True) or stayed away (False) against the table."""
        wrong = []
        for (key, caller), refused in self.refused.items():
            entry = matrix.entries[key]
            if caller.startswith("integration"):
                expected = caller == "integration without its scopes"
            else:
                expected = Role(caller) not in entry.roles
            if refused != expected:
                wrong.append((key, caller, refused))
        return wrong


async def _refused_by_matrix(
    client: httpx.AsyncClient, key: str, headers: dict[str, str]
) -> tuple[bool, httpx.Response]:
    method, path = key.split(" ", 1)
    response = await client.request(
        method, concrete(path), json={} if method != "GET" else None, headers=headers
    )
    # The matrix's refusal names the operation: "<METHOD /path> is for <roles>".
    refused = response.status_code == 403 and response.json()["detail"].startswith(f"{key} is for ")
    return refused, response


async def sweep(client: httpx.AsyncClient, matrix: PermissionMatrix, token: TokenFactory) -> Sweep:
    """Call every secured operation of the service behind ``client`` as every caller."""
    spec = (await client.get("/openapi.json")).json()
    operations = operations_of(spec)
    assert set(operations) == set(matrix.entries)
    every_scope = {s for entry in matrix.entries.values() for s in entry.scopes}
    result = Sweep()
    for key, secured in operations.items():
        if not secured:
            continue
        entry = matrix.entries[key]
        callers = {role.value: role_headers(token, role) for role in Role if role is not Role.INTEGRATION}
        # An integration client with every scope but the entry's, and one with exactly the entry's.
        callers["integration without its scopes"] = integration(*sorted(every_scope - entry.scopes))
        if entry.scopes:
            callers["integration with its scopes"] = integration(*sorted(entry.scopes))
        for caller, headers in callers.items():
            refused, response = await _refused_by_matrix(client, key, headers)
            assert response.status_code < 500, (key, caller, response.status_code, response.text)
            result.refused[(key, caller)] = refused
    return result


def integration_only_reads(matrix: PermissionMatrix, *, also: frozenset[str] = frozenset()) -> list[str]:
    """Entries that let an integration client change something: scopes on anything but a GET
    (``also`` names the operations that take a body and write nothing, such as calculators)."""
    return [
        key
        for key, entry in matrix.entries.items()
        if entry.scopes and not key.startswith("GET ") and key not in also
    ]
