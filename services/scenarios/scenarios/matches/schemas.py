"""Request and response bodies of the matches API, and the zh/en labels of its enums."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field

from scenarios.matches.workflow import MatchAction, MatchStatus
from scenarios.sides import Side
from scenarios.suggestions.schemas import ExplanationOut

MATCH_STATUS_LABELS: dict[MatchStatus, tuple[str, str]] = {
    MatchStatus.PROPOSED: ("已提出对接", "proposed"),
    MatchStatus.ACCEPTED: ("双方已确认", "accepted by both sides"),
    MatchStatus.DECLINED: ("已拒绝", "declined"),
}
MATCH_ACTION_LABELS: dict[MatchAction, tuple[str, str]] = {
    MatchAction.ACCEPT: ("确认对接", "accept"),
    MatchAction.DECLINE: ("拒绝对接", "decline"),
}
SIDE_LABELS: dict[Side, tuple[str, str]] = {
    Side.SCENARIO: ("场景方", "the scenario's side (its publisher, or the city)"),
    Side.CENTER: ("创新中心方", "the offering's center"),
}


class MatchCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "scenario_id": "5f0c3c7e-2b1a-4d6e-8f3a-9b2c1d0e4f55",
                    "offering_id": "7a1d2e3f-4b5c-4d6e-8f70-8192a3b4c5d6",
                    "note": "路侧感知单元适配本场景的车路协同验证",
                }
            ]
        },
    )

    scenario_id: uuid.UUID
    offering_id: uuid.UUID
    note: str | None = Field(default=None, max_length=2000)


class MatchActionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"comment": "同意开展试点"}]})

    comment: str | None = Field(default=None, max_length=2000)


class MatchOut(BaseModel):
    id: uuid.UUID
    scenario_id: uuid.UUID
    offering_id: uuid.UUID
    center_id: uuid.UUID
    status: MatchStatus
    allowed_actions: list[MatchAction]
    note: str | None
    score: float = Field(description="the ranking's score when the match was proposed")
    explanation: ExplanationOut = Field(description="the ranking's explanation when the match was proposed")
    proposed_by: str
    proposed_side: Side
    scenario_accepted_by: str | None
    scenario_accepted_at: dt.datetime | None
    center_accepted_by: str | None
    center_accepted_at: dt.datetime | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
