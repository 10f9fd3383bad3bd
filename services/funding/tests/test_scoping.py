"""District and center scoping on every id-taking funding operation (issue 15: IDOR attempts).

One center of tianhe gets one record of every kind funding keeps for a center (a municipal
support application and its support case, an investment, a platform with a year's results, a
first-set recognition, a catalogue-eligible offering), and tianhe a policy of its own with a
draft version. Each operation whose path takes an id is called by a district admin of another
district and by center users of other centers: the matrix refuses their role (403 before any
lookup) or funding hides the record (404), and nothing they call changes it. The center's own
district admin and center user get what their role allows. ``test_every_route_is_covered``
fails for a new id-taking operation until it is probed here or listed in ``NOT_CENTER_SCOPED``.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest

from funding.main import build_app
from funding.permissions import PERMISSIONS
from services.funding.tests.programme_fixtures import Programmes, first_set, programmes, results, valid_uscc
from shared.auth import Role
from shared.china_time import china_today
from shared.contracts import scenarios
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.scoping import (
    Probe,
    assert_table_complete,
    own_side_statuses,
    snapshot,
    strangers_are_refused,
)
from shared.testing.services import eventually
from tests.events import pilot_completed, publish
from tests.problems import problem_of

DISTRICT = "tianhe"
OTHER_DISTRICT = "baiyun"
LAST_YEAR = china_today().year - 1


@dataclass
class World:
    env: Programmes
    ids: dict[str, str]


@pytest.fixture(scope="module")
async def world(
    fresh_databases: DatabaseFactory, broker: LocalBroker, token: TokenFactory
) -> AsyncIterator[World]:
    async with programmes(fresh_databases, broker) as env:
        admin = bearer(token("municipal_admin"))
        center = await env.center(district=DISTRICT)
        other_center = await env.center(district=DISTRICT)

        async def created(path: str, body: dict[str, Any], headers: dict[str, str] = admin) -> dict[str, Any]:
            response = await env.funding.post(path, json=body, headers=headers)
            assert response.status_code == 201, response.text
            result: dict[str, Any] = response.json()
            return result

        application = await created(
            "/api/v1/municipal-support/applications",
            {
                "center_id": center,
                "support_type": "funding",
                "title": "中试线建设资金支持",
                "description": "已完成筹建，中试线设备采购中",
                "requested_amount": "2000000.00",
            },
        )
        investment = await created(
            "/api/v1/investments",
            {
                "fund": "angel",
                "center_id": center,
                "investee_name": "广州某新材料科技有限公司",
                "investee_uscc": env.leads[center],
                "amount": "5000000.00",
                "stake_percent": "12.5",
                "invested_on": f"{LAST_YEAR}-09-01",
            },
        )
        platform = await created(
            "/api/v1/platforms",
            {
                "kind": "concept_verification",
                "name": "广州某概念验证中心",
                "center_id": center,
                "project_approved_on": f"{LAST_YEAR}-03-01",
            },
        )
        await created(f"/api/v1/platforms/{platform['id']}/results", results(LAST_YEAR))
        recognition = await created("/api/v1/recognitions", first_set(center, maker_uscc=valid_uscc()))
        own_admin = bearer(token("district_admin", district=DISTRICT))
        policy = await created(
            "/api/v1/policies",
            {
                "code": f"p_{uuid.uuid4().hex[:10]}",
                "title": "天河区配套支持",
                "clause": "五(八)",
                "source": "天河区配套支持办法 (test)",
                "jurisdiction": DISTRICT,
            },
            own_admin,
        )
        version = await created(f"/api/v1/policies/{policy['code']}/versions", VERSION, own_admin)
        offering = str(uuid.uuid4())
        await publish(env.producer, scenarios.PILOT_TOPIC, pilot_completed(center, uuid.UUID(offering)))

        async def eligible() -> bool:
            url = f"/api/v1/recognitions/eligible-offerings/{offering}"
            return (await env.funding.get(url, headers=admin)).status_code == 200

        await eventually(eligible, what="the offering catalogue-eligible")
        yield World(
            env=env,
            ids={
                "center": center,
                "other_center": other_center,
                "application": application["id"],
                "case": application["support_case_id"],
                "investment": investment["id"],
                "platform": platform["id"],
                "recognition": recognition["id"],
                "offering": offering,
                "code": policy["code"],
                "version": str(version["version"]),
            },
        )


VERSION = {
    "effective_from": "2026-01-01",
    "rule_kind": "upgrade_support",
    "parameters": {
        "grant": {"form": "fixed", "amounts": {"national": "5000000.00", "provincial": "2000000.00"}}
    },
}

BOTH = frozenset({Role.DISTRICT_ADMIN, Role.CENTER_USER})
READ = {"district": 200, "center": 200}
_CASE = "/api/v1/support-cases/{case_id}"
_APPLICATION = "/api/v1/municipal-support/applications/{application_id}"
_POLICY = "/api/v1/policies/{code}/versions"
CASE_NOT_FOUND = "support-case-not-found"
APPLICATION_NOT_FOUND = "municipal-support-not-found"

# Every id-taking operation on a record of one center (or one district's policy).
PROBES: dict[str, Probe] = {
    f"GET {_CASE}": Probe("/api/v1/support-cases/{case}", code=CASE_NOT_FOUND, own=READ),
    f"GET {_CASE}/history": Probe("/api/v1/support-cases/{case}/history", code=CASE_NOT_FOUND, own=READ),
    f"GET {_CASE}/disbursements": Probe(
        "/api/v1/support-cases/{case}/disbursements", code=CASE_NOT_FOUND, own=READ
    ),
    # A district admin never selects (matrix); another center does not find the case, as when it
    # reads it. The case awaits its review, so the own center reaches the workflow's rule (409)
    # and no further.
    f"POST {_CASE}/actions/select_option": Probe(
        "/api/v1/support-cases/{case}/actions/select_option",
        code=CASE_NOT_FOUND,
        matrix_refuses=frozenset({Role.DISTRICT_ADMIN}),
        own={"center": 409},
        json={"option": "grant"},
    ),
    # The city's own steps: the matrix refuses district admins and center users outright.
    **{
        f"POST {_CASE}/actions/{action}": Probe(
            f"/api/v1/support-cases/{{case}}/actions/{action}", matrix_refuses=BOTH, json={}
        )
        for action in ("approve", "reject", "disburse", "close", "resolve", "cancel", "suspend", "resume")
    },
    "GET /api/v1/investments/{investment_id}": Probe(
        "/api/v1/investments/{investment}", code="investment-not-found", own=READ
    ),
    "GET /api/v1/platforms/{platform_id}": Probe(
        "/api/v1/platforms/{platform}", code="platform-not-found", own=READ
    ),
    "POST /api/v1/platforms/{platform_id}/actions/approve_project": Probe(
        "/api/v1/platforms/{platform}/actions/approve_project",
        matrix_refuses=BOTH,
        json={"approved_on": f"{LAST_YEAR}-05-01"},
    ),
    # Last year's results are in: the own side reaches the once-a-year rule (409), no further.
    "POST /api/v1/platforms/{platform_id}/results": Probe(
        "/api/v1/platforms/{platform}/results",
        code="platform-not-found",
        own={"district": 409, "center": 409},
        json=results(LAST_YEAR),
    ),
    "GET /api/v1/platforms/{platform_id}/results": Probe(
        "/api/v1/platforms/{platform}/results", code="platform-not-found", own=READ
    ),
    "GET /api/v1/recognitions/{recognition_id}": Probe(
        "/api/v1/recognitions/{recognition}", code="recognition-not-found", own=READ
    ),
    "GET /api/v1/recognitions/eligible-offerings/{offering_id}": Probe(
        "/api/v1/recognitions/eligible-offerings/{offering}", code="offering-not-eligible", own=READ
    ),
    f"GET {_APPLICATION}": Probe(
        "/api/v1/municipal-support/applications/{application}", code=APPLICATION_NOT_FOUND, own=READ
    ),
    f"GET {_APPLICATION}/history": Probe(
        "/api/v1/municipal-support/applications/{application}/history", code=APPLICATION_NOT_FOUND, own=READ
    ),
    **{
        f"POST {_APPLICATION}/actions/{action}": Probe(
            f"/api/v1/municipal-support/applications/{{application}}/actions/{action}",
            matrix_refuses=BOTH,
            json={"decision": "approve"},
        )
        for action in ("review", "close")
    },
    f"POST {_APPLICATION}/actions/withdraw": Probe(
        "/api/v1/municipal-support/applications/{application}/actions/withdraw",
        code=APPLICATION_NOT_FOUND,
        see="test_municipal_support_api::test_a_monetary_application_moves_only_through_its_case",
        json={"comment": "越权撤回"},
    ),
    # A district's policy: its own district admin makes it (五(八)); center users never (matrix).
    f"POST {_POLICY}": Probe(
        "/api/v1/policies/{code}/versions",
        status=403,
        code="forbidden",
        matrix_refuses=frozenset({Role.CENTER_USER}),
        see="test_policies_api::test_a_district_admin_publishes_its_districts_upgrade_supplement",
        json=VERSION,
    ),
    f"POST {_POLICY}/{{version}}/publish": Probe(
        "/api/v1/policies/{code}/versions/{version}/publish",
        status=403,
        code="forbidden",
        matrix_refuses=frozenset({Role.CENTER_USER}),
        see="test_policies_api::test_a_district_admin_publishes_its_districts_upgrade_supplement",
    ),
    f"POST {_POLICY}/{{version}}/simulate": Probe(
        "/api/v1/policies/{code}/versions/{version}/simulate",
        status=403,
        code="forbidden",
        matrix_refuses=frozenset({Role.CENTER_USER}),
        own={"district": 200},
    ),
}

# Id-taking operations on no one center's record, and the rule each follows.
NOT_CENTER_SCOPED = {
    "GET /api/v1/policies/{code}": "policies are published data: every signed-in user reads them",
    f"GET {_POLICY}/{{version}}": "policies are published data: every signed-in user reads them",
    "GET /api/v1/budgets/{budget_id}": "the city's budgets: municipal admins and finance officers only "
    "(the matrix refuses every other role; test_permission_matrix sweeps it)",
    "PATCH /api/v1/budgets/{budget_id}": "the city's budgets: municipal admins only "
    "(the matrix refuses every other role; test_permission_matrix sweeps it)",
}

STRANGER_ROLES = {Role.DISTRICT_ADMIN, Role.CENTER_USER}


def test_every_route_is_covered() -> None:
    assert_table_complete(
        build_app().openapi(), PROBES, NOT_CENTER_SCOPED, matrix=PERMISSIONS, stranger_roles=STRANGER_ROLES
    )


async def state(world: World, token: TokenFactory) -> Any:
    """Every seeded record as the city reads it, with its ETag."""
    paths = [
        PROBES[key].url(world.ids)
        for key in PROBES
        if key.startswith("GET ") and "eligible-offerings" not in key
    ]
    paths += [f"/api/v1/policies/{world.ids['code']}", f"/api/v1/policies/{world.ids['code']}/versions/1"]
    return await snapshot(world.env.funding, token("municipal_admin"), paths)


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
        world.env.funding,
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
    assert await own_side_statuses(world.env.funding, key, probe, world.ids, callers) == probe.own
