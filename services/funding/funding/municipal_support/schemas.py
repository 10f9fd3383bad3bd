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


class MunicipalSupportStatus(enum.StrEnum):
    """An application's own status. A monetary application stays ``submitted`` (or is
    ``withdrawn``): its support case carries the review, the approvals and the payments."""

    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


class MunicipalSupportAction(enum.StrEnum):
    REVIEW = "review"  # without money only
    CLOSE = "close"  # without money only
    WITHDRAW = "withdraw"


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "municipal_support_type": {
        SupportType.PROJECT: ("项目支持", "Project support"),
        SupportType.FUNDING: ("资金支持", "Funding support"),
        SupportType.FINANCING: ("融资支持", "Financing support"),
    },
    "municipal_support_status": {
        MunicipalSupportStatus.SUBMITTED: ("已申请", "Submitted"),
        MunicipalSupportStatus.APPROVED: ("审核通过", "Approved"),
        MunicipalSupportStatus.REJECTED: ("未通过", "Rejected"),
        MunicipalSupportStatus.WITHDRAWN: ("已撤回", "Withdrawn"),
        MunicipalSupportStatus.CLOSED: ("已办结", "Closed"),
    },
}


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "center_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "support_type": "funding",
                    "title": "中试线建设资金支持",
                    "description": "已完成筹建，中试线设备采购中",
                    "requested_amount": "2000000.00",
                }
            ]
        },
    )

    center_id: uuid.UUID
    support_type: SupportType
    title: NonBlank = Field(max_length=200)
    description: NonBlank = Field(max_length=8000, description="建设情况 and what the support is for")
    requested_amount: Money | None = Field(
        default=None,
        description="yuan asked for: opens a support case that the bureau decides (at most this "
        "much, unless a second reviewer agrees); none for support without money",
    )


class ActionRequest(BaseModel):
    """review {decision, comment} and close {comment} of an application without money; withdraw
    {comment}. The money of a monetary application moves by its support case's actions."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"decision": "approve", "comment": "符合市级支持条件，同意支持"}]},
    )

    decision: str | None = Field(default=None, description="review: approve or reject")
    comment: str | None = Field(default=None, max_length=4000)


class MunicipalSupportTransitionOut(BaseModel):
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
    status: MunicipalSupportStatus
    support_case_id: uuid.UUID | None = Field(
        description="the support case that decides and pays it (GET /api/v1/support-cases/{id})"
    )
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
