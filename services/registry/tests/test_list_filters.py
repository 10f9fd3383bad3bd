"""Lists refuse filter values they do not understand (DESIGN 7, issue 22): a value outside a fixed
set, or naming reference data that does not exist, is a 422 naming the parameter, never a page
that silently matches nothing; and the annual evaluation's flags are filters of the center list.
"""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

import pytest

from shared.testing.fixtures import TokenFactory, bearer
from tests.evaluation_flows import graded, recheck
from tests.flows import create_center, operating_center
from tests.problems import error_fields, problem_of
from tests.stack import Stack

ZH = {"Accept-Language": "zh-CN"}


def unique_code(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


async def refused_fields(stack: Stack, tok: str, path: str, **params: Any) -> set[str]:
    response = await stack.registry.get(path, params=params, headers=bearer(tok))
    return error_fields(problem_of(response, 422, "validation-failed"))


async def items(stack: Stack, tok: str, path: str, **params: Any) -> list[dict[str, Any]]:
    response = await stack.registry.get(path, params=params, headers=bearer(tok))
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["items"]
    return found


async def new_district(stack: Stack, admin: str) -> str:
    code = unique_code("nansha_new")
    body = {"code": code, "name_zh": "新区", "name_en": "New district"}
    response = await stack.registry.post("/api/v1/districts", json=body, headers=bearer(admin))
    assert response.status_code == 201, response.text
    return code


# Values from a fixed set are enums.


@pytest.mark.parametrize(
    ("path", "parameter", "value"),
    [
        ("/api/v1/centers", "status", "nonsense"),
        ("/api/v1/centers", "tier", "galactic"),
        ("/api/v1/centers", "mode", "solo"),
        ("/api/v1/centers", "revocation_proposed", "perhaps"),
        ("/api/v1/centers", "under_rectification", "perhaps"),
        ("/api/v1/centers", "sort", "colour"),
        ("/api/v1/centers/export", "status", "nonsense"),
        ("/api/v1/organizations", "type", "guild"),
        ("/api/v1/industries", "group", "sunset"),
        ("/api/v1/reference-changes", "entity", "planet"),
    ],
)
async def test_a_value_outside_the_fixed_set_is_422_naming_the_parameter(
    stack: Stack, admin: str, path: str, parameter: str, value: str
) -> None:
    assert await refused_fields(stack, admin, path, **{parameter: value}) == {parameter}


async def test_an_industry_group_filter_still_lists_its_group(stack: Stack) -> None:
    listed = await stack.registry.get("/api/v1/industries", params={"group": "future"})
    assert listed.status_code == 200, listed.text
    assert {i["group"] for i in listed.json()["items"]} == {"future"}


async def test_a_members_role_outside_the_fixed_set_is_422(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    path = f"/api/v1/centers/{center['id']}/members"
    assert await refused_fields(stack, admin, path, role="sponsor") == {"role"}


# Values naming reference data must name an entry that exists.


async def test_centers_filtered_by_unknown_reference_data_are_422_naming_each_filter(
    stack: Stack, admin: str
) -> None:
    assert await refused_fields(stack, admin, "/api/v1/centers", district="atlantis") == {"district"}
    every = {"district": "atlantis", "cluster_code": "alchemy", "sub_sector_code": "perpetual_motion"}
    assert await refused_fields(stack, admin, "/api/v1/centers", **every) == set(every)
    export = {"district": "atlantis", "format": "xlsx"}
    assert await refused_fields(stack, admin, "/api/v1/centers/export", **export) == {"district"}


async def test_a_known_district_without_centers_is_an_empty_page(stack: Stack, admin: str) -> None:
    district = await new_district(stack, admin)
    assert await items(stack, admin, "/api/v1/centers", district=district) == []
    assert await items(stack, admin, "/api/v1/organizations", district=district) == []


async def test_a_district_admin_filtering_another_known_district_gets_an_empty_page(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    await create_center(stack.registry, admin, district="tianhe", ready_for_approval=False)
    huangpu = token("district_admin", district="huangpu")
    assert await items(stack, huangpu, "/api/v1/centers", district="tianhe") == []
    assert await refused_fields(stack, huangpu, "/api/v1/centers", district="atlantis") == {"district"}


async def test_the_unknown_value_is_named_in_chinese_for_a_zh_client(stack: Stack, admin: str) -> None:
    response = await stack.registry.get(
        "/api/v1/centers", params={"district": "atlantis"}, headers={**bearer(admin), **ZH}
    )
    body = problem_of(response, 422, "validation-failed")
    assert body["detail"] == "未知的区：atlantis"
    assert body["errors"] == [{"field": "district", "message": "未知的区：atlantis"}]


async def test_organizations_of_an_unknown_district_are_422(stack: Stack, admin: str) -> None:
    assert await refused_fields(stack, admin, "/api/v1/organizations", district="atlantis") == {"district"}


async def test_sub_sectors_of_an_unknown_cluster_are_422_of_a_new_one_empty(stack: Stack, admin: str) -> None:
    assert await refused_fields(stack, admin, "/api/v1/sub-sectors", cluster_code="alchemy") == {
        "cluster_code"
    }
    code = unique_code("quantum")
    body = {"code": code, "name_zh": "量子", "name_en": "Quantum", "group": "future"}
    created = await stack.registry.post("/api/v1/industries", json=body, headers=bearer(admin))
    assert created.status_code == 201, created.text
    assert await items(stack, admin, "/api/v1/sub-sectors", cluster_code=code) == []


async def test_reference_changes_of_a_code_no_entry_has_are_422(stack: Stack, admin: str) -> None:
    path = "/api/v1/reference-changes"
    assert await refused_fields(stack, admin, path, code="atlantis") == {"code"}
    # An industry's code is not a district's.
    assert await refused_fields(stack, admin, path, entity="district", code="intelligent_connected_nev") == {
        "code"
    }
    district = await new_district(stack, admin)
    [created] = await items(stack, admin, path, entity="district", code=district)
    assert created["action"] == "created"


async def test_documents_of_an_action_outside_the_centers_history_are_422(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    path = f"/api/v1/centers/{center['id']}/documents"
    assert await refused_fields(stack, admin, path, action_id=str(uuid.uuid4())) == {"action_id"}
    submitted = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/actions/submit", json={}, headers=bearer(admin)
    )
    assert submitted.status_code == 200, submitted.text
    history = await items(stack, admin, f"/api/v1/centers/{center['id']}/history")
    assert await items(stack, admin, path, action_id=history[0]["id"]) == []


# The annual evaluation's flags (三(五)): revocation proposed, rectification under way.


@pytest.fixture(scope="module")
async def evaluated(stack: Stack, admin: str, token: TokenFactory) -> dict[str, str]:
    """Four operating centers sharing a tag: failed re-check, under rectification, passed, none."""
    tag = uuid.uuid4().hex[:8]
    failed = await graded(stack, admin, token, 40, 50, name=f"复核未通过 {tag}")
    response = await recheck(stack.registry, admin, failed["id"], passed=False, comment="整改未到位")
    assert response.status_code == 200, response.text
    rectifying = await graded(stack, admin, token, 50, 50, name=f"整改中 {tag}")
    passed = await graded(stack, admin, token, 55, 55, name=f"复核通过 {tag}")
    response = await recheck(stack.registry, admin, passed["id"], passed=True, comment="整改到位")
    assert response.status_code == 200, response.text
    plain = await operating_center(stack.registry, admin, name=f"未评估 {tag}")
    return {
        "tag": tag,
        "failed": failed["center_id"],
        "rectifying": rectifying["center_id"],
        "passed": passed["center_id"],
        "plain": plain["id"],
    }


async def tagged(stack: Stack, admin: str, evaluated: dict[str, str], **flags: str) -> set[str]:
    """Which of the four tagged centers the list returns with ``flags``, by their role here."""
    names = {center_id: role for role, center_id in evaluated.items() if role != "tag"}
    found = await items(stack, admin, "/api/v1/centers", q=evaluated["tag"], limit=200, **flags)
    return {names[c["id"]] for c in found}


async def test_revocation_proposed_finds_exactly_the_center_whose_recheck_failed(
    stack: Stack, admin: str, evaluated: dict[str, str]
) -> None:
    assert await tagged(stack, admin, evaluated, revocation_proposed="true") == {"failed"}
    assert await tagged(stack, admin, evaluated, revocation_proposed="false") == {
        "rectifying",
        "passed",
        "plain",
    }
    # The proposal leaves the center operating: revoking it stays the bureau's own action.
    assert await tagged(stack, admin, evaluated, revocation_proposed="true", status="operating") == {"failed"}


async def test_under_rectification_finds_the_unqualified_center_awaiting_its_recheck(
    stack: Stack, admin: str, evaluated: dict[str, str]
) -> None:
    assert await tagged(stack, admin, evaluated, under_rectification="true") == {"rectifying"}
    assert await tagged(stack, admin, evaluated, under_rectification="false") == {"failed", "passed", "plain"}


async def test_the_export_filters_by_revocation_proposed_too(
    stack: Stack, admin: str, evaluated: dict[str, str]
) -> None:
    response = await stack.registry.get(
        "/api/v1/centers/export",
        params={"format": "csv", "q": evaluated["tag"], "revocation_proposed": "true"},
        headers=bearer(admin),
    )
    assert response.status_code == 200, response.text
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = [row[header.index("名称")] for row in rows]
    assert names == [f"复核未通过 {evaluated['tag']}"]
