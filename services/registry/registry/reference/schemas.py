import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shared.text import NonBlank

IndustryGroup = Literal["emerging_pillar", "strategic_leading", "distinctive_advantage", "future"]
Code = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$", min_length=2, max_length=80)
]
DistrictCode = Annotated[
    str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$", min_length=2, max_length=40)
]
NameZh = Annotated[NonBlank, Field(max_length=100)]
NameEn = Annotated[NonBlank, Field(max_length=200)]
DistrictNameZh = Annotated[NonBlank, Field(max_length=40)]
DistrictNameEn = Annotated[NonBlank, Field(max_length=80)]


class IndustryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name_zh: str
    name_en: str
    group: str
    version: int


class IndustryCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "quantum_technology",
                    "name_zh": "量子科技",
                    "name_en": "Quantum technology",
                    "group": "future",
                }
            ]
        },
    )

    code: Code = Field(description="snake_case, 2-80 characters; never changes")
    name_zh: NameZh
    name_en: NameEn
    group: IndustryGroup


class IndustryPatch(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"name_zh": "具身智能（人形机器人）", "name_en": "Embodied intelligence (humanoid robots)"}
            ]
        },
    )

    name_zh: NameZh | None = None
    name_en: NameEn | None = None
    group: IndustryGroup | None = None


class DistrictOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    name_zh: str
    name_en: str
    version: int


class DistrictCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"code": "huangpu", "name_zh": "黄埔区", "name_en": "Huangpu"}]},
    )

    code: DistrictCode = Field(description="snake_case, 2-40 characters; never changes")
    name_zh: DistrictNameZh
    name_en: DistrictNameEn


class DistrictPatch(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"name_zh": "黄埔区", "name_en": "Huangpu District"}]}
    )

    name_zh: DistrictNameZh | None = None
    name_en: DistrictNameEn | None = None


class SubSectorOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    cluster_code: str
    name_zh: str
    name_en: str
    version: int


class SubSectorCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "humanoid_robot",
                    "cluster_code": "embodied_ai",
                    "name_zh": "人形机器人",
                    "name_en": "Humanoid robots",
                }
            ]
        },
    )

    code: Code = Field(description="snake_case, 2-80 characters, unique across clusters; never changes")
    cluster_code: Annotated[NonBlank, Field(max_length=80)] = Field(
        description="the cluster or future industry; never changes"
    )
    name_zh: NameZh
    name_en: NameEn


class SubSectorPatch(BaseModel):
    """A rename; the code and the cluster never change (centers link to them)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"name_zh": "人形机器人整机", "name_en": "Humanoid robot systems"}]},
    )

    name_zh: NameZh | None = None
    name_en: NameEn | None = None


class ReferenceChangeOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    entity: Literal["industry", "sub_sector", "district"]
    code: str
    action: Literal["created", "updated"]
    before: dict[str, Any] | None
    after: dict[str, Any]
    actor: str
    changed_at: dt.datetime
