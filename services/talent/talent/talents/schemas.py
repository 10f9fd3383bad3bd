"""Request and response bodies of the talents API."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.text import Email, NonBlank
from talent.personal_data.documents import DocumentType


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"


class Level(enum.StrEnum):
    """The tiers of `三(六)` and `五(七)`: 领军人才, 高层次人才, 学术带头人, 研发骨干, 高技能人才."""

    LEADING = "leading"
    HIGH_LEVEL = "high_level"
    ACADEMIC_LEADER = "academic_leader"
    RD_BACKBONE = "rd_backbone"
    HIGH_SKILLED = "high_skilled"


class Origin(enum.StrEnum):
    """How the talent came to the center (`三(六)`: 人才引进、培养)."""

    INTRODUCED = "introduced"
    TRAINED = "trained"


LEVEL_LABELS: dict[Level, tuple[str, str]] = {
    Level.LEADING: ("领军人才", "leading talent"),
    Level.HIGH_LEVEL: ("高层次人才", "high-level talent"),
    Level.ACADEMIC_LEADER: ("学术带头人", "academic leader"),
    Level.RD_BACKBONE: ("研发骨干", "R&D backbone"),
    Level.HIGH_SKILLED: ("高技能人才", "high-skilled worker"),
}
ORIGIN_LABELS: dict[Origin, tuple[str, str]] = {
    Origin.INTRODUCED: ("引进", "introduced"),
    Origin.TRAINED: ("培养", "trained"),
}
GENDER_LABELS: dict[Gender, tuple[str, str]] = {Gender.MALE: ("男", "male"), Gender.FEMALE: ("女", "female")}

Phone = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=20, pattern=r"^\+?[0-9][0-9 -]{5,19}$")
]
Qualification = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class IdDocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: DocumentType
    number: str = Field(
        min_length=1, max_length=40, description="checked by GB 11643 or the document's format"
    )


class TalentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "center_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "name": "张伟",
                    "gender": "male",
                    "birth_date": "1980-05-12",
                    "nationality": "CHN",
                    "id_document": {"type": "resident_id", "number": "440106198005120012"},
                    "phone": "13812345678",
                    "email": "zhang.wei@example.cn",
                    "level": "leading",
                    "role": "首席科学家",
                    "origin": "introduced",
                    "introduced_from": "中国科学院深圳先进技术研究院",
                    "joined_on": "2025-03-01",
                    "qualifications": ["博士", "研究员"],
                }
            ]
        },
    )

    center_id: uuid.UUID
    name: NonBlank = Field(max_length=100)
    gender: Gender
    birth_date: dt.date
    nationality: str = Field(
        default="CHN", pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3, e.g. CHN, USA, DEU"
    )
    id_document: IdDocumentIn
    phone: Phone = Field(description="mobile or landline", examples=["13812345678"])
    email: Email | None = None
    level: Level
    role: NonBlank = Field(max_length=200, description="the talent's post at the center, e.g. 首席科学家")
    origin: Origin
    introduced_from: NonBlank | None = Field(
        default=None, max_length=200, description="where an introduced talent came from; only for introduced"
    )
    joined_on: dt.date = Field(description="introduced: the day they joined; trained: the day training ended")
    qualifications: list[Qualification] = Field(
        default_factory=list, max_length=50, description="degrees, titles, honours (学历、职称、荣誉)"
    )


class TalentUpdate(BaseModel):
    """What changes in a talent's record; identity (name, birth date, document) and how they came
    (which the yearly figures counted) do not."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"level": "leading"}]})

    phone: Phone | None = None
    email: Email | None = None
    level: Level | None = None
    role: NonBlank | None = Field(default=None, max_length=200)
    qualifications: list[Qualification] | None = Field(default=None, max_length=50)
    left_on: dt.date | None = Field(default=None, description="the day the talent left the center")


class IdDocumentOut(BaseModel):
    type: DocumentType
    number: str = Field(description="masked (4401**********1234) unless personal_data_masked is false")


class TalentOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    name: str
    gender: Gender
    birth_date: dt.date
    nationality: str
    id_document: IdDocumentOut
    phone: str = Field(description="masked (138****5678) unless personal_data_masked is false")
    personal_data_masked: bool = Field(
        description="false only for a talent_officer's reads, each written to the access log"
    )
    email: str | None
    level: Level
    role: str
    origin: Origin
    introduced_from: str | None
    joined_on: dt.date
    left_on: dt.date | None
    qualifications: list[str]
    version: int
    registered_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
