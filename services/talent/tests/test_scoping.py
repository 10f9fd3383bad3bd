"""District and center scoping on every id-taking talent operation (issue 15: IDOR attempts).

One center of tianhe gets one record of every kind talent keeps for a center (a talent, a team
led by them, an application of theirs to a programme round, a service request), and each
operation whose path takes an id is called by a district admin of another district and by center
users of other centers: the matrix refuses their role (403 before any lookup) or talent hides the
record (404), and nothing they call changes it. The center's own district admin and center user
get what their role allows. ``test_every_route_is_covered`` fails for a new id-taking operation
until it is probed here or listed in ``NOT_CENTER_SCOPED``.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from services.talent.tests.application_fixtures import apply, open_round, programme
from services.talent.tests.talent_fixtures import TalentEnv, talent_env
from shared.auth import Role
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.scoping import (
    Probe,
    assert_table_complete,
    own_side_statuses,
    snapshot,
    strangers_are_refused,
)
from talent.main import build_app
from talent.permissions import PERMISSIONS
from tests.problems import problem_of

DISTRICT = "tianhe"
OTHER_DISTRICT = "baiyun"


@dataclass
class World:
    env: TalentEnv
    ids: dict[str, str]


@pytest.fixture(scope="module")
async def world(
    fresh_databases: DatabaseFactory, broker: LocalBroker, token: TokenFactory
) -> AsyncIterator[World]:
    async with talent_env(fresh_databases, broker) as env:
        center = await env.center(district=DISTRICT)
        other_center = await env.center(district=DISTRICT)
        user = token("center_user", center=center)
        leader = await env.register(token, center)
        team = await env.talent.post(
            "/api/v1/teams",
            json={
                "center_id": center,
                "name": "智能传感器创新团队",
                "research_field": "MEMS 传感器",
                "leader_id": leader["id"],
                "member_ids": [],
                "origin": "introduced",
                "introduced_from": "香港科技大学",
                "formed_on": "2025-04-01",
            },
            headers=bearer(user),
        )
        assert team.status_code == 201, team.text
        created = await programme(env, token)
        round_ = await open_round(env, token, created["id"])
        application = await apply(env, user, leader["id"], round_["id"])
        assert application.status_code == 201, application.text
        request = await env.request_service(user, leader["id"])
        assert request.status_code == 201, request.text
        yield World(
            env=env,
            ids={
                "center": center,
                "other_center": other_center,
                "talent": leader["id"],
                "team": team.json()["id"],
                "application": application.json()["id"],
                "request": request.json()["id"],
            },
        )


BOTH = frozenset({Role.DISTRICT_ADMIN, Role.CENTER_USER})
DISTRICT_ADMINS = frozenset({Role.DISTRICT_ADMIN})
READ = {"district": 200, "center": 200}
ANY_VERSION = {"If-Match": "*"}
# The own center's write stops at the version check (412): in scope, and nothing changes.
STALE = {"If-Match": '"0"'}
_APPLICATION = "/api/v1/talent-applications/{application_id}"
_REQUEST = "/api/v1/service-requests/{request_id}"
APPLICATION_NOT_FOUND = "application-not-found"
REQUEST_NOT_FOUND = "service-request-not-found"

# Every id-taking operation on a record of one center.
PROBES: dict[str, Probe] = {
    "GET /api/v1/talents/{talent_id}": Probe("/api/v1/talents/{talent}", code="talent-not-found", own=READ),
    # District admins read talents but never write them (matrix).
    "PATCH /api/v1/talents/{talent_id}": Probe(
        "/api/v1/talents/{talent}",
        code="talent-not-found",
        matrix_refuses=DISTRICT_ADMINS,
        own={"center": 412},
        json={"role": "越权修改"},
        headers=ANY_VERSION,
        own_headers=STALE,
    ),
    "GET /api/v1/teams/{team_id}": Probe("/api/v1/teams/{team}", code="team-not-found", own=READ),
    "PATCH /api/v1/teams/{team_id}": Probe(
        "/api/v1/teams/{team}",
        code="team-not-found",
        matrix_refuses=DISTRICT_ADMINS,
        own={"center": 412},
        json={"name": "越权修改"},
        headers=ANY_VERSION,
        own_headers=STALE,
    ),
    "GET /api/v1/centers/{center_id}/talent-summary": Probe(
        "/api/v1/centers/{center}/talent-summary", code="center-not-found", own=READ
    ),
    f"GET {_APPLICATION}": Probe(
        "/api/v1/talent-applications/{application}", code=APPLICATION_NOT_FOUND, own=READ
    ),
    # The talent's own center recommends; another center does not find the application.
    f"POST {_APPLICATION}/actions/recommend": Probe(
        "/api/v1/talent-applications/{application}/actions/recommend",
        code=APPLICATION_NOT_FOUND,
        matrix_refuses=DISTRICT_ADMINS,
        own={"center": 412},
        json={"note": "越权推荐"},
        headers=ANY_VERSION,
        own_headers=STALE,
    ),
    # The city's talent officers' steps: the matrix refuses district admins and center users.
    **{
        f"POST {_APPLICATION}/actions/{action}": Probe(
            f"/api/v1/talent-applications/{{application}}/actions/{action}",
            matrix_refuses=BOTH,
            json={},
            headers=ANY_VERSION,
        )
        for action in ("submit", "award", "reject")
    },
    f"GET {_REQUEST}": Probe("/api/v1/service-requests/{request}", code=REQUEST_NOT_FOUND, own=READ),
    f"GET {_REQUEST}/history": Probe(
        "/api/v1/service-requests/{request}/history", code=REQUEST_NOT_FOUND, own=READ
    ),
    **{
        f"POST {_REQUEST}/actions/{action}": Probe(
            f"/api/v1/service-requests/{{request}}/actions/{action}",
            matrix_refuses=BOTH,
            json={"note": "越权处理"},
            headers=ANY_VERSION,
        )
        for action in ("accept", "fulfil", "refuse")
    },
}

_PROGRAMME = "/api/v1/talent-programmes/{programme_id}"
# Id-taking operations on no one center's record, and the rule each follows.
NOT_CENTER_SCOPED = {
    f"GET {_PROGRAMME}": "the city's catalogue of talent programmes: every reader sees it whole",
    f"GET {_PROGRAMME}/rounds": "the city's catalogue of talent programmes: every reader sees it whole",
    f"POST {_PROGRAMME}/rounds": "the city's talent officers only (the matrix refuses every other role; "
    "test_permission_matrix sweeps it)",
}

STRANGER_ROLES = {Role.DISTRICT_ADMIN, Role.CENTER_USER}


def test_every_route_is_covered() -> None:
    assert_table_complete(
        build_app().openapi(), PROBES, NOT_CENTER_SCOPED, matrix=PERMISSIONS, stranger_roles=STRANGER_ROLES
    )


async def state(world: World, token: TokenFactory) -> Any:
    """Every seeded record as a talent officer reads it (personal data whole), with its ETag."""
    paths = [PROBES[key].url(world.ids) for key in PROBES if key.startswith("GET ")]
    return await snapshot(world.env.talent, token("talent_officer"), paths)


@pytest.mark.parametrize("key", sorted(PROBES))
async def test_another_district_and_other_centers_are_refused_and_change_nothing(
    world: World, token: TokenFactory, key: str
) -> None:
    strangers = {
        "district admin of another district": (
            Role.DISTRICT_ADMIN,
            token("district_admin", district=OTHER_DISTRICT),
        ),
        "center user of another center of the district": (
            Role.CENTER_USER,
            token("center_user", center=world.ids["other_center"]),
        ),
        "center user of an unknown center": (
            Role.CENTER_USER,
            token("center_user", center=str(uuid.uuid4())),
        ),
    }
    await strangers_are_refused(
        world.env.talent,
        key,
        PROBES[key],
        world.ids,
        strangers,
        problem_of=problem_of,
        state=lambda: state(world, token),
    )


OWN_SIDE = sorted(key for key, probe in PROBES.items() if probe.own)


@pytest.mark.parametrize("key", OWN_SIDE)
async def test_the_centers_own_district_admin_and_center_user_get_what_their_role_allows(
    world: World, token: TokenFactory, key: str
) -> None:
    callers = {
        "district": token("district_admin", district=DISTRICT),
        "center": token("center_user", center=world.ids["center"]),
    }
    probe = PROBES[key]
    assert await own_side_statuses(world.env.talent, key, probe, world.ids, callers) == probe.own
