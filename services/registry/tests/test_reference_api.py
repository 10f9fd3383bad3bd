"""Editable, versioned reference data (DESIGN 2): municipal admins add and rename industries and
districts under If-Match, and every change is logged with who, when, before and after."""

from __future__ import annotations

import uuid
from typing import Any

from shared.testing.fixtures import TokenFactory, bearer
from tests.flows import create_center
from tests.problems import error_fields, problem_of
from tests.stack import Stack


def unique_code(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


async def new_industry(stack: Stack, tok: str, **overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "code": unique_code("quantum_technology"),
        "name_zh": "量子科技",
        "name_en": "Quantum technology",
        "group": "future",
    }
    payload.update(overrides)
    response = await stack.registry.post("/api/v1/industries", json=payload, headers=bearer(tok))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def read(stack: Stack, path: str) -> tuple[dict[str, Any], str]:
    response = await stack.registry.get(path)
    assert response.status_code == 200, response.text
    return response.json(), response.headers["ETag"]


async def changes(stack: Stack, tok: str, **params: str) -> list[dict[str, Any]]:
    response = await stack.registry.get("/api/v1/reference-changes", params=params, headers=bearer(tok))
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_a_new_future_industry_is_listed_and_takes_centers(stack: Stack, admin: str) -> None:
    created = await new_industry(stack, admin, code="quantum_technology")
    assert created == {
        "code": "quantum_technology",
        "name_zh": "量子科技",
        "name_en": "Quantum technology",
        "group": "future",
        "version": 1,
    }
    listed = await stack.registry.get("/api/v1/industries", params={"group": "future"})
    by_code = {i["code"]: i for i in listed.json()["items"]}
    assert by_code["quantum_technology"]["group"] == "future"
    assert by_code["quantum_technology"]["name_zh"] == "量子科技"
    assert {"embodied_ai", "cell_gene"} <= set(by_code)  # the seeded future industries stay

    center = await create_center(
        stack.registry, admin, ready_for_approval=False, cluster_code="quantum_technology"
    )
    assert center["cluster_code"] == "quantum_technology"


async def test_seeded_rows_start_at_version_1(stack: Stack) -> None:
    district, etag = await read(stack, "/api/v1/districts/tianhe")
    assert district["name_zh"] == "天河区"
    assert district["version"] == 1
    assert etag == '"1"'
    industry, industry_etag = await read(stack, "/api/v1/industries/embodied_ai")
    assert (industry["name_zh"], industry["group"], industry["version"]) == ("具身智能", "future", 1)
    assert industry_etag == '"1"'


async def test_patch_with_if_match_renames_bumps_the_etag_and_logs_before_and_after(
    stack: Stack, admin: str
) -> None:
    industry = await new_industry(stack, admin)
    path = f"/api/v1/industries/{industry['code']}"
    _, etag = await read(stack, path)
    assert etag == '"1"'

    response = await stack.registry.patch(
        path,
        json={"name_zh": "量子信息", "name_en": "Quantum information"},
        headers={**bearer(admin), "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    assert response.json()["name_zh"] == "量子信息"
    assert response.json()["version"] == 2
    assert response.headers["ETag"] == '"2"' != etag
    again, new_etag = await read(stack, path)
    assert again["name_en"] == "Quantum information"
    assert again["code"] == industry["code"]
    assert new_etag == '"2"'

    updated, created = await changes(stack, admin, entity="industry", code=industry["code"])
    assert (updated["action"], created["action"]) == ("updated", "created")
    assert updated["actor"] == created["actor"] == "city-officer"
    assert created["before"] is None
    assert created["after"]["name_zh"] == "量子科技"
    assert updated["before"]["name_zh"] == "量子科技"
    assert updated["before"]["version"] == 1
    assert updated["after"]["name_zh"] == "量子信息"
    assert updated["after"]["version"] == 2
    assert updated["changed_at"] >= created["changed_at"]


async def test_a_stale_if_match_is_412_and_a_missing_one_428_and_nothing_changes(
    stack: Stack, admin: str
) -> None:
    industry = await new_industry(stack, admin)
    path = f"/api/v1/industries/{industry['code']}"
    _, etag = await read(stack, path)
    first = await stack.registry.patch(
        path, json={"group": "strategic_leading"}, headers={**bearer(admin), "If-Match": etag}
    )
    assert first.status_code == 200, first.text

    stale = await stack.registry.patch(
        path, json={"name_zh": "迟到的改名"}, headers={**bearer(admin), "If-Match": etag}
    )
    problem_of(stale, 412, "precondition-failed")
    missing = await stack.registry.patch(path, json={"name_zh": "无条件改名"}, headers=bearer(admin))
    problem_of(missing, 428, "precondition-required")

    current, current_etag = await read(stack, path)
    assert current["name_zh"] == "量子科技"
    assert current["group"] == "strategic_leading"
    assert current_etag == '"2"'
    assert len(await changes(stack, admin, code=industry["code"])) == 2


async def test_other_roles_are_refused_403(stack: Stack, admin: str, token: TokenFactory) -> None:
    district_admin = token("district_admin", district="huangpu")
    refused = await stack.registry.post(
        "/api/v1/industries",
        json={"code": unique_code("x"), "name_zh": "某产业", "name_en": "Some", "group": "future"},
        headers=bearer(district_admin),
    )
    problem_of(refused, 403, "forbidden")
    industry = await new_industry(stack, admin)
    path = f"/api/v1/industries/{industry['code']}"
    _, etag = await read(stack, path)
    patched = await stack.registry.patch(
        path, json={"name_zh": "改名"}, headers={**bearer(district_admin), "If-Match": etag}
    )
    problem_of(patched, 403, "forbidden")
    district = await stack.registry.post(
        "/api/v1/districts",
        json={"code": unique_code("d"), "name_zh": "新区", "name_en": "New"},
        headers=bearer(token("expert")),
    )
    problem_of(district, 403, "forbidden")
    assert (await read(stack, path))[0]["name_zh"] == "量子科技"


async def test_a_duplicate_code_is_409_unknown_404_blank_422(stack: Stack, admin: str) -> None:
    industry = await new_industry(stack, admin)
    duplicate = await stack.registry.post(
        "/api/v1/industries",
        json={"code": industry["code"], "name_zh": "另一个", "name_en": "Another", "group": "future"},
        headers=bearer(admin),
    )
    problem_of(duplicate, 409, "conflict")
    seeded = await stack.registry.post(
        "/api/v1/districts",
        json={"code": "tianhe", "name_zh": "天河", "name_en": "Tianhe"},
        headers=bearer(admin),
    )
    problem_of(seeded, 409, "conflict")

    problem_of(await stack.registry.get("/api/v1/industries/no_such_industry"), 404, "not-found")
    unknown = await stack.registry.patch(
        "/api/v1/districts/no_such_district",
        json={"name_zh": "无"},
        headers={**bearer(admin), "If-Match": '"1"'},
    )
    problem_of(unknown, 404, "not-found")

    blank = await stack.registry.post(
        "/api/v1/industries",
        json={"code": unique_code("blank"), "name_zh": "   ", "name_en": "", "group": "future"},
        headers=bearer(admin),
    )
    assert error_fields(problem_of(blank, 422, "validation-failed")) == {"name_zh", "name_en"}
    bad = await stack.registry.post(
        "/api/v1/industries",
        json={"code": "Not-Snake", "name_zh": "某", "name_en": "Some", "group": "past"},
        headers=bearer(admin),
    )
    assert error_fields(problem_of(bad, 422, "validation-failed")) == {"code", "group"}
    _, etag = await read(stack, f"/api/v1/industries/{industry['code']}")
    blank_patch = await stack.registry.patch(
        f"/api/v1/industries/{industry['code']}",
        json={"name_en": " "},
        headers={**bearer(admin), "If-Match": etag},
    )
    assert error_fields(problem_of(blank_patch, 422, "validation-failed")) == {"name_en"}


async def test_districts_are_created_renamed_and_logged(stack: Stack, admin: str) -> None:
    code = unique_code("new_district")
    created = await stack.registry.post(
        "/api/v1/districts", json={"code": code, "name_zh": "新区", "name_en": "New"}, headers=bearer(admin)
    )
    assert created.status_code == 201, created.text
    assert created.json()["version"] == 1
    listed = await stack.registry.get("/api/v1/districts")
    assert code in {d["code"] for d in listed.json()["items"]}

    path = f"/api/v1/districts/{code}"
    _, etag = await read(stack, path)
    renamed = await stack.registry.patch(
        path, json={"name_en": "New District"}, headers={**bearer(admin), "If-Match": etag}
    )
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["name_en"] == "New District"
    assert renamed.headers["ETag"] == '"2"'

    log = await changes(stack, admin, entity="district", code=code)
    assert [c["action"] for c in log] == ["updated", "created"]
    assert log[0]["before"]["name_en"] == "New"
    assert log[0]["after"]["name_en"] == "New District"
    assert all(c["entity"] == "district" and c["actor"] == "city-officer" for c in log)
    # No industry has the district's code: a filter naming no entry is refused, not an empty log.
    not_an_industry = await stack.registry.get(
        "/api/v1/reference-changes", params={"entity": "industry", "code": code}, headers=bearer(admin)
    )
    assert error_fields(problem_of(not_an_industry, 422, "validation-failed")) == {"code"}


async def test_the_change_log_needs_a_token(stack: Stack) -> None:
    problem_of(await stack.registry.get("/api/v1/reference-changes"), 401, "not-authenticated")
