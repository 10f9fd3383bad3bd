"""Request and response bodies of the pilots API, and the zh/en labels of its enums."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

from scenarios.pilots.workflow import EvidenceKind, Milestone, PilotOutcome, PilotStatus
from shared.text import NonBlank
from shared.validation_zh import ZhValueError

PILOT_STATUS_LABELS: dict[PilotStatus, tuple[str, str]] = {
    PilotStatus.RUNNING: ("试点中", "running"),
    PilotStatus.COMPLETED: ("试点已结束", "completed"),
}
MILESTONE_LABELS: dict[Milestone, tuple[str, str]] = {
    Milestone.VERIFICATION: ("验证", "verification"),
    Milestone.ITERATION: ("迭代", "iteration"),
    Milestone.DEMONSTRATION: ("示范推广", "demonstration and promotion"),
}
PILOT_OUTCOME_LABELS: dict[PilotOutcome, tuple[str, str]] = {
    PilotOutcome.SUCCESSFUL: ("试点成功", "successful"),
    PilotOutcome.UNSUCCESSFUL: ("试点未成功", "unsuccessful"),
}
EVIDENCE_KIND_LABELS: dict[EvidenceKind, tuple[str, str]] = {
    EvidenceKind.REPORT: ("报告", "report"),
    EvidenceKind.TEST_RECORD: ("测试记录", "test record"),
    EvidenceKind.CERTIFICATE: ("证书", "certificate"),
    EvidenceKind.MEDIA: ("图片/视频", "photo or video"),
    EvidenceKind.OTHER: ("其他", "other"),
}


class PilotCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "match_id": "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99",
                    "plan": "在黄埔区5个路口部署路侧感知单元，三个月内完成验证、迭代和示范推广。",
                }
            ]
        },
    )

    match_id: uuid.UUID
    plan: NonBlank = Field(max_length=10000)


class EvidenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: NonBlank = Field(max_length=200)
    url: HttpUrl | None = None
    document_ref: NonBlank | None = Field(default=None, max_length=200)
    kind: EvidenceKind

    @model_validator(mode="after")
    def _points_somewhere(self) -> EvidenceIn:
        if self.url is None and self.document_ref is None:
            raise ZhValueError("give a url or a document_ref", "请提供 url 或 document_ref")
        return self


class MilestoneComplete(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "summary": "5个路口感知准确率达到98%，完成验证。",
                    "evidence": [
                        {"title": "第三方检测报告", "document_ref": "GZ-TEST-2026-118", "kind": "test_record"}
                    ],
                }
            ]
        },
    )

    summary: NonBlank = Field(max_length=10000)
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=50)


class PilotComplete(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"outcome": "successful", "summary": "三个阶段均达到预期目标。"}]},
    )

    outcome: PilotOutcome
    summary: str | None = Field(default=None, max_length=10000)


class EvidenceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    title: str
    url: str | None
    document_ref: str | None
    kind: EvidenceKind
    recorded_by: str
    recorded_at: dt.datetime


class MilestoneOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    milestone: Milestone
    position: int
    summary: str
    completed_by: str
    completed_at: dt.datetime
    evidence: list[EvidenceOut]


class PilotOut(BaseModel):
    id: uuid.UUID
    match_id: uuid.UUID
    scenario_id: uuid.UUID
    offering_id: uuid.UUID
    center_id: uuid.UUID
    plan: str
    status: PilotStatus
    next_milestone: Milestone | None = Field(description="the milestone that may be completed now")
    milestones: list[MilestoneOut] = Field(description="the completed milestones, in order")
    outcome: PilotOutcome | None
    summary: str | None
    completed_by: str | None
    completed_at: dt.datetime | None
    version: int
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
