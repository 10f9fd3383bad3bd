"""Request and response bodies of the centers API."""

import datetime as dt
import enum
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.money import Money
from shared.text import NonBlank


class Mode(enum.StrEnum):
    CORPORATE_ALLIANCE = "corporate_alliance"  # 企业法人+联盟 (四(一))
    SELF_BUILT = "self_built"  # 自主建设模式 (四(二))


class OrganizationType(enum.StrEnum):
    ENTERPRISE = "enterprise"
    RESEARCH_INSTITUTE = "research_institute"
    UNIVERSITY = "university"
    SOCIAL_ORGANIZATION = "social_organization"


class LeadOrganizationIn(BaseModel):
    name: NonBlank = Field(max_length=200)
    uscc: str = Field(max_length=40, description="统一社会信用代码, 18 characters (GB 32100-2015)")
    type: OrganizationType


class CenterCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "广州市具身智能创新中心",
                    "mode": "corporate_alliance",
                    "cluster_code": "embodied_ai",
                    "sub_sector": "人形机器人",
                    "district": "huangpu",
                    "lead_organization": {
                        "name": "广州具身智能科技有限公司",
                        "uscc": "91440101MA5CL0K1X5",
                        "type": "enterprise",
                    },
                }
            ]
        },
    )

    name: NonBlank = Field(max_length=200)
    mode: Mode
    cluster_code: NonBlank = Field(max_length=80)
    sub_sector: NonBlank = Field(
        max_length=200,
        description="细分行业领域: a listed sub-sector's code or zh/en name links the center to it; "
        "other text is accepted and marked unlisted",
    )
    district: NonBlank = Field(max_length=40)
    lead_organization: LeadOrganizationIn = Field(
        description="牵头单位: found by its USCC or registered, and made the center's one lead member "
        "(for a self-built center, its innovator under 四(二)); a name or type other than the "
        "registered one for the same USCC is refused"
    )
    override_justification: NonBlank | None = Field(
        default=None,
        max_length=4000,
        description="municipal admin only: why a second center in an occupied sub-sector (`二`)",
    )


class CenterPatch(BaseModel):
    """Fields a PATCH may change; status and tier change only through actions and upgrades."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"name": "广州市具身智能制造业创新中心", "sub_sector": "人形机器人整机"}]
        },
    )

    name: NonBlank | None = Field(default=None, max_length=200)
    mode: Mode | None = None
    cluster_code: NonBlank | None = Field(default=None, max_length=80)
    sub_sector: NonBlank | None = Field(default=None, max_length=200)
    district: NonBlank | None = Field(default=None, max_length=40)
    lead_organization: LeadOrganizationIn | None = Field(
        default=None, description="a new lead: found by USCC or registered; it replaces the lead member"
    )
    override_justification: NonBlank | None = Field(default=None, max_length=4000)


class LeadOrganizationOut(BaseModel):
    id: uuid.UUID = Field(description="the registered organization, the center's one lead member")
    name: str
    uscc: str
    type: str


class CenterOut(BaseModel):
    id: uuid.UUID
    name: str
    mode: str
    cluster_code: str
    sub_sector: str = Field(description="as sent")
    sub_sector_code: str | None = Field(
        description="the listed sub-sector the text names (code or zh/en name); null when unlisted"
    )
    sub_sector_listed: bool = Field(
        description="false: the sub-sector is not in the catalogue; a municipal admin lists it or "
        "re-maps the center"
    )
    district: str
    lead_organization: LeadOrganizationOut
    status: str
    tier: str
    override_justification: str | None = None
    override_by: str | None = None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class ActionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"comment": "材料齐全，同意提交区级推荐"}]}
    )

    comment: str | None = Field(default=None, max_length=4000)


class UpgradeCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "to_tier": "provincial",
                    "approved_on": "2026-06-30",
                    "approving_authority": "广东省工业和信息化厅",
                    "document_no": "粤工信创新函〔2026〕15号",
                    "total_share_capital": "50000000.00",
                    "paid_in_capital": "30000000.00",
                    "requires_matching_funds": True,
                }
            ]
        },
    )

    to_tier: Literal["provincial", "national"]
    approved_on: dt.date
    approving_authority: str | None = Field(default=None, max_length=200)
    document_no: NonBlank = Field(max_length=200)
    total_share_capital: Money = Field(description="项目总股本, decimal yuan")
    paid_in_capital: Money | None = Field(default=None, description="实缴注册资本, decimal yuan")
    requires_matching_funds: bool = Field(description="国家/省规定须地方配套")


class UpgradeOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    from_tier: str
    to_tier: str
    approved_on: dt.date
    approving_authority: str | None
    document_no: str
    total_share_capital: Money
    paid_in_capital: Money | None
    requires_matching_funds: bool
    created_at: dt.datetime
    center: CenterOut


class ActionOut(BaseModel):
    """One entry of a center's history."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    action: str
    from_status: str
    to_status: str
    actor: str
    actor_role: str
    comment: str | None
    created_at: dt.datetime
    documents: list[uuid.UUID] = Field(default=[], description="ids of the documents attached to the action")
    closed_evaluations: list[uuid.UUID] = Field(
        default=[], description="revoke: the annual evaluations it closed (closed_by_revocation)"
    )
