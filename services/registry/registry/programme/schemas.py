import datetime as dt
from decimal import Decimal

from pydantic import BaseModel


class TargetProgress(BaseModel):
    code: str
    title_zh: str
    title_en: str
    clause: str
    target: int
    deadline: dt.date
    actual: int
    percent: Decimal
    met: bool
    counts: str


class ProgrammeProgress(BaseModel):
    as_of: dt.date
    targets: list[TargetProgress]
    total_centers: int
    by_tier: dict[str, int]
    by_status: dict[str, int]
    by_cluster: dict[str, int]
    by_district: dict[str, int]
