"""Plain factory functions that drive registry through its API, as a client would."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import httpx

from registry.centers.uscc import check_digit
from shared.testing.fixtures import bearer

_counter = itertools.count(1)


def valid_uscc() -> str:
    """A fresh USCC with a correct GB 32100-2015 check digit."""
    body = f"91440101{next(_counter) % 10**9:09d}"
    return body + check_digit(body)


def center_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "name": f"广州智能网联汽车创新中心 {uuid.uuid4().hex[:6]}",
        "mode": "corporate_alliance",
        "cluster_code": "intelligent_connected_nev",
        "sub_sector": f"车规级芯片 {uuid.uuid4().hex[:6]}",
        "district": "huangpu",
        "lead_organization": {"name": "广州某汽车科技有限公司", "uscc": valid_uscc(), "type": "enterprise"},
    }
    payload.update(overrides)
    return payload


async def create_center(client: httpx.AsyncClient, admin_token: str, **overrides: Any) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/centers", json=center_payload(**overrides), headers=bearer(admin_token)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


OPERATING_PATH = ("submit", "recommend", "start_review", "approve", "accept")


async def operating_center(client: httpx.AsyncClient, admin_token: str, **overrides: Any) -> dict[str, Any]:
    center = await create_center(client, admin_token, **overrides)
    for action in OPERATING_PATH:
        response = await client.post(
            f"/api/v1/centers/{center['id']}/actions/{action}",
            json={"comment": action},
            headers=bearer(admin_token),
        )
        assert response.status_code == 200, response.text
        center = response.json()
    assert center["status"] == "operating"
    return center


def upgrade_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "to_tier": "provincial",
        "approved_on": "2025-06-30",
        "document_no": "粤工信函〔2025〕1号",
        "approving_authority": "广东省工业和信息化厅",
        "total_share_capital": "200000000.00",
        "paid_in_capital": "120000000.00",
        "requires_matching_funds": False,
    }
    payload.update(overrides)
    return payload
