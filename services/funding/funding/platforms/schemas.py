"""Request and response bodies of the platforms API."""

import datetime as dt
import enum
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from funding.support_cases.schemas import SupportCaseOut
from shared.money import Money
from shared.text import NonBlank


class PlatformKind(enum.StrEnum):
    CONCEPT_VERIFICATION = "concept_verification"
    PILOT_PLATFORM = "pilot_platform"


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "platform_kind": {
        PlatformKind.CONCEPT_VERIFICATION: ("概念验证中心", "Concept-verification center"),
        PlatformKind.PILOT_PLATFORM: ("中试平台", "Pilot platform"),
    },
    "platform_subsidy_status": {
        "evaluated": ("已核定", "Evaluated"),
        "ineligible": ("不符合条件", "Ineligible"),
        "needs_review": ("待人工审核", "Needs review"),
    },
}

Count = Annotated[int, Field(ge=0, le=1_000_000_000, strict=True)]


class PlatformCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "concept_verification",
                    "name": "广州具身智能概念验证中心",
                    "center_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "description": "面向人形机器人关键部件的概念验证服务",
                }
            ]
        },
    )

    kind: PlatformKind
    name: NonBlank = Field(max_length=200)
    center_id: uuid.UUID = Field(description="the center that leads the platform (牵头设立)")
    description: str | None = Field(default=None, max_length=4000)
    project_approved_on: dt.date | None = Field(
        default=None, description="date selected on merit (择优立项); a municipal admin only"
    )


class ProjectApproval(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"approved_on": "2026-03-01"}]})

    approved_on: dt.date


class PlatformOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: PlatformKind
    name: str
    center_id: uuid.UUID
    description: str | None
    project_approved_on: dt.date | None
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime


class ResultsCreate(BaseModel):
    """A year's operating results; revenue may be absent (then a formula needing it asks a person)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "year": 2025,
                    "services_delivered": 40,
                    "projects_verified": 6,
                    "projects_commercialized": 1,
                    "external_clients": 3,
                    "revenue": "1200000.00",
                }
            ]
        },
    )

    year: int = Field(ge=2000, le=2100)
    services_delivered: Count = Field(description="services delivered to enterprises (服务次数)")
    projects_verified: Count = Field(description="concept-verification or pilot projects completed")
    projects_commercialized: Count = Field(
        description="projects taken to commercial development (商业化开发)"
    )
    external_clients: Count = Field(description="distinct outside organizations served")
    revenue: Money | None = Field(default=None, description="service revenue of the year")


class ResultsOut(BaseModel):
    id: uuid.UUID
    platform_id: uuid.UUID
    year: int
    services_delivered: int
    projects_verified: int
    projects_commercialized: int
    external_clients: int
    revenue: Money | None
    reported_by: str
    created_at: dt.datetime
    support_case: SupportCaseOut | None = Field(
        description="the case that prices the year's subsidy and pays it (the support-case workflow)"
    )
