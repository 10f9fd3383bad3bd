"""Every enum value the funding API uses has a zh and an en label (DESIGN 7: ``GET /api/v1/meta/enums``).

The expected values are read from the code (its enums, Literals and constants), never listed
here by hand, so a value added to the code without a label fails this test.
"""

from __future__ import annotations

import enum
import typing
from typing import Any

import httpx
import pytest

from funding.budgets import ledger
from funding.budgets.router import MovementKind
from funding.calculators.schemas import RdCategory
from funding.first_set import rule as first_set_rule
from funding.first_set.schemas import Catalogue
from funding.investments.schemas import Fund
from funding.main import build_app
from funding.meta.labels import ENUM_LABELS
from funding.municipal_support import service as municipal_support
from funding.municipal_support.schemas import (
    ActionRequest,
    MunicipalSupportAction,
    MunicipalSupportStatus,
    SupportType,
)
from funding.platforms import rule as platform_rule
from funding.platforms.schemas import PlatformKind
from funding.policies import kinds, upgrade_support
from funding.policies.models import CITY, DRAFT, PUBLISHED
from funding.policies.schemas import PolicyVersionCreate
from funding.support_cases import evaluation
from funding.support_cases.programmes import Kind
from funding.support_cases.router import CaseQuery
from funding.support_cases.schemas import ActionIn, OptionType
from funding.support_cases.workflow import SupportCaseAction, SupportCaseStatus
from shared.contracts.registry import TIER_ORDER
from shared.errors import Unprocessable
from shared.reference import DISTRICT_CODES


def literal_values(annotation: Any) -> set[str]:
    """Every value of the Literals in a type (through ``| None``, ``Annotated`` and aliases)."""
    if typing.get_origin(annotation) is typing.Literal:
        return {str(v) for v in typing.get_args(annotation)}
    values: set[str] = set()
    for arg in typing.get_args(annotation):
        values |= literal_values(arg)
    return values


def members(enum_type: type[enum.Enum]) -> set[str]:
    return {str(m.value) for m in enum_type}


def _municipal_review_decisions() -> set[str]:
    """The decisions a municipal-support review accepts: each labelled one passes the service's
    check (a str field there, so the check itself is the source) and another value does not."""
    accepted = set()
    for decision in ENUM_LABELS["municipal_support_review_decision"]:
        municipal_support._review(ActionRequest(decision=decision))
        accepted.add(decision)
    with pytest.raises(Unprocessable):
        municipal_support._review(ActionRequest(decision="maybe"))
    return accepted


EXPECTED: dict[str, Any] = {
    "support_case_status": lambda: members(SupportCaseStatus),
    "support_case_action": lambda: members(SupportCaseAction),
    "support_case_kind": lambda: members(Kind),
    "support_case_resolve_decision": lambda: literal_values(ActionIn.model_fields["decision"].annotation),
    "option_type": lambda: literal_values(OptionType),
    "tier": lambda: set(TIER_ORDER),
    "budget_category": lambda: {
        evaluation.UPGRADE_SUPPORT,
        municipal_support.BUDGET_CATEGORY,
        platform_rule.POLICY_CODE,
        first_set_rule.POLICY_CODE,
    },
    "budget_movement_kind": lambda: literal_values(MovementKind),
    "guide_fund": lambda: members(Fund),
    "platform_kind": lambda: members(PlatformKind),
    "platform_subsidy_status": lambda: literal_values(platform_rule.Status),
    "recognition_catalogue": lambda: members(Catalogue),
    "recognition_status": lambda: literal_values(first_set_rule.Status),
    "municipal_support_type": lambda: members(SupportType),
    "municipal_support_status": lambda: members(MunicipalSupportStatus),
    "municipal_support_action": lambda: members(MunicipalSupportAction),
    "municipal_support_review_decision": _municipal_review_decisions,
    "policy_status": lambda: literal_values(PolicyVersionCreate.model_fields["status"].annotation),
    "rule_kind": lambda: set(kinds.RULE_KINDS),
    "rd_category": lambda: literal_values(RdCategory),
    "jurisdiction": lambda: {CITY, *DISTRICT_CODES},
}


def test_every_labelled_enum_is_checked_here() -> None:
    assert set(ENUM_LABELS) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_value_of_the_enum_has_a_zh_and_an_en_label(name: str) -> None:
    assert set(ENUM_LABELS[name]) == EXPECTED[name]()
    for zh, en in ENUM_LABELS[name].values():
        assert zh.strip()
        assert en.strip()
        assert zh != en
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), zh


def test_values_used_elsewhere_in_the_code_are_labelled_too() -> None:
    """The same enums as seen by other parts of the API agree with the labelled ones."""
    assert literal_values(first_set_rule.Catalogue) == set(ENUM_LABELS["recognition_catalogue"])
    assert literal_values(platform_rule.PlatformKind) == set(ENUM_LABELS["platform_kind"])
    assert literal_values(kinds.RdCategory) == set(ENUM_LABELS["rd_category"])
    assert literal_values(ActionIn.model_fields["option"].annotation) == set(ENUM_LABELS["option_type"])
    assert {ledger.ALLOCATE, ledger.COMMIT, ledger.RELEASE, ledger.DISBURSE} == set(
        ENUM_LABELS["budget_movement_kind"]
    )
    assert {DRAFT, PUBLISHED} == set(ENUM_LABELS["policy_status"])
    assert literal_values(CaseQuery.model_fields["tier"].annotation) == set(ENUM_LABELS["tier"])
    # A priced line's status is one of the case statuses.
    assert literal_values(upgrade_support.Status) <= set(ENUM_LABELS["support_case_status"])


async def test_the_enums_endpoint_serves_every_label_without_a_token() -> None:
    transport = httpx.ASGITransport(app=build_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/api/v1/meta/enums")
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == set(ENUM_LABELS)
    for name, values in ENUM_LABELS.items():
        assert body[name] == [{"value": str(v), "zh": zh, "en": en} for v, (zh, en) in values.items()]
    assert {"value": "angel", "zh": "广州天使母基金", "en": "Guangzhou angel fund of funds"} in body[
        "guide_fund"
    ]
