"""District and center scoping on every registry endpoint (DESIGN 7, issue 3 item 5).

A district admin acts only on its own district's centers and lists only them; a center user sees
only its own center. One center (with a member, governance, an evaluation with an expert and a
document) is probed on every endpoint that belongs to a center by callers of another district
and another center (403, and nothing changes), and by the center's own district admin and own
center user (what their role allows). ``test_every_route_is_covered`` keeps the table complete:
a new route fails it until it is added here or to ``NOT_CENTER_SCOPED`` with its rule.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from registry.main import build_app
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from tests.evaluation_flows import assign_declared, evaluable_center, score_sheet, submit_evaluation, today
from tests.flows import create_center, outbox_of, upgrade_payload
from tests.governance_flows import add_member, create_organization, governance_payload
from tests.problems import problem_of
from tests.stack import Stack, running_stack

DISTRICT = "panyu"
OTHER_DISTRICT = "baiyun"
EXPERT = "prof-scope"
PDF = b"%PDF-1.7\n" + b"0" * 64 + b"\n%%EOF\n"


@pytest.fixture(scope="module")
async def stack(
    fresh_databases: DatabaseFactory, broker: LocalBroker, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(),
        broker.bootstrap_servers,
        services=("registry",),
        document_dir=str(tmp_path_factory.mktemp("documents")),
    ) as running:
        yield running


@dataclass
class World:
    center: dict[str, Any]
    ids: dict[str, str]


@pytest.fixture(scope="module")
async def world(stack: Stack, token: TokenFactory) -> World:
    admin = token("municipal_admin")
    center = await evaluable_center(stack, admin, district=DISTRICT)
    organization = await create_organization(stack.registry, admin)
    member = await add_member(stack.registry, admin, center["id"], organization["id"], "member")
    evaluation = await submit_evaluation(stack.registry, admin, center["id"])
    assert evaluation.status_code == 201, evaluation.text
    assert (await assign_declared(stack.registry, admin, evaluation.json()["id"], EXPERT)).status_code == 201
    document = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/documents",
        files={"file": ("申报书.pdf", PDF, "application/pdf")},
        headers=bearer(admin),
    )
    assert document.status_code == 201, document.text
    return World(
        center=center,
        ids={
            "center": center["id"],
            "member": member.json()["id"],
            "evaluation": evaluation.json()["id"],
            "document": document.json()["id"],
            "organization": organization["id"],
        },
    )


@dataclass(frozen=True)
class Probe:
    """One endpoint of a center; ``own_district``/``own_center``: the status the center's own district
    admin and own center user get (None: they change data, proved in the test named in ``see``)."""

    method: str
    path: str
    own_district: int | None
    own_center: int | None
    see: str = ""

    def url(self, ids: dict[str, str]) -> str:
        return self.path.format(**ids)


# Every registry endpoint that belongs to one center; path parameters by the OpenAPI names.
PROBES = {
    ("GET", "/api/v1/centers/{center_id}"): Probe("GET", "/api/v1/centers/{center}", 200, 200),
    # An operating center is closed to applicant edits: the own side reaches the rule (409), no further.
    ("PATCH", "/api/v1/centers/{center_id}"): Probe("PATCH", "/api/v1/centers/{center}", 409, 409),
    ("GET", "/api/v1/centers/{center_id}/history"): Probe(
        "GET", "/api/v1/centers/{center}/history", 200, 200
    ),
    ("POST", "/api/v1/centers/{center_id}/actions/{action}"): Probe(
        "POST", "/api/v1/centers/{center}/actions/approve", 403, 403
    ),
    ("POST", "/api/v1/centers/{center_id}/upgrades"): Probe(
        "POST", "/api/v1/centers/{center}/upgrades", 403, 403
    ),
    ("POST", "/api/v1/centers/{center_id}/members"): Probe(
        "POST",
        "/api/v1/centers/{center}/members",
        None,
        None,
        see="test_governance_api::test_the_district_admin_of_the_centers_district_manages_members, "
        "test_a_center_user_manages_its_own_centers_members_only",
    ),
    ("GET", "/api/v1/centers/{center_id}/members"): Probe(
        "GET", "/api/v1/centers/{center}/members", 200, 200
    ),
    ("DELETE", "/api/v1/centers/{center_id}/members/{member_id}"): Probe(
        "DELETE",
        "/api/v1/centers/{center}/members/{member}",
        None,
        None,
        see="test_governance_api::test_the_district_admin_of_the_centers_district_manages_members",
    ),
    ("GET", "/api/v1/centers/{center_id}/governance"): Probe(
        "GET", "/api/v1/centers/{center}/governance", 200, 200
    ),
    ("PUT", "/api/v1/centers/{center_id}/governance"): Probe(
        "PUT",
        "/api/v1/centers/{center}/governance",
        None,
        None,
        see="test_governance_api::test_the_centers_district_admin_and_center_user_edit_governance",
    ),
    # The center reports its own indicators; last year's report exists already (409).
    ("POST", "/api/v1/centers/{center_id}/evaluations"): Probe(
        "POST", "/api/v1/centers/{center}/evaluations", 403, 409
    ),
    ("GET", "/api/v1/centers/{center_id}/evaluations"): Probe(
        "GET", "/api/v1/centers/{center}/evaluations", 200, 200
    ),
    ("GET", "/api/v1/evaluations/{evaluation_id}"): Probe(
        "GET", "/api/v1/evaluations/{evaluation}", 200, 200
    ),
    ("POST", "/api/v1/evaluations/{evaluation_id}/experts"): Probe(
        "POST", "/api/v1/evaluations/{evaluation}/experts", 403, 403
    ),
    ("PUT", "/api/v1/evaluations/{evaluation_id}/scores/{expert_sub}"): Probe(
        "PUT", f"/api/v1/evaluations/{{evaluation}}/scores/{EXPERT}", 403, 403
    ),
    ("POST", "/api/v1/evaluations/{evaluation_id}/actions/conclude"): Probe(
        "POST", "/api/v1/evaluations/{evaluation}/actions/conclude", 403, 403
    ),
    ("POST", "/api/v1/evaluations/{evaluation_id}/actions/recheck"): Probe(
        "POST", "/api/v1/evaluations/{evaluation}/actions/recheck", 403, 403
    ),
    ("POST", "/api/v1/centers/{center_id}/documents"): Probe(
        "POST",
        "/api/v1/centers/{center}/documents",
        None,
        None,
        see="test_documents_api::test_the_district_admin_of_the_center_uploads_and_reads, "
        "test_a_center_user_works_with_the_documents_of_its_own_center_only",
    ),
    ("GET", "/api/v1/centers/{center_id}/documents"): Probe(
        "GET", "/api/v1/centers/{center}/documents", 200, 200
    ),
    ("GET", "/api/v1/documents/{document_id}"): Probe("GET", "/api/v1/documents/{document}", 200, 200),
    ("GET", "/api/v1/documents/{document_id}/content"): Probe(
        "GET", "/api/v1/documents/{document}/content", 200, 200
    ),
}

# Lists over centers: scoped by filtering (test_the_lists_show_each_caller_its_own_scope here).
LISTS = {("GET", "/api/v1/centers"), ("GET", "/api/v1/centers/export")}

# Endpoints that belong to no one center, and the rule each follows (proved where named).
NOT_CENTER_SCOPED = {
    ("GET", "/healthz"): "public",
    ("GET", "/readyz"): "public",
    ("GET", "/api/v1/meta/enums"): "public labels",
    ("GET", "/api/v1/audit"): "municipal admins only "
    "(test_audit_trail::test_only_municipal_admins_read_the_log)",
    ("POST", "/api/v1/centers"): "district admin registers in its own district only "
    "(test_centers_api::test_a_district_admin_registers_centers_of_its_own_district_only)",
    ("GET", "/api/v1/programme/progress"): "programme-wide counts, no center data, for every role "
    "(test_the_programme_progress_is_city_wide_for_every_role here)",
    ("GET", "/api/v1/evaluations/grading-rules"): "the published rule, any authenticated role",
    ("POST", "/api/v1/organizations"): "district admin registers in its own district only "
    "(test_organizations_api::test_a_district_admin_registers_in_its_own_district_which_is_the_default)",
    ("GET", "/api/v1/organizations"): "the directory, any authenticated role "
    "(test_organizations_api::test_any_authenticated_role_reads_the_directory)",
    ("GET", "/api/v1/organizations/{organization_id}"): "the directory, any authenticated role",
    ("GET", "/api/v1/reference-changes"): "any authenticated role",
    (
        "POST",
        "/api/v1/experts",
    ): "municipal admins only (test_experts_api::test_only_a_municipal_admin_registers)",
    ("GET", "/api/v1/experts"): "municipal admins only (test_experts_api::test_only_a_municipal_admin_lists)",
    **{
        (method, f"/api/v1/experts/{{expert_sub}}{suffix}"): "a municipal admin, or the expert themself "
        "by the token's sub (test_experts_api::test_an_expert_reads_and_declares_for_themself_only)"
        for method, suffix in (("GET", ""), ("PUT", "/declaration"), ("GET", "/history"))
    },
    ("PATCH", "/api/v1/experts/{expert_sub}"): "municipal admins only "
    "(test_experts_api::test_only_a_municipal_admin_renames_and_a_rename_needs_a_fresh_etag)",
    **{
        (method, f"/api/v1/{entity}{suffix}"): "reads public, writes municipal admins only "
        "(test_reference_api::test_other_roles_are_refused_403, "
        "test_sub_sectors::test_only_a_municipal_admin_edits_sub_sectors)"
        for entity in ("industries", "districts", "sub-sectors")
        for method, suffix in (("GET", ""), ("POST", ""), ("GET", "/{code}"), ("PATCH", "/{code}"))
    },
}


def test_every_route_is_covered() -> None:
    routes = {(m.upper(), p) for p, ops in build_app().openapi()["paths"].items() for m in ops}
    covered = set(PROBES) | LISTS | set(NOT_CENTER_SCOPED)
    assert routes - covered == set(), "add the new routes to the scoping table"
    assert covered - routes == set(), "the table names routes that no longer exist"


def body_for(probe: Probe, ids: dict[str, str]) -> dict[str, Any]:
    """A request that would succeed for a caller in scope with the right role."""
    path = probe.path
    if path.endswith("/upgrades"):
        return {"json": upgrade_payload()}
    if path.endswith("/members"):
        return {"json": {"organization_id": ids["organization"], "role": "shareholder"}}
    if path.endswith("/governance") and probe.method == "PUT":
        return {"json": governance_payload(), "headers": {"If-Match": "*"}}
    if path.endswith("/evaluations") and probe.method == "POST":
        return {"json": {"year": today().year - 1, "indicators": INDICATORS}}
    if path.endswith("/experts"):
        return {"json": {"expert_sub": "prof-other"}}
    if "/scores/" in path:
        return {"json": score_sheet(90, 90)}
    if path.endswith("/recheck"):
        return {"json": {"passed": True}}
    if path.endswith("/documents") and probe.method == "POST":
        return {"files": {"file": ("其他.pdf", PDF, "application/pdf")}}
    if probe.method == "PATCH":
        return {"json": {"name": "越权修改"}, "headers": {"If-Match": "*"}}
    return {}


INDICATORS = {
    "rd_spend": "1.00",
    "rd_staff_share": "1",
    "patents": 0,
    "standards_led": 0,
    "results_commercialized": 0,
    "enterprises_incubated": 0,
    "sme_services": 0,
    "talents_introduced": 0,
    "talents_trained": 0,
    "financing": "0",
}


async def call(client: httpx.AsyncClient, tok: str, probe: Probe, ids: dict[str, str]) -> httpx.Response:
    extra = body_for(probe, ids)
    headers = {**bearer(tok), **extra.pop("headers", {})}
    return await client.request(probe.method, probe.url(ids), headers=headers, **extra)


async def state(stack: Stack, tok: str, ids: dict[str, str]) -> tuple[Any, ...]:
    """What a refused request must leave as it was."""

    async def get(path: str) -> Any:
        response = await stack.registry.get(path, headers=bearer(tok))
        assert response.status_code == 200, response.text
        return response.json()

    center = await get(f"/api/v1/centers/{ids['center']}")
    evaluation = await get(f"/api/v1/evaluations/{ids['evaluation']}")
    return (
        center,
        await get(f"/api/v1/centers/{ids['center']}/members"),
        (await get(f"/api/v1/centers/{ids['center']}/governance"))["version"],
        await get(f"/api/v1/centers/{ids['center']}/documents"),
        (evaluation["version"], evaluation["experts"]),
        len(await outbox_of(stack, ids["center"])),
    )


@pytest.mark.parametrize("route", sorted(PROBES), ids=[f"{m} {p}" for m, p in sorted(PROBES)])
async def test_another_district_and_another_center_are_403_and_change_nothing(
    stack: Stack, world: World, token: TokenFactory, route: tuple[str, str]
) -> None:
    probe = PROBES[route]
    admin = token("municipal_admin")
    before = await state(stack, admin, world.ids)
    strangers = (
        token("district_admin", district=OTHER_DISTRICT),
        token("center_user", center=str(uuid.uuid4())),
        token(
            "center_user", center=(await create_center(stack.registry, admin, ready_for_approval=False))["id"]
        ),
    )
    for tok in strangers:
        problem_of(await call(stack.registry, tok, probe, world.ids), 403, "forbidden")
    assert await state(stack, admin, world.ids) == before


# Probes whose own-scope answers another test proves (``see`` names it) are left out here.
OWN_SCOPE_PROBES = sorted(
    r for r, p in PROBES.items() if p.own_district is not None and p.own_center is not None
)


def test_every_probe_without_own_scope_expectations_names_the_test_that_proves_them() -> None:
    assert all(p.see for r, p in PROBES.items() if r not in OWN_SCOPE_PROBES)


@pytest.mark.parametrize("route", OWN_SCOPE_PROBES, ids=[f"{m} {p}" for m, p in OWN_SCOPE_PROBES])
async def test_the_centers_own_district_admin_and_center_user_get_what_their_role_allows(
    stack: Stack, world: World, token: TokenFactory, route: tuple[str, str]
) -> None:
    probe = PROBES[route]
    own_district = token("district_admin", district=DISTRICT)
    own_center = token("center_user", center=world.ids["center"])
    district_response = await call(stack.registry, own_district, probe, world.ids)
    center_response = await call(stack.registry, own_center, probe, world.ids)
    assert (district_response.status_code, center_response.status_code) == (
        probe.own_district,
        probe.own_center,
    ), (district_response.text, center_response.text)


async def test_the_lists_show_each_caller_its_own_scope(
    stack: Stack, world: World, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    elsewhere = await create_center(stack.registry, admin, ready_for_approval=False, district=OTHER_DISTRICT)
    callers = {
        "own district": (
            token("district_admin", district=DISTRICT),
            {world.ids["center"]},
            {elsewhere["id"]},
        ),
        "other district": (
            token("district_admin", district=OTHER_DISTRICT),
            {elsewhere["id"]},
            {world.ids["center"]},
        ),
        "own center": (
            token("center_user", center=world.ids["center"]),
            {world.ids["center"]},
            {elsewhere["id"]},
        ),
        "other center": (
            token("center_user", center=elsewhere["id"]),
            {elsewhere["id"]},
            {world.ids["center"]},
        ),
    }
    for who, (tok, present, absent) in callers.items():
        listed = await stack.registry.get("/api/v1/centers", params={"limit": 200}, headers=bearer(tok))
        ids = {c["id"] for c in listed.json()["items"]}
        assert present <= ids, who
        assert not absent & ids, who
        exported = await stack.registry.get("/api/v1/centers/export", headers=bearer(tok))
        assert exported.status_code == 200, who
        text = exported.content.decode("utf-8-sig")
        assert all(i in text for i in present), who
        assert not any(i in text for i in absent), who
    expert = await stack.registry.get(
        "/api/v1/centers", params={"limit": 200}, headers=bearer(token("expert"))
    )
    assert {world.ids["center"], elsewhere["id"]} <= {c["id"] for c in expert.json()["items"]}
    problem_of(await stack.registry.get("/api/v1/centers", headers=bearer(token("district_admin"))), 403)


async def test_the_programme_progress_is_city_wide_for_every_role(
    stack: Stack, world: World, token: TokenFactory
) -> None:
    bodies = []
    for tok in (
        token("municipal_admin"),
        token("district_admin", district=OTHER_DISTRICT),
        token("center_user", center=world.ids["center"]),
    ):
        response = await stack.registry.get("/api/v1/programme/progress", headers=bearer(tok))
        assert response.status_code == 200, response.text
        bodies.append(response.json())
    assert bodies[0] == bodies[1] == bodies[2]
    assert bodies[0]["by_district"][DISTRICT] >= 1
