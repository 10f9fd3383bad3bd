"""Request and response bodies of talent-programme applications."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.text import NonBlank
from talent.applications.workflow import ApplicationAction, ApplicationStatus
from talent.programmes.schemas import ProgrammeLevel

APPLICATION_STATUS_LABELS: dict[ApplicationStatus, tuple[str, str]] = {
    ApplicationStatus.DRAFT: ("草稿", "draft"),
    ApplicationStatus.RECOMMENDED: ("中心已推荐", "recommended by the center"),
    ApplicationStatus.SUBMITTED: ("已报送", "submitted to the programme"),
    ApplicationStatus.AWARDED: ("已入选", "awarded"),
    ApplicationStatus.REJECTED: ("未入选", "rejected"),
}
APPLICATION_ACTION_LABELS: dict[ApplicationAction, tuple[str, str]] = {
    ApplicationAction.RECOMMEND: ("中心推荐", "recommend"),
    ApplicationAction.SUBMIT: ("报送", "submit"),
    ApplicationAction.AWARD: ("确认入选", "award"),
    ApplicationAction.REJECT: ("不予入选", "reject"),
}


class ApplicationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "talent_id": "5f0c2a9e-1d3b-4c7a-9e8f-0a1b2c3d4e5f",
                    "round_id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                    "recommendation": "该同志长期从事工业机器人控制系统研发，推荐申报。",
                }
            ]
        },
    )

    talent_id: uuid.UUID
    round_id: uuid.UUID
    recommendation: NonBlank = Field(max_length=4000, description="the center's recommendation (推荐意见)")


class ActionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"note": "经市级评审，同意报送"}]}
    )

    note: NonBlank | None = Field(default=None, max_length=2000, description="kept in the history")


class StepOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    action: ApplicationAction
    from_status: ApplicationStatus
    to_status: ApplicationStatus
    note: str | None
    acted_by: str
    acted_by_role: str
    acted_at: dt.datetime


class ApplicationOut(BaseModel):
    id: uuid.UUID
    talent_id: uuid.UUID
    center_id: uuid.UUID
    round_id: uuid.UUID
    programme_id: uuid.UUID
    programme_code: str
    programme_level: ProgrammeLevel
    round_year: int
    deadline: dt.date = Field(description="the round's last day (China) to apply, recommend and submit")
    status: ApplicationStatus
    recommendation: str
    awarded_on: dt.date | None
    version: int
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
    history: list[StepOut] = Field(description="every action taken, oldest first")
