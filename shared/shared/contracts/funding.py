"""Events that funding publishes on topic ``funding.support-case``."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict

from shared.money import Money

SUPPORT_CASE_TOPIC = "funding.support-case"
SOURCE = "/gz-mic/funding"

SUPPORT_CASE_EVALUATED = "gz.mic.funding.support_case.evaluated.v1"


class PricedOption(BaseModel):
    model_config = ConfigDict(frozen=True)

    type: str
    amount: Money


class SupportCaseEvaluated(BaseModel):
    model_config = ConfigDict(frozen=True)

    case_id: uuid.UUID
    center_id: uuid.UUID
    kind: str
    tier: str
    status: str
    options: list[PricedOption]
    reason: str | None
    policy_code: str | None
    policy_version: int | None
    evaluated_at: dt.datetime
