"""Owner scoping on every id-taking scenarios operation (issue 15: IDOR attempts).

Scenarios belong to their publisher (the token's ``sub``), offerings and registrations to a
center, matches and pilots to both sides. One publisher's scenarios (a draft and a published
one), one center's offering, their accepted match and its pilot, and the publisher's matchmaking
events (a draft and an open one, with the center registered) are seeded through the API; each
operation whose path takes an id is called by a district admin of another district, center
users of other centers and another scenario publisher: the matrix refuses their role (403
before any lookup), or scenarios refuses them (403) or hides the record (404), and nothing they
call changes it. The own publisher and the own center user get what their role allows.
``test_every_route_is_covered`` fails for a new id-taking operation until it is probed here or
listed in ``NOT_CENTER_SCOPED``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from scenarios.main import build_app
from scenarios.permissions import PERMISSIONS
from services.scenarios.tests.scenario_fixtures import (
    MATCHES,
    PILOTS,
    PUBLISHER,
    ScenariosEnv,
    center_user,
    if_match,
    scenarios_env,
)
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
from tests.problems import problem_of

DISTRICT = "tianhe"
OTHER_DISTRICT = "baiyun"
OWN_PUBLISHER = "publisher-own"
EVENTS = "/api/v1/matchmaking-events"
ROBOT = {
    "cluster_code": "intelligent_equipment_robotics",
    "tags": ["上下料", "视觉定位"],
}


def event_body(scenario_id: str) -> dict[str, Any]:
    starts = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=30)
    return {
        "title": "智能装备产业场景应用对接会",
        "description": "发布机械臂上下料场景，组织创新中心与企业现场对接。",
        "organizer_name": "广州市智能装备产业联盟",
        "organizer_kind": "alliance",
        "venue": "广州市花都区会议中心",
        "starts_at": starts.isoformat(),
        "ends_at": (starts + dt.timedelta(hours=6)).isoformat(),
        "capacity": 10,
        "registration_deadline": (starts - dt.timedelta(days=3)).isoformat(),
        "scenario_ids": [scenario_id],
    }


@dataclass
class World:
    env: ScenariosEnv
    ids: dict[str, str]


@pytest.fixture(scope="module")
async def world(
    fresh_databases: DatabaseFactory, broker: LocalBroker, token: TokenFactory
) -> AsyncIterator[World]:
    async with scenarios_env(fresh_databases, broker) as env:
        publisher = token(PUBLISHER, sub=OWN_PUBLISHER)
        center = await env.registry.center(district=DISTRICT)
        other_center = await env.registry.center(district=DISTRICT)
        user = center_user(token, center)
        scenario_fields = {
            "title": "汽车零部件产线机械臂上下料场景",
            "description": "在花都区汽车零部件工厂开放冲压产线，验证机械臂自动上下料与视觉定位。",
            **ROBOT,
        }
        draft = await env.create(publisher, **scenario_fields)
        scenario = await env.walk(publisher, await env.create(publisher, **scenario_fields), "publish")
        offering = await env.offer(
            user,
            center,
            name="六轴工业机器人上下料工作站",
            description="面向冲压产线的工业机器人工作站，集成视觉定位，适配汽车零部件上下料。",
            **ROBOT,
        )
        proposed = await env.propose(publisher, scenario["id"], offering["id"])
        assert proposed.status_code == 201, proposed.text
        match = proposed.json()
        accepted = await env.api.post(
            f"{MATCHES}/{match['id']}/actions/accept", json={}, headers=if_match(user, match)
        )
        assert accepted.status_code == 200, accepted.text
        pilot = await env.api.post(
            PILOTS, json={"match_id": match["id"], "plan": "三个月试点"}, headers=bearer(publisher)
        )
        assert pilot.status_code == 201, pilot.text

        async def new_event() -> dict[str, Any]:
            response = await env.api.post(EVENTS, json=event_body(scenario["id"]), headers=bearer(publisher))
            assert response.status_code == 201, response.text
            created: dict[str, Any] = response.json()
            return created

        draft_event = await new_event()
        event = await new_event()
        opened = await env.api.post(
            f"{EVENTS}/{event['id']}/actions/open", json={}, headers=if_match(publisher, event)
        )
        assert opened.status_code == 200, opened.text
        registration = await env.api.post(
            f"{EVENTS}/{event['id']}/registrations", json=registration_of(center), headers=bearer(user)
        )
        assert registration.status_code == 201, registration.text
        yield World(
            env=env,
            ids={
                "center": center,
                "other_center": other_center,
                "draft": draft["id"],
                "scenario": scenario["id"],
                "offering": offering["id"],
                "match": match["id"],
                "pilot": pilot.json()["id"],
                "draft_event": draft_event["id"],
                "event": event["id"],
                "registration": registration.json()["id"],
            },
        )


def registration_of(center_id: str) -> dict[str, Any]:
    return {"participant_kind": "center", "center_id": center_id, "contact_name": "王工", "attendees": 1}


DA, CU, SP = Role.DISTRICT_ADMIN, Role.CENTER_USER, Role.SCENARIO_PUBLISHER
ANY_VERSION = {"If-Match": "*"}
# The own side's write stops at the version check (412): in scope, and nothing changes.
STALE = {"If-Match": '"0"'}
FORBIDDEN = (403, "forbidden")
_SCENARIO = "/api/v1/scenarios/{scenario_id}"
_OFFERING = "/api/v1/offerings/{offering_id}"
_MATCH = "/api/v1/matches/{match_id}"
_PILOT = "/api/v1/pilots/{pilot_id}"
_EVENT = "/api/v1/matchmaking-events/{event_id}"
SCENARIO_NOT_FOUND = "scenario-not-found"
EVENT_NOT_FOUND = "matchmaking-event-not-found"


def write(path: str, *, own: dict[str, int], **fields: Any) -> Probe:
    """A write that would succeed in scope (If-Match: *), the own side sending a stale version."""
    return Probe(path, headers=ANY_VERSION, own_headers=STALE, own=own, **fields)


# Every id-taking operation on what one publisher, one center or both sides own.
PROBES: dict[str, Probe] = {
    # A draft is its own publisher's (and the city's): hidden from everyone else.
    f"GET {_SCENARIO}": Probe("/api/v1/scenarios/{draft}", code=SCENARIO_NOT_FOUND, own={"publisher": 200}),
    f"GET {_SCENARIO}/history": Probe(
        "/api/v1/scenarios/{draft}/history", code=SCENARIO_NOT_FOUND, own={"publisher": 200}
    ),
    f"GET {_SCENARIO}/matches": Probe(
        "/api/v1/scenarios/{draft}/matches", code=SCENARIO_NOT_FOUND, own={"publisher": 200}
    ),
    f"PATCH {_SCENARIO}": write(
        "/api/v1/scenarios/{draft}",
        code=SCENARIO_NOT_FOUND,
        matrix_refuses=frozenset({DA, CU}),
        own={"publisher": 412},
        json={"title": "越权修改的场景"},
    ),
    # The published scenario is seen by all: another publisher meets the owner check (403).
    **{
        f"POST {_SCENARIO}/actions/{action}": write(
            f"/api/v1/scenarios/{{scenario}}/actions/{action}",
            status=403,
            code="forbidden",
            matrix_refuses=frozenset({DA, CU}),
            own={"publisher": 412},
            json={},
        )
        for action in ("publish", "start_matching", "start_pilot", "complete", "close")
    },
    # Offerings are the city's catalogue to read, their center's to change.
    f"PATCH {_OFFERING}": write(
        "/api/v1/offerings/{offering}",
        status=403,
        code="forbidden",
        matrix_refuses=frozenset({DA, SP}),
        own={"center": 412},
        json={"name": "越权修改的成果"},
    ),
    **{
        f"POST {_OFFERING}/actions/{action}": write(
            f"/api/v1/offerings/{{offering}}/actions/{action}",
            status=403,
            code="forbidden",
            matrix_refuses=frozenset({DA, SP}),
            own={"center": 412},
            json={},
        )
        for action in ("withdraw", "reactivate")
    },
    # Suggestions for an offering rank open scenarios only: never another publisher's draft.
    f"GET {_OFFERING}/matches": Probe(
        "/api/v1/offerings/{offering}/matches", status=200, absent="draft", own={"center": 200}
    ),
    # Matches and pilots: only their two sides (a district admin is neither, even its own district's).
    f"GET {_MATCH}": Probe(
        "/api/v1/matches/{match}",
        code="match-not-found",
        own={"publisher": 200, "center": 200, "district": 404},
    ),
    f"GET {_MATCH}/history": Probe(
        "/api/v1/matches/{match}/history",
        code="match-not-found",
        own={"publisher": 200, "center": 200, "district": 404},
    ),
    **{
        f"POST {_MATCH}/actions/{action}": write(
            f"/api/v1/matches/{{match}}/actions/{action}",
            code="match-not-found",
            matrix_refuses=frozenset({DA}),
            own={"publisher": 412, "center": 412},
            json={},
        )
        for action in ("accept", "decline")
    },
    f"GET {_PILOT}": Probe(
        "/api/v1/pilots/{pilot}",
        code="pilot-not-found",
        own={"publisher": 200, "center": 200, "district": 404},
    ),
    f"POST {_PILOT}/milestones/{{milestone}}/complete": write(
        "/api/v1/pilots/{pilot}/milestones/verification/complete",
        code="pilot-not-found",
        matrix_refuses=frozenset({DA}),
        own={"publisher": 412, "center": 412},
        json={
            "summary": "越权完成",
            "evidence": [{"title": "检测报告", "document_ref": "GZ-TEST-1", "kind": "test_record"}],
        },
    ),
    f"POST {_PILOT}/actions/complete": write(
        "/api/v1/pilots/{pilot}/actions/complete",
        code="pilot-not-found",
        matrix_refuses=frozenset({DA, CU}),
        own={"publisher": 412},
        json={"outcome": "unsuccessful", "summary": "越权结束"},
    ),
    # A draft event is its organizer's; an open one is seen by all, run by its organizer only.
    f"GET {_EVENT}": Probe(
        "/api/v1/matchmaking-events/{draft_event}", code=EVENT_NOT_FOUND, own={"publisher": 200}
    ),
    f"GET {_EVENT}/history": Probe(
        "/api/v1/matchmaking-events/{draft_event}/history", code=EVENT_NOT_FOUND, own={"publisher": 200}
    ),
    f"GET {_EVENT}/outcomes": Probe(
        "/api/v1/matchmaking-events/{draft_event}/outcomes", code=EVENT_NOT_FOUND, own={"publisher": 200}
    ),
    **{
        f"POST {_EVENT}/actions/{action}": write(
            f"/api/v1/matchmaking-events/{{event}}/actions/{action}",
            status=403,
            code="forbidden",
            matrix_refuses=frozenset({DA, CU}),
            own={"publisher": 412},
            json={},
        )
        for action in ("open", "close", "hold", "cancel")
    },
    f"POST {_EVENT}/outcomes": write(
        "/api/v1/matchmaking-events/{event}/outcomes",
        status=403,
        code="forbidden",
        matrix_refuses=frozenset({DA, CU}),
        own={"publisher": 409},
        json={
            "scenario_id": "{scenario}",
            "offering_id": "{offering}",
            "kind": "intention_signed",
            "signed_on": "2026-03-20",
            "note": "越权记录",
        },
    ),
    # Another center may not register this center; the own center is registered already (409).
    f"POST {_EVENT}/registrations": Probe(
        "/api/v1/matchmaking-events/{event}/registrations",
        status=403,
        code="forbidden",
        matrix_refuses=frozenset({DA}),
        own={"center": 409},
        json=registration_of("{center}"),
    ),
    # Another center lists its own registrations only (none); another publisher none at all.
    f"GET {_EVENT}/registrations": Probe(
        "/api/v1/matchmaking-events/{event}/registrations",
        status=200,
        absent="registration",
        matrix_refuses=frozenset({DA}),
        for_role={SP: FORBIDDEN},
        own={"publisher": 200, "center": 200},
    ),
    f"POST {_EVENT}/registrations/{{registration_id}}/actions/cancel": write(
        "/api/v1/matchmaking-events/{event}/registrations/{registration}/actions/cancel",
        status=403,
        code="forbidden",
        matrix_refuses=frozenset({DA}),
        own={"publisher": 412, "center": 412},
        json={},
    ),
}

# Id-taking operations on nobody's own record, and the rule each follows.
NOT_CENTER_SCOPED = {
    f"GET {_OFFERING}": "the city's catalogue of offerings: every signed-in user reads each one",
    f"GET {_OFFERING}/history": "the city's catalogue of offerings: every signed-in user reads each one",
}

STRANGER_ROLES = {DA, CU, SP}


def test_every_route_is_covered() -> None:
    assert_table_complete(
        build_app().openapi(), PROBES, NOT_CENTER_SCOPED, matrix=PERMISSIONS, stranger_roles=STRANGER_ROLES
    )


async def state(world: World, token: TokenFactory) -> Any:
    """Every seeded record as the city reads it, with its ETag."""
    ids = world.ids
    paths = [
        f"/api/v1/scenarios/{ids['draft']}",
        f"/api/v1/scenarios/{ids['scenario']}",
        f"/api/v1/offerings/{ids['offering']}",
        f"/api/v1/matches/{ids['match']}",
        f"/api/v1/pilots/{ids['pilot']}",
        f"{EVENTS}/{ids['draft_event']}",
        f"{EVENTS}/{ids['event']}",
        f"{EVENTS}/{ids['event']}/registrations",
        f"{EVENTS}/{ids['event']}/outcomes",
    ]
    return await snapshot(world.env.api, token("municipal_admin"), paths)


@pytest.mark.parametrize("key", sorted(PROBES))
async def test_other_districts_centers_and_publishers_are_refused_and_change_nothing(
    world: World, token: TokenFactory, key: str
) -> None:
    strangers = {
        "district admin of another district": (DA, token("district_admin", district=OTHER_DISTRICT)),
        "center user of another center of the district": (CU, center_user(token, world.ids["other_center"])),
        "center user of an unknown center": (CU, center_user(token, str(uuid.uuid4()))),
        "another scenario publisher": (SP, token(PUBLISHER, sub="publisher-other")),
    }
    await strangers_are_refused(
        world.env.api,
        key,
        PROBES[key],
        world.ids,
        strangers,
        problem_of=problem_of,
        state=lambda: state(world, token),
    )


OWN_SIDE = sorted(key for key, probe in PROBES.items() if probe.own)


@pytest.mark.parametrize("key", OWN_SIDE)
async def test_the_own_publisher_and_center_user_get_what_their_role_allows(
    world: World, token: TokenFactory, key: str
) -> None:
    callers = {
        "publisher": token(PUBLISHER, sub=OWN_PUBLISHER),
        "center": center_user(token, world.ids["center"]),
        "district": token("district_admin", district=DISTRICT),
    }
    probe = PROBES[key]
    assert await own_side_statuses(world.env.api, key, probe, world.ids, callers) == probe.own
