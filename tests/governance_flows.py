"""Plain factory functions for organizations, center members and governance, driven through the API."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import httpx

from shared.testing.fixtures import bearer
from tests.codes import valid_uscc


def organization_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "name": f"广州某科技有限公司 {uuid.uuid4().hex[:6]}",
        "uscc": valid_uscc(),
        "type": "enterprise",
    }
    payload.update(overrides)
    return payload


async def create_organization(client: httpx.AsyncClient, tok: str, **overrides: Any) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/organizations", json=organization_payload(**overrides), headers=bearer(tok)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def add_member(
    client: httpx.AsyncClient, tok: str, center_id: str, organization_id: str, role: str = "member"
) -> httpx.Response:
    return await client.post(
        f"/api/v1/centers/{center_id}/members",
        json={"organization_id": organization_id, "role": role},
        headers=bearer(tok),
    )


async def list_members(
    client: httpx.AsyncClient, tok: str, center_id: str, **params: Any
) -> list[dict[str, Any]]:
    """Every page of the center's members."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        query = {**params, "limit": 200, **({"cursor": cursor} if cursor else {})}
        response = await client.get(f"/api/v1/centers/{center_id}/members", params=query, headers=bearer(tok))
        assert response.status_code == 200, response.text
        items.extend(response.json()["items"])
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


COMPLETE_GOVERNANCE: dict[str, Any] = {
    "legal_entity": {
        "name": "广州智能网联汽车创新中心有限公司",
        "uscc": "91440101000000001X",  # replaced by a valid code in governance_payload()
        "registered_capital": "30000000",
        "shareholders": [
            {"name": "广州某汽车集团股份有限公司", "share_ratio": "35.5"},
            {"name": "华南某大学", "share_ratio": "20"},
            {"name": "广州某研究院"},
        ],
    },
    "decision_body": {
        "members": [
            {"name": "张三", "category": "member_unit_rep", "affiliation": "广州某汽车集团股份有限公司"},
            {"name": "李四", "category": "industry_figure", "affiliation": "广东省汽车行业协会"},
            {"name": "王五", "category": "st_figure", "affiliation": "中国科学院广州分院"},
        ]
    },
    "technical_committee": {
        "members": [
            {"name": "赵六", "field": "academia", "affiliation": "华南理工大学"},
            {"name": "钱七", "field": "industry", "affiliation": "广州某汽车集团股份有限公司"},
        ]
    },
    "alliance": {
        "name": "广州智能网联汽车产业联盟",
        "member_units": [{"name": "广州某零部件有限公司"}, {"name": "广州某软件有限公司"}],
    },
}


def governance_payload(**overrides: Any) -> dict[str, Any]:
    """A governance that leaves no gap (`四(一)`); override or drop (None) whole parts."""
    payload = copy.deepcopy(COMPLETE_GOVERNANCE)
    payload["legal_entity"]["uscc"] = valid_uscc()
    payload["legal_entity"]["shareholders"][0]["uscc"] = valid_uscc()
    payload["alliance"]["member_units"][0]["uscc"] = valid_uscc()
    payload.update(overrides)
    return {k: v for k, v in payload.items() if v is not None}


async def put_governance(
    client: httpx.AsyncClient, tok: str, center_id: str, body: dict[str, Any], *, if_match: str | None = None
) -> httpx.Response:
    """PUT with ``If-Match``: the given tag, else the ETag of a fresh GET by the same caller
    (``*`` when that caller may not read it, so the PUT fails on access, not on the header)."""
    if if_match is None:
        if_match = (await get_governance(client, tok, center_id)).headers.get("etag", "*")
    return await client.put(
        f"/api/v1/centers/{center_id}/governance", json=body, headers={**bearer(tok), "If-Match": if_match}
    )


async def get_governance(client: httpx.AsyncClient, tok: str, center_id: str) -> httpx.Response:
    return await client.get(f"/api/v1/centers/{center_id}/governance", headers=bearer(tok))
