"""Request and response bodies of the offerings API, and the zh/en labels of its enums."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from scenarios.offerings.workflow import MaturityLevel, OfferingAction, OfferingStatus, WithdrawalReason
from scenarios.tags import Tags, each_once
from shared.reference import ClusterCode
from shared.text import NonBlank

OFFERING_STATUS_LABELS: dict[OfferingStatus, tuple[str, str]] = {
    OfferingStatus.ACTIVE: ("可对接", "open for matching"),
    OfferingStatus.WITHDRAWN: ("已撤回", "withdrawn"),
}
OFFERING_ACTION_LABELS: dict[OfferingAction, tuple[str, str]] = {
    OfferingAction.WITHDRAW: ("撤回", "withdraw"),
    OfferingAction.REACTIVATE: ("重新开放对接", "reactivate"),
}
WITHDRAWAL_REASON_LABELS: dict[WithdrawalReason, tuple[str, str]] = {
    WithdrawalReason.REQUESTED: ("主动撤回", "withdrawn by the center or the city"),
    WithdrawalReason.CENTER_REVOKED: ("创新中心已被撤销", "the center was revoked in registry"),
}
MATURITY_LEVEL_LABELS: dict[MaturityLevel, tuple[str, str]] = {
    MaturityLevel.PROTOTYPE: ("原型样机", "prototype"),
    MaturityLevel.PILOT_READY: ("具备试点验证条件", "ready for a pilot"),
    MaturityLevel.SMALL_BATCH: ("小批量试产", "small-batch production"),
    MaturityLevel.MASS_PRODUCTION: ("规模化量产", "mass production"),
}

Certification = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Certifications = Annotated[list[Certification], AfterValidator(each_once), Field(max_length=20)]


class OfferingCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "center_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "name": "车路协同路侧感知单元",
                    "description": "融合毫米波雷达与视觉的路侧感知设备，支持L4级自动驾驶车路协同。",
                    "cluster_code": "intelligent_connected_nev",
                    "tags": ["车路协同", "路侧感知"],
                    "maturity_level": "pilot_ready",
                    "certifications": ["CCC", "ISO 26262 ASIL-B"],
                }
            ]
        },
    )

    center_id: uuid.UUID
    name: NonBlank = Field(max_length=200)
    description: NonBlank = Field(max_length=10000)
    cluster_code: ClusterCode = Field(description="one of registry's industries (GET /api/v1/industries)")
    tags: Tags = Field(default_factory=list, description="at most 20, each once")
    maturity_level: MaturityLevel
    certifications: Certifications = Field(
        default_factory=list, description="certificates and recognitions held"
    )


class OfferingPatch(BaseModel):
    """Any of an offering's fields but its center; one left out stays (none may be set to null)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"maturity_level": "small_batch"}]}
    )

    name: NonBlank | None = Field(default=None, max_length=200)
    description: NonBlank | None = Field(default=None, max_length=10000)
    cluster_code: ClusterCode | None = None
    tags: Tags | None = None
    maturity_level: MaturityLevel | None = None
    certifications: Certifications | None = None


class OfferingActionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"comment": "产品升级换代，暂停对接"}]}
    )

    comment: NonBlank | None = Field(default=None, max_length=2000, description="kept in the history")


class OfferingOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    name: str
    description: str
    cluster_code: str
    tags: list[str]
    maturity_level: MaturityLevel
    certifications: list[str]
    status: OfferingStatus = Field(description="active: open for matching")
    withdrawal_reason: WithdrawalReason | None
    allowed_actions: list[OfferingAction]
    version: int
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
