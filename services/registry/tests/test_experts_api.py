"""The expert registry (issue 22 item 3) through the API, in-process against real PostgreSQL: who
registers and declares, ETag/If-Match, every change kept, declarations validated.

How the registry decides an assignment (回避) is proved in ``test_evaluations_api``.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from shared.testing.fixtures import TokenFactory, bearer
from tests.evaluation_flows import (
    NONE_DECLARED,
    affiliation,
    declare,
    declared_expert,
    get_expert,
    register_expert,
)
from tests.flows import create_center
from tests.governance_flows import create_organization
from tests.problems import error_fields, problem_of
from tests.stack import Stack


def unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:6]}"


async def history(stack: Stack, tok: str, sub: str, **params: Any) -> dict[str, Any]:
    response = await stack.registry.get(f"/api/v1/experts/{sub}/history", params=params, headers=bearer(tok))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def rename(stack: Stack, tok: str, sub: str, name: str, *, if_match: str | None) -> Any:
    headers = {**bearer(tok), **({"If-Match": if_match} if if_match is not None else {})}
    return await stack.registry.patch(f"/api/v1/experts/{sub}", json={"name": name}, headers=headers)


async def test_a_municipal_admin_registers_an_expert_with_their_declaration(stack: Stack, admin: str) -> None:
    university = await create_organization(stack.registry, admin, type="university")
    former = await create_organization(stack.registry, admin)
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    sub = unique("prof")
    declaration = {
        "affiliations": [
            affiliation(former["id"], "2010-07-01", "2018-08-31"),
            affiliation(university["id"], "2018-09-01"),
        ],
        "conflicts": [{"center_id": center["id"], "note": "  参与编制建设方案  "}],
    }
    created = await register_expert(stack.registry, admin, sub, name="张明", declaration=declaration)
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["expert_sub"], body["name"], body["version"]) == (sub, "张明", 1)
    assert (body["created_by"], body["updated_by"]) == ("city-officer", "city-officer")
    recorded = body["declaration"]
    assert recorded["affiliations"] == [
        {
            "organization_id": former["id"],
            "organization_name": former["name"],
            "organization_uscc": former["uscc"],
            "from_date": "2010-07-01",
            "to_date": "2018-08-31",
        },
        {
            "organization_id": university["id"],
            "organization_name": university["name"],
            "organization_uscc": university["uscc"],
            "from_date": "2018-09-01",
            "to_date": None,
        },
    ]
    assert recorded["conflicts"] == [
        {"organization_id": None, "center_id": center["id"], "note": "参与编制建设方案"}
    ]
    assert recorded["declared_by"] == "city-officer"
    read = await get_expert(stack.registry, admin, sub)
    assert read.status_code == 200, read.text
    assert read.headers["etag"] == '"1"'
    assert read.json() == body


async def test_an_explicit_none_is_a_declaration_and_no_declaration_is_none(stack: Stack, admin: str) -> None:
    declared, undeclared = unique("dr-none"), unique("dr-undeclared")
    none = await declared_expert(stack.registry, admin, declared)
    assert none["declaration"]["affiliations"] == none["declaration"]["conflicts"] == []
    assert none["declaration"]["declared_by"] == "city-officer"
    assert none["declaration"]["declared_at"] is not None
    registered = await register_expert(stack.registry, admin, undeclared, declaration=None)
    assert registered.status_code == 201, registered.text
    assert registered.json()["declaration"] is None
    pending = await stack.registry.get(
        "/api/v1/experts", params={"declared": "false", "limit": 200}, headers=bearer(admin)
    )
    subs = {e["expert_sub"] for e in pending.json()["items"]}
    assert undeclared in subs
    assert declared not in subs


async def test_the_registry_lists_in_pages_oldest_first(stack: Stack, admin: str) -> None:
    mine = [unique(f"pager-{i}") for i in range(3)]
    for sub in mine:
        await declared_expert(stack.registry, admin, sub)
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = await stack.registry.get("/api/v1/experts", params=params, headers=bearer(admin))
        assert page.status_code == 200, page.text
        assert len(page.json()["items"]) <= 2
        seen.extend(e["expert_sub"] for e in page.json()["items"])
        cursor = page.json()["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen))
    assert [s for s in seen if s in mine] == mine
    bad = await stack.registry.get("/api/v1/experts", params={"cursor": "nonsense"}, headers=bearer(admin))
    assert error_fields(problem_of(bad, 422)) == {"cursor"}


async def test_only_a_municipal_admin_registers(stack: Stack, admin: str, token: TokenFactory) -> None:
    sub = unique("self-made")
    for caller in (
        token("expert", sub=sub),
        token("district_admin", district="huangpu"),
        token("center_user", center=str(uuid.uuid4())),
    ):
        problem_of(await register_expert(stack.registry, caller, sub), 403, "forbidden")
    problem_of(await get_expert(stack.registry, admin, sub), 404, "expert-not-found")


async def test_only_a_municipal_admin_lists(stack: Stack, token: TokenFactory) -> None:
    for caller in (token("expert", sub="prof-curious"), token("district_admin", district="huangpu")):
        problem_of(await stack.registry.get("/api/v1/experts", headers=bearer(caller)), 403, "forbidden")


async def test_an_expert_reads_and_declares_for_themself_only(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    me, other = unique("dr-me"), unique("dr-other")
    await register_expert(stack.registry, admin, me, declaration=None)
    await declared_expert(stack.registry, admin, other)
    own = token("expert", sub=me)
    assert (await get_expert(stack.registry, own, me)).status_code == 200
    problem_of(await get_expert(stack.registry, own, other), 403, "forbidden")
    problem_of(
        await stack.registry.get(f"/api/v1/experts/{other}/history", headers=bearer(own)), 403, "forbidden"
    )
    organization = await create_organization(stack.registry, admin)
    theirs = {"affiliations": [affiliation(organization["id"], "2020-01-01")], "conflicts": []}
    problem_of(await declare(stack.registry, own, other, theirs, if_match="*"), 403, "forbidden")
    untouched = (await get_expert(stack.registry, admin, other)).json()
    assert (untouched["version"], untouched["declaration"]["affiliations"]) == (1, [])
    # Nor does another role declare for an expert.
    district = token("district_admin", district="huangpu")
    problem_of(await declare(stack.registry, district, me, NONE_DECLARED, if_match="*"), 403, "forbidden")

    declared = await declare(stack.registry, own, me, theirs)
    assert declared.status_code == 200, declared.text
    assert declared.headers["etag"] == '"2"'
    assert declared.json()["declaration"]["declared_by"] == me
    assert declared.json()["declaration"]["affiliations"][0]["organization_id"] == organization["id"]
    assert (await history(stack, own, me))["items"][-1]["changed_by"] == me


async def test_a_stale_if_match_is_412_and_a_missing_one_428(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    sub = unique("dr-etag")
    await declared_expert(stack.registry, admin, sub)
    own = token("expert", sub=sub)
    organization = await create_organization(stack.registry, admin)
    first = {"affiliations": [affiliation(organization["id"], "2021-01-01")], "conflicts": []}
    assert (await declare(stack.registry, own, sub, first, if_match='"1"')).status_code == 200
    # The admin read version 1 before the expert's change: their write is refused, not lost.
    stale = await declare(stack.registry, admin, sub, NONE_DECLARED, if_match='"1"')
    problem_of(stale, 412, "precondition-failed")
    missing = await stack.registry.put(
        f"/api/v1/experts/{sub}/declaration", json=NONE_DECLARED, headers=bearer(own)
    )
    problem_of(missing, 428, "precondition-required")
    after = (await get_expert(stack.registry, admin, sub)).json()
    assert after["version"] == 2
    assert [a["organization_id"] for a in after["declaration"]["affiliations"]] == [organization["id"]]


async def test_only_a_municipal_admin_renames_and_a_rename_needs_a_fresh_etag(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    sub = unique("dr-name")
    await declared_expert(stack.registry, admin, sub)
    problem_of(await rename(stack, token("expert", sub=sub), sub, "改名", if_match='"1"'), 403, "forbidden")
    problem_of(await rename(stack, admin, sub, "王芳", if_match=None), 428, "precondition-required")
    renamed = await rename(stack, admin, sub, "王芳", if_match='"1"')
    assert renamed.status_code == 200, renamed.text
    assert (renamed.json()["name"], renamed.json()["version"], renamed.headers["etag"]) == ("王芳", 2, '"2"')
    problem_of(await rename(stack, admin, sub, "王芳芳", if_match='"1"'), 412, "precondition-failed")
    # The same name again changes nothing: no new version, no new revision.
    again = await rename(stack, admin, sub, "王芳", if_match='"2"')
    assert again.json()["version"] == 2
    assert [r["version"] for r in (await history(stack, admin, sub))["items"]] == [1, 2]
    problem_of(await rename(stack, admin, unique("nobody"), "某某", if_match="*"), 404, "expert-not-found")


async def test_every_change_is_kept_with_who_and_when(stack: Stack, admin: str, token: TokenFactory) -> None:
    sub = unique("dr-history")
    own = token("expert", sub=sub)
    await register_expert(stack.registry, admin, sub, name="李四", declaration=None)
    assert (await declare(stack.registry, own, sub, NONE_DECLARED)).status_code == 200
    assert (await rename(stack, admin, sub, "李斯", if_match='"2"')).status_code == 200
    organization = await create_organization(stack.registry, admin)
    now_declared = {"affiliations": [affiliation(organization["id"], "2022-03-01")], "conflicts": []}
    assert (await declare(stack.registry, own, sub, now_declared)).status_code == 200
    # The same declaration again is no change.
    same = await declare(stack.registry, own, sub, now_declared)
    assert same.json()["version"] == 4

    revisions = (await history(stack, own, sub))["items"]
    assert [(r["version"], r["change"], r["changed_by"]) for r in revisions] == [
        (1, "registered", "city-officer"),
        (2, "declared", sub),
        (3, "renamed", "city-officer"),
        (4, "declared", sub),
    ]
    assert revisions[0]["record"]["declaration"] is None
    assert revisions[1]["record"]["declaration"]["affiliations"] == []
    assert revisions[2]["record"]["name"] == "李斯"
    assert [a["organization_id"] for a in revisions[3]["record"]["declaration"]["affiliations"]] == [
        organization["id"]
    ]
    assert [r["changed_at"] for r in revisions] == sorted(r["changed_at"] for r in revisions)
    first = await history(stack, admin, sub, limit=3)
    rest = await history(stack, admin, sub, limit=3, cursor=first["next_cursor"])
    assert [r["version"] for r in first["items"] + rest["items"]] == [1, 2, 3, 4]
    assert rest["next_cursor"] is None


async def test_a_declaration_with_bad_entries_is_422_naming_each(stack: Stack, admin: str) -> None:
    organization = await create_organization(stack.registry, admin)
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    sub = unique("dr-sloppy")
    bad = {
        "affiliations": [
            affiliation(organization["id"], "2020-01-01", "2019-12-31"),
            affiliation(str(uuid.uuid4()), "2020-01-01"),
            affiliation(organization["id"], "2015-01-01", "2016-12-31"),
            affiliation(organization["id"], "2016-06-01"),
        ],
        "conflicts": [
            {"note": "无对象"},
            {"organization_id": organization["id"], "center_id": center["id"], "note": "两个对象"},
            {"center_id": str(uuid.uuid4()), "note": "不存在的中心"},
            {"center_id": center["id"], "note": "一次"},
            {"center_id": center["id"], "note": "两次"},
        ],
    }
    refused = await register_expert(stack.registry, admin, sub, declaration=bad)
    assert problem_of(refused, 422, "validation-failed")["errors"] == [
        {"field": "declaration.affiliations.0.to_date", "message": "before from_date"},
        {"field": "declaration.affiliations.1.organization_id", "message": "unknown organization"},
        {
            "field": "declaration.affiliations.3",
            "message": "overlaps declaration.affiliations.2 at the same organization",
        },
        {"field": "declaration.conflicts.0", "message": "name exactly one of organization_id and center_id"},
        {"field": "declaration.conflicts.1", "message": "name exactly one of organization_id and center_id"},
        {"field": "declaration.conflicts.2.center_id", "message": "unknown center"},
        {"field": "declaration.conflicts.4", "message": "declared already as declaration.conflicts.3"},
    ]
    problem_of(await get_expert(stack.registry, admin, sub), 404, "expert-not-found")
    blank = await register_expert(
        stack.registry,
        admin,
        sub,
        declaration={"affiliations": [], "conflicts": [{"center_id": center["id"], "note": " "}]},
    )
    assert error_fields(problem_of(blank, 422)) == {"declaration.conflicts.0.note"}
    # On the declaration's own route the fields are named from its body.
    await declared_expert(stack.registry, admin, sub)
    again = await declare(
        stack.registry, admin, sub, {"affiliations": bad["affiliations"][1:2], "conflicts": []}
    )
    assert error_fields(problem_of(again, 422)) == {"affiliations.0.organization_id"}


async def test_one_sub_is_one_expert_even_under_concurrent_registrations(stack: Stack, admin: str) -> None:
    sub = unique("dr-twice")
    responses = await asyncio.gather(*(register_expert(stack.registry, admin, sub) for _ in range(4)))
    assert sorted(r.status_code for r in responses) == [201, 409, 409, 409]
    for refused in (r for r in responses if r.status_code == 409):
        assert problem_of(refused, 409, "expert-exists")["errors"] == [
            {"field": "expert_sub", "message": "already registered"}
        ]
    assert [r["version"] for r in (await history(stack, admin, sub))["items"]] == [1]
