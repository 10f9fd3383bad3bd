"""Request and response bodies of the service-requests API, and the zh/en labels of its enums."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.text import NonBlank
from talent.entitlements.schemas import Entitlement, ServiceKind
from talent.service_requests.workflow import SUBMIT, RefusalReason, ServiceRequestAction, ServiceRequestStatus

SERVICE_REQUEST_STATUS_LABELS: dict[ServiceRequestStatus, tuple[str, str]] = {
    ServiceRequestStatus.SUBMITTED: ("已提交", "submitted"),
    ServiceRequestStatus.ACCEPTED: ("已受理", "accepted"),
    ServiceRequestStatus.FULFILLED: ("已落实", "fulfilled"),
    ServiceRequestStatus.REFUSED: ("不予支持", "refused"),
}
STEP_LABELS: dict[str, tuple[str, str]] = {
    SUBMIT: ("提交", "submit"),
    ServiceRequestAction.ACCEPT: ("受理", "accept"),
    ServiceRequestAction.FULFIL: ("落实", "fulfil"),
    ServiceRequestAction.REFUSE: ("不予支持", "refuse"),
}
REFUSAL_LABELS: dict[RefusalReason, tuple[str, str]] = {
    RefusalReason.NOT_ENTITLED: ("不在保障范围内", "not entitled by the entitlements in force"),
    RefusalReason.REFUSED_BY_OFFICER: ("人才工作专员决定不予支持", "refused by a talent officer"),
}


class ServiceRequestCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "talent_id": "5f0c2a8e-3b1d-4c7e-9a2f-1e6d8b4c0a93",
                    "kind": "housing",
                    "details": "申请人才公寓一套，2025年9月起入住",
                }
            ]
        },
    )

    talent_id: uuid.UUID
    kind: ServiceKind
    details: NonBlank = Field(
        max_length=4000, description="what is asked for; may hold personal matters, so it is in no event"
    )


class ServiceRequestActionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"note": "经核实，该学术带头人符合住房保障条件"}]}
    )

    note: NonBlank | None = Field(
        default=None,
        max_length=2000,
        description="refuse: the reason (required); accept of an entitlement under review: the written "
        "confirmation (required); otherwise optional",
    )


class ServiceRequestOut(BaseModel):
    id: uuid.UUID
    talent_id: uuid.UUID
    center_id: uuid.UUID
    kind: ServiceKind
    details: str
    status: ServiceRequestStatus
    entitlement: Entitlement
    entitlement_version: int = Field(description="the entitlement version in force on requested_on")
    entitlement_to_confirm: bool = Field(
        description="the entitlement is under review: accepting needs a talent officer's written note"
    )
    requested_on: dt.date = Field(description="China's calendar day of the request")
    refusal_reason: RefusalReason | None
    refusal_detail_zh: str | None
    refusal_detail_en: str | None
    fulfilled_on: dt.date | None
    allowed_actions: list[ServiceRequestAction]
    version: int
    requested_by: str
    created_at: dt.datetime
    updated_at: dt.datetime


class ServiceRequestStepOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: str = Field(description=f"{SUBMIT}, or the action taken")
    from_status: ServiceRequestStatus | None
    to_status: ServiceRequestStatus
    note: str | None
    acted_by: str
    acted_as: str = Field(description="the role it was taken in")
    acted_at: dt.datetime
