"""The services of `五(七)`, what a level may be entitled to, and the entitlements API's bodies."""

from __future__ import annotations

import datetime as dt
import enum
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.text import NonBlank
from talent.talents.schemas import Level

CLAUSE = "五(七)"


class ServiceKind(enum.StrEnum):
    """住房、医疗保健、教育服务 (`五(七)`); education is the children's schooling of the talent."""

    HOUSING = "housing"
    HEALTHCARE = "healthcare"
    CHILDREN_EDUCATION = "children_education"


class Entitlement(enum.StrEnum):
    """``review``: the plan does not say, so a talent officer confirms it when accepting."""

    ENTITLED = "entitled"
    NOT_ENTITLED = "not_entitled"
    REVIEW = "review"


KIND_LABELS: dict[ServiceKind, tuple[str, str]] = {
    ServiceKind.HOUSING: ("住房", "housing"),
    ServiceKind.HEALTHCARE: ("医疗保健", "healthcare"),
    ServiceKind.CHILDREN_EDUCATION: ("子女教育", "children's education"),
}
ENTITLEMENT_LABELS: dict[Entitlement, tuple[str, str]] = {
    Entitlement.ENTITLED: ("享受", "entitled"),
    Entitlement.NOT_ENTITLED: ("不享受", "not entitled"),
    Entitlement.REVIEW: ("待人工确认", "to be confirmed by a talent officer"),
}


class EntitlementRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: Level
    kind: ServiceKind
    entitlement: Entitlement


class EntitlementVersionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "effective_from": "2027-01-01",
                    "clause": CLAUSE,
                    "note": "学术带头人纳入住房保障（市人才工作领导小组决定）",
                    "rows": [
                        {"level": level.value, "kind": kind.value, "entitlement": "entitled"}
                        for level in Level
                        for kind in ServiceKind
                    ],
                }
            ]
        },
    )

    effective_from: dt.date = Field(description="China's calendar day it takes effect; today or later")
    clause: NonBlank = Field(default=CLAUSE, max_length=80, description="the work-plan clause it applies")
    note: NonBlank = Field(max_length=2000, description="why this version: what changed and on whose word")
    rows: list[EntitlementRow] = Field(description="every talent level × service, each exactly once")


class EntitlementVersionOut(BaseModel):
    id: uuid.UUID
    version: int
    effective_from: dt.date
    clause: str
    note: str
    published_by: str
    published_at: dt.datetime
    rows: list[EntitlementRow]
