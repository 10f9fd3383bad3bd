"""Every enum value the API uses has a zh and an en label (DESIGN 7)."""

from __future__ import annotations

import enum

import pytest

from registry.centers.lifecycle import Action, Status
from registry.centers.schemas import Mode, OrganizationType
from registry.meta.labels import ENUM_LABELS
from shared.contracts.registry import TIER_ORDER

ENUMS: dict[str, type[enum.Enum]] = {
    "center_status": Status,
    "center_action": Action,
    "center_mode": Mode,
    "organization_type": OrganizationType,
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
