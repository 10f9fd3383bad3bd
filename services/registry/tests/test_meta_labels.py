"""Every enum value the API uses has a zh and an en label (DESIGN 7)."""

from __future__ import annotations

import enum

import httpx
import pytest

from registry.centers.lifecycle import Action, Status
from registry.centers.schemas import Mode, OrganizationType
from registry.evaluations.grading import Grade
from registry.evaluations.schemas import EvaluationStatus
from registry.experts.schemas import ExpertChange
from registry.governance.schemas import DecisionCategory, ExpertField, MemberRole
from registry.main import build_app
from registry.meta.labels import ENUM_LABELS
from shared.contracts.registry import TIER_ORDER

ENUMS: dict[str, type[enum.Enum]] = {
    "center_status": Status,
    "center_action": Action,
    "center_mode": Mode,
    "organization_type": OrganizationType,
    "member_role": MemberRole,
    "decision_category": DecisionCategory,
    "expert_field": ExpertField,
    "evaluation_status": EvaluationStatus,
    "evaluation_grade": Grade,
    "expert_change": ExpertChange,
}


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_every_member_of_the_enum_has_both_labels(name: str) -> None:
    members = {m.value for m in ENUMS[name]}
    assert set(ENUM_LABELS[name]) == members
    for zh, en in ENUM_LABELS[name].values():
        assert zh.strip()
        assert en.strip()
        assert zh != en


def test_every_tier_has_labels() -> None:
    assert set(ENUM_LABELS["tier"]) == set(TIER_ORDER)


async def test_the_enums_endpoint_serves_every_label(token: object) -> None:
    """Through the API too: ``GET /api/v1/meta/enums`` needs no database work."""
    transport = httpx.ASGITransport(app=build_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/api/v1/meta/enums")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == set(ENUM_LABELS)
    assert {
        "value": "approved",
        "zh": "筹建（已授牌）",
        "en": "Approved for construction (plaque awarded)",
    } in body["center_status"]
