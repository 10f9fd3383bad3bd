"""Request and response bodies of the municipal support API."""

import datetime as dt
import enum
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.money import Money
from shared.text import NonBlank


class SupportType(enum.StrEnum):
    PROJECT = "project"
    FUNDING = "funding"
    FINANCING = "financing"


class Status(enum.StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    AWARDED = "awarded"
    DISBURSED = "disbursed"
    CLOSED = "closed"


class Action(enum.StrEnum):
    REVIEW = "review"
    AWARD = "award"
    DISBURSE = "disburse"
    CLOSE = "close"
    WITHDRAW = "withdraw"


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "municipal_support_type": {
        SupportType.PROJECT: ("项目支持", "Project support"),
        SupportType.FUNDING: ("资金支持", "Funding support"),
        SupportType.FINANCING: ("融资支持", "Financing support"),
    },
    "municipal_support_status": {
        Status.SUBMITTED: ("已申请", "Submitted"),
        Status.APPROVED: ("审核通过", "Approved"),
        Status.REJECTED: ("未通过", "Rejected"),
        Status.WITHDRAWN: ("已撤回", "Withdrawn"),
        Status.AWARDED: ("已核定金额", "Awarded"),
        Status.DISBURSED: ("已拨付", "Disbursed"),
        Status.CLOSED: ("已办结", "Closed"),
    },
}


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    center_id: uuid.UUID
    support_type: SupportType
    title: NonBlank = Field(max_length=200)
    description: NonBlank = Field(max_length=8000, description="建设情况 and what the support is for")
    requested_amount: Money | None = None


class ActionRequest(BaseModel):
    """The fields an action needs: review {decision, comment}; award {amount, budget_year};
    disburse {voucher_no, amount, paid_on}; close and withdraw {comment}."""

    model_config = ConfigDict(extra="forbid")

    decision: str | None = Field(default=None, description="review: approve or reject")
    comment: str | None = Field(default=None, max_length=4000)
    amount: Money | None = None
    budget_year: int | None = Field(default=None, ge=2000, le=2100)
    voucher_no: NonBlank | None = Field(default=None, max_length=100)
    paid_on: dt.date | None = None


class DisbursementOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    voucher_no: str
    amount: Money
    paid_on: dt.date
    actor: str
    created_at: dt.datetime


class TransitionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: str
    from_status: str | None
    to_status: str
    amount: Money | None
    comment: str | None
    actor: str
    actor_role: str
    created_at: dt.datetime


class ApplicationOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    support_type: SupportType
    title: str
    description: str
    requested_amount: Money | None
    status: Status
    awarded_amount: Money | None
    budget_year: int | None
    disbursed_amount: Money
    released_amount: Money
    outstanding_amount: Money = Field(description="awarded − disbursed − released")
    disbursements: list[DisbursementOut]
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
