"""The organizations API of registry, in-process against real PostgreSQL and the real broker."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.exc import IntegrityError

from registry.organizations.models import Organization
from shared.db import utcnow
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.flows import valid_uscc
from tests.governance_flows import create_organization, organization_payload
from tests.problems import error_fields, problem_of
from tests.stack import Stack


async def list_all(
    client: httpx.AsyncClient, tok: str, *, limit: int = 200, **params: Any
) -> list[dict[str, Any]]:
    """Every page of ``GET /api/v1/organizations``."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    for _ in range(50):
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/api/v1/organizations", params=query, headers=bearer(tok))
        assert response.status_code == 200, response.text
        items.extend(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the pages never ended")


# Create.


async def test_create_returns_201_with_the_fields_sent_and_reads_back(stack: Stack, admin: str) -> None:
    payload = organization_payload(type="university", district="tianhe")
    response = await stack.registry.post("/api/v1/organizations", json=payload, headers=bearer(admin))
    assert response.status_code == 201, response.text
    body = response.json()
    for name in ("name", "uscc", "type", "district"):
        assert body[name] == payload[name], name
    uuid.UUID(body["id"])
    again = await stack.registry.get(f"/api/v1/organizations/{body['id']}", headers=bearer(admin))
    assert again.status_code == 200, again.text
    assert again.json() == body


async def test_the_district_is_optional(stack: Stack, admin: str) -> None:
    body = await create_organization(stack.registry, admin)
    assert body["district"] is None


async def test_a_uscc_is_stored_upper_case_without_white_space(stack: Stack, admin: str) -> None:
    code = "91350100m000100y43"  # a published code, in lower case
    body = await create_organization(stack.registry, admin, uscc=f"  {code} ", name="大写测试有限公司")
    assert body["uscc"] == code.upper()


async def test_a_duplicate_uscc_is_409_naming_the_organization_already_registered(
    stack: Stack, admin: str
) -> None:
    first = await create_organization(stack.registry, admin)
    again = await stack.registry.post(
        "/api/v1/organizations",
        json=organization_payload(uscc=first["uscc"].lower(), name="另一个名字"),
        headers=bearer(admin),
    )
    body = problem_of(again, 409, "organization-exists")
    assert first["uscc"] in body["detail"]
    assert body["organization_id"] == first["id"]
    assert error_fields(body) == {"uscc"}
    named = await list_all(stack.registry, admin, q="另一个名字")
    assert named == []


async def test_the_database_refuses_a_duplicate_uscc_by_itself(stack: Stack, admin: str) -> None:
    first = await create_organization(stack.registry, admin)
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        now = utcnow()
        session.add(
            Organization(
                id=uuid.uuid4(),
                name="绕过服务直接写入",
                uscc=first["uscc"],
                type="enterprise",
                created_by="test",
                created_at=now,
                updated_at=now,
            )
        )
        with pytest.raises(IntegrityError, match=r"uq_organization_uscc|organization\.uscc"):
            await session.commit()


@pytest.mark.parametrize(
    ("uscc", "message"),
    [
        ("91440101000000001", "18 characters"),
        ("9144010100000000I1", "capital letters"),
        ("91AB0101000000001X", "administrative division"),
    ],
    ids=["short", "letter-i", "division-not-digits"],
)
async def test_a_malformed_uscc_is_422_on_field_uscc(
    stack: Stack, admin: str, uscc: str, message: str
) -> None:
    response = await stack.registry.post(
        "/api/v1/organizations", json=organization_payload(uscc=uscc), headers=bearer(admin)
    )
    body = problem_of(response, 422, "validation-failed")
    assert [e["field"] for e in body["errors"]] == ["uscc"]
    assert message in body["errors"][0]["message"]


async def test_a_wrong_check_digit_is_422(stack: Stack, admin: str) -> None:
    good = valid_uscc()
    wrong = good[:17] + ("0" if good[17] != "0" else "1")
    response = await stack.registry.post(
        "/api/v1/organizations", json=organization_payload(uscc=wrong), headers=bearer(admin)
    )
    body = problem_of(response, 422, "validation-failed")
    assert body["errors"] == [{"field": "uscc", "message": "the check digit (18th character) is wrong"}]


async def test_a_bad_uscc_and_an_unknown_district_are_listed_together(stack: Stack, admin: str) -> None:
    response = await stack.registry.post(
        "/api/v1/organizations",
        json=organization_payload(uscc="123", district="shenzhen"),
        headers=bearer(admin),
    )
    assert error_fields(problem_of(response, 422, "validation-failed")) == {"uscc", "district"}


async def test_missing_fields_a_bad_type_and_unknown_fields_are_422(stack: Stack, admin: str) -> None:
    empty = await stack.registry.post("/api/v1/organizations", json={}, headers=bearer(admin))
    assert error_fields(problem_of(empty, 422)) == {"name", "uscc", "type"}
    bad = await stack.registry.post(
        "/api/v1/organizations",
        json=organization_payload(type="government", nickname="x"),
        headers=bearer(admin),
    )
    assert error_fields(problem_of(bad, 422)) == {"type", "nickname"}
    blank = await stack.registry.post(
        "/api/v1/organizations", json=organization_payload(name="   "), headers=bearer(admin)
    )
    assert error_fields(problem_of(blank, 422)) == {"name"}


async def test_a_district_admin_registers_in_its_own_district_which_is_the_default(
    stack: Stack, token: TokenFactory
) -> None:
    huadu = token("district_admin", district="huadu")
    defaulted = await create_organization(stack.registry, huadu)
    assert defaulted["district"] == "huadu"
    explicit = await create_organization(stack.registry, huadu, district="huadu")
    assert explicit["district"] == "huadu"
    other = await stack.registry.post(
        "/api/v1/organizations", json=organization_payload(district="nansha"), headers=bearer(huadu)
    )
    problem_of(other, 403, "forbidden")


@pytest.mark.parametrize("role", ["center_user", "expert", "finance_officer", "integration"])
async def test_other_roles_may_not_register_an_organization(
    stack: Stack, token: TokenFactory, role: str
) -> None:
    tok = token(role, center=str(uuid.uuid4()) if role == "center_user" else None)
    response = await stack.registry.post(
        "/api/v1/organizations", json=organization_payload(), headers=bearer(tok)
    )
    problem_of(response, 403, "forbidden")


async def test_without_a_token_it_is_401(stack: Stack) -> None:
    problem_of(await stack.registry.post("/api/v1/organizations", json=organization_payload()), 401)
    problem_of(await stack.registry.get("/api/v1/organizations"), 401)
    problem_of(await stack.registry.get(f"/api/v1/organizations/{uuid.uuid4()}"), 401)


async def test_an_unknown_organization_is_404(stack: Stack, admin: str) -> None:
    response = await stack.registry.get(f"/api/v1/organizations/{uuid.uuid4()}", headers=bearer(admin))
    problem_of(response, 404, "organization-not-found")


# List, filter, search.


@dataclass
class Marked:
    """Organizations whose names share a marker no other test uses."""

    marker: str
    orgs: dict[str, dict[str, Any]]

    def ids(self, *keys: str) -> set[str]:
        return {self.orgs[k]["id"] for k in keys or self.orgs}


@pytest.fixture(scope="module")
async def marked(stack: Stack, admin: str) -> Marked:
    marker = f"MK{uuid.uuid4().hex[:8]}"
    specs = {
        "enterprise": ("enterprise", f"广州{marker}汽车有限公司", "huangpu"),
        "university": ("university", f"华南{marker}大学", "tianhe"),
        "institute": ("research_institute", f"广州{marker}研究院", None),
        "society": ("social_organization", f"广州{marker}产业协会", None),
        "enterprise_2": ("enterprise", f"广州{marker.lower()}软件有限公司", "tianhe"),
    }
    made = {
        key: await create_organization(stack.registry, admin, type=t, name=name, district=district)
        for key, (t, name, district) in specs.items()
    }
    return Marked(marker, made)


async def test_q_finds_organizations_by_part_of_the_name_ignoring_case(
    stack: Stack, admin: str, marked: Marked
) -> None:
    marker = marked.marker
    found = await list_all(stack.registry, admin, q=marker)
    assert {o["id"] for o in found} == marked.ids()
    universities = await list_all(stack.registry, admin, q=f"{marker}大学")
    assert [o["id"] for o in universities] == [marked.orgs["university"]["id"]]
    assert await list_all(stack.registry, admin, q=f"{marker}不存在") == []


async def test_q_takes_wildcards_literally(stack: Stack, admin: str, marked: Marked) -> None:
    marker = marked.marker
    assert await list_all(stack.registry, admin, q=f"{marker}%大学") == []
    assert await list_all(stack.registry, admin, q=f"{marker}_大学") == []
    token_ = uuid.uuid4().hex[:8]
    percent = await create_organization(stack.registry, admin, name=f"{token_} 100%研究所")
    await create_organization(stack.registry, admin, name=f"{token_} 1000研究所")
    assert [o["id"] for o in await list_all(stack.registry, admin, q=f"{token_} 100%")] == [percent["id"]]
    assert await list_all(stack.registry, admin, q=f"{token_} 10_0") == []


async def test_type_filters_and_combines_with_q(stack: Stack, admin: str, marked: Marked) -> None:
    marker = marked.marker
    enterprises = await list_all(stack.registry, admin, q=marker, type="enterprise")
    assert {o["id"] for o in enterprises} == {
        marked.orgs["enterprise"]["id"],
        marked.orgs["enterprise_2"]["id"],
    }
    assert {o["type"] for o in await list_all(stack.registry, admin, type="university")} == {"university"}
    in_tianhe = await list_all(stack.registry, admin, q=marker, district="tianhe")
    assert {o["id"] for o in in_tianhe} == {
        marked.orgs["university"]["id"],
        marked.orgs["enterprise_2"]["id"],
    }


async def test_pages_of_two_cover_the_matches_once_oldest_first(
    stack: Stack, admin: str, marked: Marked
) -> None:
    marker = marked.marker
    paged = await list_all(stack.registry, admin, limit=2, q=marker)
    whole = await list_all(stack.registry, admin, q=marker)
    assert [o["id"] for o in paged] == [o["id"] for o in whole]
    assert len({o["id"] for o in paged}) == len(paged) >= 5
    created = [o["created_at"] for o in whole]
    assert created == sorted(created)
    first = await stack.registry.get(
        "/api/v1/organizations", params={"q": marker, "limit": 2}, headers=bearer(admin)
    )
    assert len(first.json()["items"]) == 2
    assert first.json()["next_cursor"] is not None


@pytest.mark.parametrize(
    ("params", "field"),
    [({"type": "government"}, "type"), ({"limit": 0}, "limit"), ({"cursor": "garbage"}, "cursor")],
    ids=["bad-type", "limit-0", "bad-cursor"],
)
async def test_bad_list_parameters_are_422(
    stack: Stack, admin: str, params: dict[str, Any], field: str
) -> None:
    response = await stack.registry.get("/api/v1/organizations", params=params, headers=bearer(admin))
    assert error_fields(problem_of(response, 422, "validation-failed")) == {field}


async def test_any_authenticated_role_reads_the_directory(
    stack: Stack, token: TokenFactory, marked: Marked
) -> None:
    expert = token("expert")
    response = await stack.registry.get(
        f"/api/v1/organizations/{marked.orgs['university']['id']}", headers=bearer(expert)
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == marked.orgs["university"]["name"]
