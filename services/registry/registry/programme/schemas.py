import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, Field

from registry.talent_figures.schemas import TalentFigures


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
    talent_by_year: dict[int, TalentFigures] = Field(
        description="per year, the talent service's figures (三(六)) summed over the programme's "
        "centers, every status as in total_centers; a year talent recorded nothing for is absent"
    )
