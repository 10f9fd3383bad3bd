"""Probe every id-taking operation of a service as callers outside the resource's scope (issue 15).

A service's ``test_scoping`` seeds one resource of every kind that belongs to a center (or to a
district, a publisher), names a :class:`Probe` per operation whose path takes an id, and calls
each as strangers (a district admin of another district, a center user of another center...):
each meets the service's refusal (403, or 404 where the service hides what exists) and leaves
what it touched as it was. The resource's own side is probed too, so a blanket refusal would not
pass for scoping. :func:`uncovered` keeps the table complete against the app's OpenAPI.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from shared.auth import Role
from shared.permissions import PermissionMatrix, operations_of
from shared.testing.fixtures import bearer

# ``problem_of(response, status, code)`` of tests/problems.py: the RFC 9457 checks.
ProblemCheck = Callable[[httpx.Response, int, str | None], Any]


@dataclass(frozen=True)
class Probe:
    """One id-taking operation called on the seeded resources.

    ``path``: the URL with the seeded ids by name (``/api/v1/talents/{talent}``; a ``"{name}"``
    string in ``json`` is filled in the same way); ``status`` and
    ``code``: the problem a stranger meets once past the matrix (a 200 ``status`` is a list the
    service filters: ``absent`` names the seeded id it must not show); ``matrix_refuses``: the
    stranger roles the permission matrix refuses outright (403 before any lookup, which the sweep
    in test_permission_matrix.py proves for every operation); ``own``: caller → the status the
    resource's own side gets (a read 200, a write stopped by a rule 409); ``see``: the test that
    proves the own side's writes where ``own`` leaves a caller out; ``own_headers``: what the own
    side sends instead of ``headers`` (a stale If-Match, so a write stops at the version check).
    """

    path: str
    status: int = 404
    code: str | None = None
    matrix_refuses: frozenset[Role] = frozenset()
    own: Mapping[str, int] = field(default_factory=dict)
    see: str = ""
    json: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)
    own_headers: Mapping[str, str] | None = None
    # A stranger role that meets another refusal than ``status``/``code`` (once past the matrix).
    for_role: Mapping[Role, tuple[int, str | None]] = field(default_factory=dict)
    absent: str | None = None

    def url(self, ids: Mapping[str, str]) -> str:
        return self.path.format(**ids)


def id_operations(spec: dict[str, Any]) -> set[str]:
    """``METHOD /path`` of every operation (each action apart) whose path takes a parameter."""
    return {key for key in operations_of(spec) if "{" in key}


def uncovered(spec: dict[str, Any], *tables: Mapping[str, object]) -> tuple[set[str], set[str]]:
    """(id-taking operations no table names, table entries that are no such operation)."""
    operations = id_operations(spec)
    named = {key for table in tables for key in table}
    return operations - named, named - operations


def matrix_refusals(matrix: PermissionMatrix, key: str, roles: set[Role]) -> frozenset[Role]:
    """Which of ``roles`` the matrix leaves out of operation ``key``."""
    return frozenset(r for r in roles if r not in matrix.entries[key].roles)


async def send(
    client: httpx.AsyncClient,
    tok: str,
    key: str,
    probe: Probe,
    ids: Mapping[str, str],
    *,
    own: bool = False,
) -> httpx.Response:
    method = key.split(" ", 1)[0]
    extra = probe.own_headers if own and probe.own_headers is not None else probe.headers
    headers = {**bearer(tok), **extra}
    return await client.request(method, probe.url(ids), json=_filled(probe.json, ids), headers=headers)


def _filled(body: Any, ids: Mapping[str, str]) -> Any:
    """``body`` with each ``"{name}"`` string replaced by the seeded id of that name."""
    if isinstance(body, dict):
        return {k: _filled(v, ids) for k, v in body.items()}
    if isinstance(body, list):
        return [_filled(v, ids) for v in body]
    if isinstance(body, str) and body.startswith("{") and body.endswith("}") and body[1:-1] in ids:
        return ids[body[1:-1]]
    return body


async def snapshot(
    client: httpx.AsyncClient, tok: str, paths: list[str]
) -> list[tuple[str, str | None, Any]]:
    """Each resource as ``tok`` reads it, with its ETag: what a refused write must leave as it was."""
    seen = []
    for path in paths:
        response = await client.get(path, headers=bearer(tok))
        assert response.status_code == 200, (path, response.text)
        seen.append((path, response.headers.get("ETag"), response.json()))
    return seen


async def strangers_are_refused(
    client: httpx.AsyncClient,
    key: str,
    probe: Probe,
    ids: Mapping[str, str],
    strangers: Mapping[str, tuple[Role, str]],
    *,
    problem_of: ProblemCheck,
    state: Callable[[], Awaitable[Any]],
) -> None:
    """Every stranger (name → role, token) meets the matrix's or the service's refusal, and
    ``state()`` reads the same before and after."""
    before = await state()
    for name, (role, tok) in strangers.items():
        response = await send(client, tok, key, probe, ids)
        if role in probe.matrix_refuses:
            body = problem_of(response, 403, "forbidden")
            assert body["detail"].startswith(f"{key} is for "), (name, body)
            continue
        status, code = probe.for_role.get(role, (probe.status, probe.code))
        if status == 200:
            assert response.status_code == 200, (name, response.text)
            assert probe.absent is not None, key
            assert ids[probe.absent] not in response.text, (name, response.text)
        else:
            problem_of(response, status, code)
    assert await state() == before, f"{key}: a refused call changed something"


async def own_side_statuses(
    client: httpx.AsyncClient, key: str, probe: Probe, ids: Mapping[str, str], callers: Mapping[str, str]
) -> dict[str, int]:
    """The status each of the resource's own callers (name → token) named in ``probe.own`` gets."""
    return {
        name: (await send(client, callers[name], key, probe, ids, own=True)).status_code for name in probe.own
    }


def assert_table_complete(
    spec: dict[str, Any],
    probes: Mapping[str, Probe],
    not_scoped: Mapping[str, str],
    *,
    matrix: PermissionMatrix,
    stranger_roles: set[Role],
) -> None:
    """The table names every id-taking operation of ``spec`` and nothing else; each probe says
    truly which stranger roles the matrix refuses; and each probe the matrix does not refuse for
    every stranger role either probes the own side or names the test that does."""
    missing, stale = uncovered(spec, probes, not_scoped)
    assert missing == set(), "probe the new id-taking operations or list them in NOT_CENTER_SCOPED"
    assert stale == set(), "the table names operations that no longer exist"
    wrong = {
        key: sorted(matrix_refusals(matrix, key, stranger_roles))
        for key, probe in probes.items()
        if probe.matrix_refuses != matrix_refusals(matrix, key, stranger_roles)
    }
    assert wrong == {}, "matrix_refuses disagrees with the permission matrix"
    unproved = [
        key
        for key, probe in probes.items()
        if not probe.own and not probe.see and probe.matrix_refuses != frozenset(stranger_roles)
    ]
    assert unproved == [], "say what the own side gets (own) or which test proves it (see)"
