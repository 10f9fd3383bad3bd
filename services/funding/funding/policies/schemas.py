import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict


class PolicyVersionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    effective_from: dt.date
    effective_to: dt.date | None
    rule_kind: str
    parameters: dict[str, Any]
    clause: str
    source: str
    status: str


class PolicyOut(BaseModel):
    code: str
    title: str
    clause: str
    source: str
    jurisdiction: str
    versions: list[PolicyVersionOut]
