import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.money import Money

OptionType = Literal["grant", "equity"]


class OptionOut(BaseModel):
    type: str
    amount: Money


class PolicyRef(BaseModel):
    code: str
    version: int
    clause: str


class LinePolicyRef(BaseModel):
    code: str
    version: int | None = Field(description="null when a person set the amounts without a version in force")
    clause: str


class LineOut(BaseModel):
    """One priced line: the city's rule or a district supplement (五(八)), with its own budget category."""

    policy: LinePolicyRef
    jurisdiction: str
    category: str
    status: str
    options: list[OptionOut]
    reason: str | None
    trace: list[dict[str, Any]]
    selected_option: str | None
    approved_amount: Money | None
    disbursed_amount: Money


class SupportCaseOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    kind: str = Field(
        description="the programme: upgrade_support, municipal_support, platform_subsidy, first_set_subsidy"
    )
    tier: str = Field(description="an upgrade's tier; else the center's tier when the case opened")
    status: str
    requested_amount: Money | None = Field(description="what the center asked for (an application)")
    options: list[OptionOut]
    reason: str | None
    policy: PolicyRef | None
    inputs: dict[str, Any]
    trace: list[dict[str, Any]]
    lines: list[LineOut]
    selected_option: str | None
    resolved_by: str | None = Field(description="who decided the amounts of a review: may not approve")
    resolution_proposed_by: str | None = Field(
        description="who proposed amounts above the request or the rule's cap: a second reviewer applies them"
    )
    proposed_resolution: dict[str, Any] | None = Field(description="the proposal awaiting a second reviewer")
    approved_amount: Money | None
    disbursed_amount: Money
    budget_year: int | None
    first_approved_by: str | None
    approved_by: str | None
    approved_at: dt.datetime | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class OptionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: OptionType
    amount: Money


class ResolvedLine(BaseModel):
    """What a person decides to pay on one line (an existing line, or a new one of a known policy)."""

    model_config = ConfigDict(extra="forbid")

    policy_code: Annotated[str, Field(min_length=1, max_length=80)]
    options: Annotated[list[OptionIn], Field(min_length=1, max_length=2)]


Text = Annotated[str, Field(min_length=1, max_length=2000)]


class ActionIn(BaseModel):
    """The body of an action; each action reads its own fields (see the summary of the route)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"option": "grant", "comment": "选择无偿资助方式"}]}
    )

    comment: Text | None = None
    # select_option
    option: OptionType | None = None
    line_options: dict[str, OptionType] | None = Field(
        default=None, description="per line (policy code) when a line does not offer `option`"
    )
    # disburse
    voucher_no: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    amount: Money | None = None
    paid_on: dt.date | None = None
    # resolve
    decision: Literal["pay", "ineligible"] | None = None
    justification: Text | None = None
    lines: list[ResolvedLine] | None = None


class SupportCaseTransitionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    action: str
    from_status: str
    to_status: str
    actor: str
    actor_role: str
    comment: str | None
    details: dict[str, Any]
    created_at: dt.datetime


class DisbursementOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    voucher_no: str
    amount: Money
    paid_on: dt.date
    allocations: list[dict[str, Any]]
    recorded_by: str
    created_at: dt.datetime
