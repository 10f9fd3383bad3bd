"""Request and response bodies of the expert registry."""

import datetime as dt
import enum
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.text import NonBlank

MAX_ENTRIES = 100


class ExpertChange(enum.StrEnum):
    """What one revision of an expert's record changed."""

    REGISTERED = "registered"  # the municipal admin registered the expert (with or without a declaration)
    RENAMED = "renamed"  # the municipal admin corrected the name
    DECLARED = "declared"  # the expert or the municipal admin recorded a declaration


LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "expert_change": {
        ExpertChange.REGISTERED: ("登记", "Registered"),
        ExpertChange.RENAMED: ("更正姓名", "Renamed"),
        ExpertChange.DECLARED: ("申报任职与利益关系", "Declared affiliations and conflicts"),
    },
}


class AffiliationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    organization_id: uuid.UUID = Field(description="a registered organization (/api/v1/organizations)")
    from_date: dt.date = Field(description="first day at the organization")
    to_date: dt.date | None = Field(default=None, description="last day there; null while current")


class DeclaredConflictIn(BaseModel):
    """A conflict of interest the expert declares: with one organization or one center."""

    model_config = ConfigDict(extra="forbid")

    organization_id: uuid.UUID | None = Field(default=None, description="set this or center_id")
    center_id: uuid.UUID | None = Field(default=None, description="set this or organization_id")
    note: NonBlank = Field(max_length=2000, description="why: the relationship declared")


DECLARATION_EXAMPLE: dict[str, Any] = {
    "affiliations": [
        {
            "organization_id": "0b7a6f3e-2d4c-4f7e-9a51-3c2e8d1f6a90",
            "from_date": "2019-09-01",
            "to_date": None,
        }
    ],
    "conflicts": [
        {
            "center_id": "5f0c2b1a-9e3d-4c8b-a7f6-1d2e3c4b5a69",
            "note": "曾参与该中心的筹建方案编制",
        }
    ],
}


# The explicit "no affiliations, no conflicts": a declaration like any other.
NONE_DECLARED: dict[str, Any] = {"affiliations": [], "conflicts": []}


class Declaration(BaseModel):
    """Every affiliation and declared conflict, replaced whole; both lists empty is "none"."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [DECLARATION_EXAMPLE]})

    affiliations: list[AffiliationIn] = Field(max_length=MAX_ENTRIES)
    conflicts: list[DeclaredConflictIn] = Field(max_length=MAX_ENTRIES)


class ExpertRegistration(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"expert_sub": "prof-zhang", "name": "张明", "declaration": DECLARATION_EXAMPLE},
                {
                    "expert_sub": "eng-li",
                    "name": "李华",
                    "declaration": {"affiliations": [], "conflicts": []},
                },
            ]
        },
    )

    expert_sub: NonBlank = Field(max_length=200, description="the expert's token subject")
    name: NonBlank = Field(max_length=200)
    declaration: Declaration | None = Field(
        default=None,
        description="recorded now when given; without one the expert is registered but not assignable",
    )


class ExpertPatch(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"name": "张明"}]})

    name: NonBlank = Field(max_length=200)


class AffiliationOut(BaseModel):
    organization_id: uuid.UUID
    organization_name: str
    organization_uscc: str
    from_date: dt.date
    to_date: dt.date | None


class DeclaredConflictOut(BaseModel):
    organization_id: uuid.UUID | None
    center_id: uuid.UUID | None
    note: str


class DeclarationOut(BaseModel):
    affiliations: list[AffiliationOut]
    conflicts: list[DeclaredConflictOut]
    declared_by: str
    declared_at: dt.datetime


class RegisteredExpertOut(BaseModel):
    expert_sub: str
    name: str
    declaration: DeclarationOut | None = Field(description="null until a declaration is recorded")
    version: int
    created_by: str
    created_at: dt.datetime
    updated_by: str
    updated_at: dt.datetime


class ExpertRevisionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    change: ExpertChange
    record: dict[str, Any] = Field(description="the expert's whole record after the change")
    changed_by: str
    changed_at: dt.datetime
