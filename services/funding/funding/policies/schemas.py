import datetime as dt
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.money import Money

CODE_PATTERN = r"^[a-z][a-z0-9_]{1,79}$"


class PolicyVersionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    policy_code: str
    version: int
    effective_from: dt.date
    effective_to: dt.date | None
    rule_kind: str
    parameters: dict[str, Any]
    clause: str
    source: str
    provisional: bool
    status: str
    created_by: str
    published_by: str | None
    published_at: dt.datetime | None
    publish_trace: list[dict[str, Any]] | None
    created_at: dt.datetime


class PolicyOut(BaseModel):
    code: str
    title: str
    clause: str
    source: str
    jurisdiction: str
    created_by: str
    created_at: dt.datetime
    versions: list[PolicyVersionOut]


class PolicyCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "huangpu_upgrade_support",
                    "title": "黄埔区制造业创新中心升级奖励",
                    "clause": "五(八)",
                    "source": "《广州市黄埔区促进制造业创新中心建设若干措施》第三条",
                    "jurisdiction": "huangpu",
                }
            ]
        },
    )

    code: str = Field(pattern=CODE_PATTERN, description="snake_case, e.g. huangpu_upgrade_support")
    title: str = Field(min_length=1, max_length=300)
    clause: str = Field(min_length=1, max_length=80, description="work-plan clause, e.g. 五(八)")
    source: str = Field(min_length=1, max_length=4000, description="the legal source of the rule")
    jurisdiction: str = Field(
        default="city", min_length=1, max_length=40, description="city, or a district code"
    )


class PolicyVersionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "effective_from": "2027-01-01",
                    "rule_kind": "rd_super_deduction",
                    "parameters": {
                        "rates": {
                            "general": {"extra_rate": "1.00", "basis": "财政部 税务总局公告2023年第7号"}
                        }
                    },
                    "clause": "五(二)",
                    "source": "财政部 税务总局公告2023年第7号",
                    "status": "draft",
                }
            ]
        },
    )

    effective_from: dt.date
    effective_to: dt.date | None = None
    rule_kind: str = Field(min_length=1, max_length=80)
    parameters: dict[str, Any]
    clause: str | None = Field(default=None, min_length=1, max_length=80, description="default: the policy's")
    source: str | None = Field(
        default=None, min_length=1, max_length=4000, description="default: the policy's"
    )
    provisional: bool = Field(
        default=False,
        description="its figures are not in the work plan or a source document yet: every case it "
        "prices goes to needs_review, for a person to confirm before approval",
    )
    status: Literal["draft", "published"] = Field(
        default="draft", description="draft (simulate first), or published at once"
    )


class SimulatedOption(BaseModel):
    type: str
    amount: Money


class Outcome(BaseModel):
    """What one version gives for one case; ``source`` says whether it was stored or computed now."""

    source: Literal["stored", "recomputed", "simulated", "no_version_in_force"]
    policy_version: int | None
    status: str
    options: list[SimulatedOption]
    reason: str | None = None
    trace: list[dict[str, Any]] | None = None


class SimulatedCase(BaseModel):
    case_id: uuid.UUID
    center_id: uuid.UUID
    tier: str
    triggered_on: dt.date = Field(
        description="the fact's date: an upgrade's approval, the end of a results year, a recognition"
    )
    in_window: bool = Field(description="the triggering date falls in the simulated version's dates")
    current: Outcome
    simulated: Outcome
    difference: dict[str, str] = Field(description="simulated − current per option type (signed yuan)")


class OptionTotals(BaseModel):
    current: Money
    simulated: Money
    difference: str = Field(description="simulated − current (signed yuan)")


class SimulationOut(BaseModel):
    policy_code: str
    version: int
    status: str
    rule_kind: str
    effective_from: dt.date
    effective_to: dt.date | None
    cases: list[SimulatedCase]
    totals: dict[str, OptionTotals] = Field(description="per option type, summed over the cases")
    status_counts: dict[str, dict[str, int]] = Field(description="current and simulated case statuses")
    written: Literal[False] = False
    note: str
