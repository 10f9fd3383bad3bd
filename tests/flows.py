"""Plain factory functions that drive registry through its API, as a client would."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
from sqlalchemy import select

from registry.messaging import OutboxRecord
from shared.ops.demo.dataset import OPERATING_PATH
from shared.testing.fixtures import bearer
from shared.testing.services import runtime_of
from tests.codes import valid_uscc
from tests.governance_flows import governance_payload, put_governance
from tests.stack import Stack


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


async def create_center(
    client: httpx.AsyncClient, admin_token: str, *, ready_for_approval: bool = True, **overrides: Any
) -> dict[str, Any]:
    """A draft center; unless told otherwise it also gets what `四` requires before approval
    (a complete governance; a self-built center's lead organization is its innovator)."""
    response = await client.post(
        "/api/v1/centers", json=center_payload(**overrides), headers=bearer(admin_token)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    if ready_for_approval:
        await make_ready_for_approval(client, admin_token, body)
    return body


async def make_ready_for_approval(client: httpx.AsyncClient, tok: str, center: dict[str, Any]) -> None:
    """A corporate-alliance center gets its governance (`四(一)`); a self-built one is ready as
    created, its lead organization being its innovator (`四(二)`)."""
    if center["mode"] == "corporate_alliance":
        put = await put_governance(client, tok, center["id"], governance_payload())
        assert put.status_code == 200, put.text


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


def sub_sector_payload(cluster_code: str = "intelligent_connected_nev", **overrides: Any) -> dict[str, Any]:
    """A sub-sector of ``cluster_code`` with a fresh code and names (zh and en)."""
    tag = uuid.uuid4().hex[:6]
    payload: dict[str, Any] = {
        "code": f"solid_state_battery_{tag}",
        "cluster_code": cluster_code,
        "name_zh": f"固态电池{tag}",
        "name_en": f"Solid-state batteries {tag}",
    }
    payload.update(overrides)
    return payload


async def create_sub_sector(
    client: httpx.AsyncClient,
    admin_token: str,
    cluster_code: str = "intelligent_connected_nev",
    **overrides: Any,
) -> dict[str, Any]:
    """List a sub-sector through the API (municipal admin)."""
    response = await client.post(
        "/api/v1/sub-sectors", json=sub_sector_payload(cluster_code, **overrides), headers=bearer(admin_token)
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def outbox_of(stack: Stack, center_id: str, *event_types: str) -> list[OutboxRecord]:
    """The center's events in registry's outbox (only ``event_types`` if given), in publication order."""
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        query = select(OutboxRecord).where(OutboxRecord.key == center_id).order_by(OutboxRecord.id)
        if event_types:
            query = query.where(OutboxRecord.event_type.in_(event_types))
        return list(await session.scalars(query))
