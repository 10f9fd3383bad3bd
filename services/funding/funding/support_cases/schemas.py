import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel

from shared.money import Money


class OptionOut(BaseModel):
    type: str
    amount: Money


class PolicyRef(BaseModel):
    code: str
    version: int
    clause: str


class SupportCaseOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    kind: str
    tier: str
    status: str
    options: list[OptionOut]
    reason: str | None
    policy: PolicyRef | None
    inputs: dict[str, Any]
    trace: list[dict[str, Any]]
    created_at: dt.datetime
    updated_at: dt.datetime
