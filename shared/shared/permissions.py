"""Who may call what, as one declarative table per service (issue 15).

A service's matrix names every operation of its API (``"GET /api/v1/talents/{talent_id}"``; an
``{action}`` route once per action, ``".../actions/recommend"``) with the roles that may call it,
the scopes an ``integration`` client needs, and the scoping the service applies on top (district,
center, assigned expert) in words. The bearer dependency enforces it on every request: an
operation without an entry refuses everyone. At start-up the matrix must cover the OpenAPI
document exactly, and each operation's entry is published in it (``x-permission``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request

from shared.auth import Principal, Role
from shared.errors import Forbidden

ACTION_PARAMETER = "action"

# Every role a person signs in with (integration clients are let in by scopes, never by role).
EVERY_ROLE: tuple[Role, ...] = tuple(r for r in Role if r is not Role.INTEGRATION)
# The roles, and the scoping in words, of shared.auth.acts_for: who acts for a center.
ACTING_FOR_CENTER = (Role.MUNICIPAL_ADMIN, Role.DISTRICT_ADMIN, Role.CENTER_USER)
ACTS_FOR = "the city for every center, a district admin for its district's, a center user for its own"


@dataclass(frozen=True)
class Permission:
    roles: frozenset[Role]
    # An integration client (client credentials) passes with any one of these scopes.
    scopes: frozenset[str] = frozenset()
    # What the service narrows further, in words (shown in the docs).
    scoping: str = ""
    public: bool = False

    def permits(self, principal: Principal) -> bool:
        if self.public or principal.has(*self.roles):
            return True
        return principal.has(Role.INTEGRATION) and bool(self.scopes & principal.scopes)

    def published(self) -> dict[str, Any]:
        if self.public:
            return {"public": True}
        return {
            "roles": sorted(r.value for r in self.roles),
            "integration_scopes": sorted(self.scopes),
            "scoping": self.scoping,
        }


def allow(*roles: Role, scopes: Iterable[str] = (), scoping: str = "") -> Permission:
    if Role.INTEGRATION in roles:
        raise ValueError("integration clients are let in by scopes, not by their role")
    return Permission(frozenset(roles), frozenset(scopes), scoping)


PUBLIC = Permission(frozenset(), public=True)


class PermissionMatrix:
    def __init__(self, entries: Mapping[str, Permission]) -> None:
        self.entries = dict(entries)
        # Routes with one entry per action (install checks every action has its entry).
        self._action_routes = {_template_of(k) for k in self.entries} - set(self.entries)

    def require(self, request: Request, principal: Principal) -> None:
        """403 unless the matrix lets ``principal`` call the request's operation."""
        key, template = operation_of(request)
        permission = self.entries.get(key) or self.entries.get(template)
        if permission is None and key != template and template in self._action_routes:
            return  # not one of the route's actions: its validation answers 422, naming it
        if permission is None:
            raise Forbidden(
                f"{key} has no entry in the permission matrix: nobody may call it",
                detail_zh=f"{key} 未列入权限表，任何人都不能调用",
            )
        if not permission.permits(principal):
            names = ", ".join(sorted(r.value for r in permission.roles)) or "nobody"
            scopes = (
                f"; integration clients with scope {', '.join(sorted(permission.scopes))}"
                if permission.scopes
                else ""
            )
            roles_zh = "、".join(sorted(r.value for r in permission.roles)) or "无"
            scopes_zh = (
                f"；或持有以下权限范围的集成客户端：{'、'.join(sorted(permission.scopes))}"
                if permission.scopes
                else ""
            )
            raise Forbidden(
                f"{key} is for {names}{scopes}",
                detail_zh=f"{key} 仅限以下角色调用：{roles_zh}{scopes_zh}",
            )

    def install(self, app: FastAPI) -> None:
        """Check the matrix covers the app's operations exactly, and publish each entry in OpenAPI."""
        operations = operations_of(app.openapi())
        problems = [f"no entry for {key}" for key in sorted(set(operations) - set(self.entries))]
        problems += [
            f"entry for an unknown operation {key}" for key in sorted(set(self.entries) - set(operations))
        ]
        for key, secured in operations.items():
            entry = self.entries.get(key)
            if entry is not None and entry.public == secured:
                problems.append(
                    f"{key} is {'public' if entry.public else 'for roles'} in the matrix but "
                    f"{'asks' if secured else 'does not ask'} for a bearer token"
                )
        if problems:
            raise RuntimeError("the permission matrix does not match the API:\n  " + "\n  ".join(problems))
        spec = app.openapi()
        for path, methods in spec["paths"].items():
            for method, operation in methods.items():
                template = f"{method.upper()} {path}"
                if template in self.entries:
                    operation["x-permission"] = self.entries[template].published()
                else:  # one entry per action
                    operation["x-permission"] = {
                        key.rsplit("/", 1)[-1]: entry.published()
                        for key, entry in self.entries.items()
                        if _template_of(key) == template
                    }
        app.state.permissions = self


def operation_of(request: Request) -> tuple[str, str]:
    """``METHOD /path/template`` of the matched route with its concrete ``{action}``, and without
    (an action route whose actions OpenAPI does not enumerate has one entry for all)."""
    route = request.scope.get("route")
    template = f"{request.method} {getattr(route, 'path', request.url.path)}"
    action = request.path_params.get(ACTION_PARAMETER)
    if action is None:
        return template, template
    return template.replace("{" + ACTION_PARAMETER + "}", str(action)), template


def _template_of(key: str) -> str:
    method, path = key.split(" ", 1)
    head, _, _last = path.rpartition("/")
    if head.endswith("/actions"):
        path = f"{head}/{{{ACTION_PARAMETER}}}"
    return f"{method} {path}"


def operations_of(spec: dict[str, Any]) -> dict[str, bool]:
    """Every operation of an OpenAPI document (each action of an ``{action}`` route apart) → whether
    it asks for a bearer token."""
    found: dict[str, bool] = {}
    schemas = spec.get("components", {}).get("schemas", {})
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            secured = bool(operation.get("security"))
            actions = _action_values(operation, schemas)
            if actions:
                for action in actions:
                    found[f"{method.upper()} {path.replace('{action}', action)}"] = secured
            else:
                found[f"{method.upper()} {path}"] = secured
    return found


def _action_values(operation: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    for parameter in operation.get("parameters", []):
        if parameter.get("name") == ACTION_PARAMETER and parameter.get("in") == "path":
            schema = parameter.get("schema", {})
            if "$ref" in schema:
                schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
            return [str(v) for v in schema.get("enum", [])]
    return []
