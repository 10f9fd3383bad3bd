"""Request and response bodies of the programme catalogue."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.text import NonBlank
from talent.talents.schemas import Level


class ProgrammeLevel(enum.StrEnum):
    """Who runs the programme (`五(七)`: 国家、省、市人才工程项目)."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"


PROGRAMME_LEVEL_LABELS: dict[ProgrammeLevel, tuple[str, str]] = {
    ProgrammeLevel.NATIONAL: ("国家级", "national"),
    ProgrammeLevel.PROVINCIAL: ("省级", "provincial"),
    ProgrammeLevel.MUNICIPAL: ("市级", "municipal"),
}

ProgrammeCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9_]{1,39}$")]


class ProgrammeCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "gz_industry_leaders",
                    "name_zh": "广州市产业领军人才",
                    "name_en": "Guangzhou Industry Leading Talents",
                    "level": "municipal",
                    "eligible_levels": ["leading", "high_level", "academic_leader"],
                }
            ]
        },
    )

    code: ProgrammeCode = Field(description="snake_case, unique, e.g. gd_pearl_river")
    name_zh: NonBlank = Field(max_length=200)
    name_en: NonBlank = Field(max_length=200)
    level: ProgrammeLevel
    eligible_levels: list[Level] = Field(min_length=1, description="talent levels that may apply")
    active: bool = Field(
        default=True, description="an inactive programme takes no new rounds or applications"
    )


class ProgrammeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    code: str
    name_zh: str
    name_en: str
    level: ProgrammeLevel
    eligible_levels: list[Level]
    active: bool
    created_by: str
    created_at: dt.datetime


class RoundCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"year": 2026, "opens_on": "2026-03-01", "deadline": "2026-04-30"}]},
    )

    year: int = Field(ge=2000, le=2100, description="one round per programme and year")
    opens_on: dt.date = Field(description="the day the call opens")
    deadline: dt.date = Field(description="the last day (China) to apply, recommend and submit")


class RoundOut(BaseModel):
    id: uuid.UUID
    programme_id: uuid.UUID
    programme_code: str
    year: int
    opens_on: dt.date
    deadline: dt.date
    closes_at: dt.datetime = Field(description="the end of the deadline day in China (UTC+8), in UTC")
    closed: bool = Field(description="true once the deadline day is over in China")
    created_by: str
    created_at: dt.datetime
