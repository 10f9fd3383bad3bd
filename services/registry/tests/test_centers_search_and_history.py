"""Searching, sorting and paging centers, and a center's history (issue 3, items 5 and 8)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from shared.testing.fixtures import TokenFactory, bearer
from tests.flows import create_center, operating_center
from tests.problems import error_fields, problem_of
from tests.stack import Stack


async def pages(client: httpx.AsyncClient, tok: str, **params: Any) -> list[list[dict[str, Any]]]:
    """Every page, following next_cursor."""
    result: list[list[dict[str, Any]]] = []
    cursor: str | None = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/api/v1/centers", params=query, headers=bearer(tok))
        assert response.status_code == 200, response.text
        result.append(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return result


async def test_a_text_query_finds_chinese_in_name_or_sub_sector(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:6]
    by_name = await create_center(stack.registry, admin, name=f"广州细胞治疗创新中心{tag}")
    by_sector = await create_center(stack.registry, admin, sub_sector=f"细胞治疗药物{tag}")
    await create_center(stack.registry, admin, name=f"广州低空飞行器创新中心{tag}")
    found = [c["id"] for page in await pages(stack.registry, admin, q="细胞治疗", limit=200) for c in page]
    assert by_name["id"] in found
    assert by_sector["id"] in found
    assert all(
        "细胞治疗" in c["name"] + c["sub_sector"]
        for p in await pages(stack.registry, admin, q="细胞治疗")
        for c in p
    )


async def test_a_text_query_treats_percent_and_underscore_literally(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:6]
    plain = await create_center(stack.registry, admin, name=f"普通名称中心{tag}")
    percent = await create_center(stack.registry, admin, name=f"良率99%创新中心{tag}")
    underscore = await create_center(stack.registry, admin, name=f"A_B 创新中心{tag}")
    for q, literal in (("%", percent), ("_", underscore)):
        found = [c for page in await pages(stack.registry, admin, q=q, limit=200) for c in page]
        assert literal["id"] in [c["id"] for c in found], q
        assert plain["id"] not in [c["id"] for c in found], q  # not a wildcard matching everything
        assert all(q in c["name"] + c["sub_sector"] for c in found), q


async def test_sorting_by_name_pages_through_everything_in_order(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:8]
    for letter in "ECADB":
        await create_center(stack.registry, admin, name=f"{tag}-{letter}")
    for sort, expected in (("name", list("ABCDE")), ("-name", list("EDCBA"))):
        got = await pages(stack.registry, admin, q=tag, sort=sort, limit=2)
        assert [len(p) for p in got] == [2, 2, 1]
        assert [c["name"][-1] for p in got for c in p] == expected


async def test_sorting_newest_first(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    tag = uuid.uuid4().hex[:8]
    created = [await create_center(stack.registry, admin, name=f"{tag}-{i}") for i in range(3)]
    got = await pages(stack.registry, admin, q=tag, sort="-created_at", limit=1)
    assert [p[0]["id"] for p in got] == [c["id"] for c in reversed(created)]


async def test_an_unknown_sort_or_a_cursor_from_another_sort_is_422(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    bad = await stack.registry.get("/api/v1/centers", params={"sort": "budget"}, headers=bearer(admin))
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "sort"
    tag = uuid.uuid4().hex[:8]
    for i in range(2):
        await create_center(stack.registry, admin, name=f"{tag}-{i}")
    first = await stack.registry.get(
        "/api/v1/centers", params={"q": tag, "sort": "name", "limit": 1}, headers=bearer(admin)
    )
    cursor = first.json()["next_cursor"]
    assert cursor
    mixed = await stack.registry.get(
        "/api/v1/centers", params={"q": tag, "sort": "-created_at", "cursor": cursor}, headers=bearer(admin)
    )
    assert error_fields(problem_of(mixed, 422)) == {"cursor"}
    same_sort = await stack.registry.get(
        "/api/v1/centers", params={"q": tag, "sort": "name", "cursor": cursor}, headers=bearer(admin)
    )
    assert [c["name"] for c in same_sort.json()["items"]] == [f"{tag}-1"]  # the cursor itself is good


async def test_unknown_status_or_tier_filters_are_422(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    for params in ({"status": "nonsense"}, {"tier": "galactic"}):
        response = await stack.registry.get("/api/v1/centers", params=params, headers=bearer(admin))
        assert error_fields(problem_of(response, 422)) == set(params), params


async def test_history_lists_every_action_with_actor_role_and_comment(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="officer-zhang")
    center = await operating_center(stack.registry, admin)
    response = await stack.registry.get(f"/api/v1/centers/{center['id']}/history", headers=bearer(admin))
    assert response.status_code == 200
    items = response.json()["items"]
    assert [(i["action"], i["from_status"], i["to_status"]) for i in items] == [
        ("submit", "draft", "submitted"),
        ("recommend", "submitted", "district_recommended"),
        ("start_review", "district_recommended", "under_review"),
        ("approve", "under_review", "approved"),
        ("accept", "approved", "operating"),
    ]
    assert {i["actor"] for i in items} == {"officer-zhang"}
    assert {i["actor_role"] for i in items} == {"municipal_admin"}
    assert [i["comment"] for i in items] == ["submit", "recommend", "start_review", "approve", "accept"]


async def test_history_follows_the_same_scoping_as_the_center(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin, district="huangpu")
    url = f"/api/v1/centers/{center['id']}/history"
    other = await stack.registry.get(url, headers=bearer(token("district_admin", district="tianhe")))
    own = await stack.registry.get(url, headers=bearer(token("district_admin", district="huangpu")))
    stranger = await stack.registry.get(url, headers=bearer(token("center_user", center=str(uuid.uuid4()))))
    assert (other.status_code, own.status_code, stranger.status_code) == (403, 200, 403)
