"""Request and response bodies of center members and center governance."""

import datetime as dt
import enum
import uuid
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

from registry.organizations.schemas import OrganizationOut
from shared.money import Money, parse_exact_decimal
from shared.text import NonBlank
from shared.validation_zh import ZhValueError


class MemberRole(enum.StrEnum):
    LEAD = "lead"  # 牵头单位
    SHAREHOLDER = "shareholder"  # 股东
    MEMBER = "member"  # 成员单位 / 共建单位
    ALLIANCE_MEMBER = "alliance_member"  # 联盟成员


class DecisionCategory(enum.StrEnum):
    """Who sits on the decision body (决策机构, `四(一)1`)."""

    MEMBER_UNIT_REP = "member_unit_rep"  # 成员单位代表
    INDUSTRY_FIGURE = "industry_figure"  # 产业界人士
    ST_FIGURE = "st_figure"  # 科技界人士


class ExpertField(enum.StrEnum):
    """Where a technical expert committee member comes from (技术专家委员会, `四(一)2`)."""

    ACADEMIA = "academia"  # 学术界
    INDUSTRY = "industry"  # 产业界


PERCENT_PLACES = Decimal("0.0001")


def parse_percent(value: Any) -> Decimal:
    """A share in percent, above 0 and at most 100; decimal strings or integers, never floats."""
    amount = parse_exact_decimal(value, what="a share ratio", example="35.5")
    if amount <= 0 or amount > 100:
        raise ZhValueError(
            "a share ratio is a percentage above 0 and at most 100", "分成比例应大于 0 且不超过 100（百分比）"
        )
    if amount != amount.quantize(PERCENT_PLACES):
        raise ZhValueError("a share ratio has at most four decimal places", "分成比例最多四位小数")
    return amount


Percent = Annotated[
    Decimal,
    BeforeValidator(parse_percent),
    PlainSerializer(lambda d: f"{d:f}", return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,3}(\.\d{1,4})?$", "examples": ["35.5"]}),
]
Uscc = Annotated[str, Field(max_length=40, description="统一社会信用代码, 18 characters (GB 32100-2015)")]


# Members.


class MemberCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"organization_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11", "role": "shareholder"}]
        },
    )

    organization_id: uuid.UUID
    role: MemberRole


class MemberOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    role: str
    organization: OrganizationOut
    created_at: dt.datetime


# Governance (`四(一)`). Every part is optional: a partial governance is saved while it is assembled.


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Shareholder(_Part):
    name: NonBlank = Field(max_length=200)
    uscc: Uscc | None = None
    share_ratio: Percent | None = Field(default=None, description="持股比例, percent (0, 100]")


class LegalEntity(_Part):
    """The center's company (企业法人)."""

    name: NonBlank = Field(max_length=200)
    uscc: Uscc | None = None
    registered_capital: Money | None = Field(default=None, description="注册资本, decimal yuan")
    shareholders: list[Shareholder] = Field(default_factory=list, max_length=500)


class DecisionBodyMember(_Part):
    name: NonBlank = Field(max_length=200)
    category: DecisionCategory
    affiliation: NonBlank = Field(max_length=200)


class DecisionBody(_Part):
    members: list[DecisionBodyMember] = Field(default_factory=list, max_length=500)


class CommitteeMember(_Part):
    name: NonBlank = Field(max_length=200)
    field: ExpertField
    affiliation: NonBlank = Field(max_length=200)


class TechnicalCommittee(_Part):
    members: list[CommitteeMember] = Field(default_factory=list, max_length=500)


class MemberUnit(_Part):
    name: NonBlank = Field(max_length=200)
    uscc: Uscc | None = None


class Alliance(_Part):
    """The industry alliance (产业联盟, `四(一)3`) and its member units."""

    name: NonBlank = Field(max_length=200)
    member_units: list[MemberUnit] = Field(default_factory=list, max_length=5000)


class GovernanceDocument(_Part):
    """The body of ``PUT /centers/{id}/governance``, also what is stored and published."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "legal_entity": {
                        "name": "广州具身智能创新中心有限公司",
                        "uscc": "91350100M000100Y43",
                        "registered_capital": "50000000.00",
                        "shareholders": [
                            {
                                "name": "广州具身智能科技有限公司",
                                "uscc": "91440101MA5CL0K1X5",
                                "share_ratio": "35.5",
                            }
                        ],
                    },
                    "decision_body": {
                        "members": [
                            {
                                "name": "王建国",
                                "category": "member_unit_rep",
                                "affiliation": "广州具身智能科技有限公司",
                            }
                        ]
                    },
                    "technical_committee": {
                        "members": [{"name": "李明", "field": "academia", "affiliation": "华南理工大学"}]
                    },
                    "alliance": {
                        "name": "广州具身智能产业联盟",
                        "member_units": [{"name": "广州具身智能科技有限公司", "uscc": "91440101MA5CL0K1X5"}],
                    },
                }
            ]
        }
    )

    legal_entity: LegalEntity | None = None
    decision_body: DecisionBody | None = None
    technical_committee: TechnicalCommittee | None = None
    alliance: Alliance | None = None


class Gap(BaseModel):
    field: str
    message: str


class GovernanceOut(GovernanceDocument):
    """The center's current governance; ``version`` 0 means none has been saved yet."""

    # The request's example is not one of a response (it has no center_id, version or gaps).
    model_config = ConfigDict(json_schema_extra=None)

    center_id: uuid.UUID
    mode: str
    version: int
    updated_at: dt.datetime | None
    updated_by: str | None
    gaps: list[Gap] = Field(description="what approval still lacks (DESIGN 2), empty when complete")
