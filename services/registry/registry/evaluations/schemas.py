"""Request and response bodies of the annual evaluation API."""

import datetime as dt
import enum
import uuid
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

from registry.evaluations.grading import GRADE_LABELS, Grade
from registry.talent_figures.schemas import TalentRecords
from shared.money import Money, parse_exact_decimal
from shared.pagination import Page
from shared.text import NonBlank
from shared.validation_zh import ZhValueError


class EvaluationStatus(enum.StrEnum):
    SUBMITTED = "submitted"  # indicators reported, no expert yet
    UNDER_REVIEW = "under_review"  # experts assigned and scoring
    CONCLUDED = "concluded"  # graded
    CLOSED_BY_REVOCATION = "closed_by_revocation"  # the center was revoked before the grade


# Statuses in which an evaluation takes experts, scores and its conclusion.
OPEN_STATUSES = frozenset({EvaluationStatus.SUBMITTED, EvaluationStatus.UNDER_REVIEW})


# zh/en labels in the shape of ``registry.meta.labels.ENUM_LABELS``, for ``GET /api/v1/meta/enums``.
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "evaluation_status": {
        EvaluationStatus.SUBMITTED: ("已报送", "Submitted"),
        EvaluationStatus.UNDER_REVIEW: ("专家评审中", "Under expert review"),
        EvaluationStatus.CONCLUDED: ("已评定", "Concluded"),
        EvaluationStatus.CLOSED_BY_REVOCATION: ("因撤销而终止", "Closed by revocation"),
    },
    "evaluation_grade": {grade: labels for grade, labels in GRADE_LABELS.items()},
}

SHARE_PLACES = Decimal("0.01")


def parse_share(value: Any) -> Decimal:
    """A share in percent from 0 to 100 with at most two places; decimal strings or integers only."""
    amount = parse_exact_decimal(value, what="a share", example="35.5")
    if amount < 0 or amount > 100:
        raise ZhValueError("a share is a percentage from 0 to 100", "占比应在 0 到 100 之间（百分比）")
    if amount != amount.quantize(SHARE_PLACES):
        raise ZhValueError("a share has at most two decimal places", "占比最多两位小数")
    return abs(amount.quantize(SHARE_PLACES))


Share = Annotated[
    Decimal,
    BeforeValidator(parse_share),
    PlainSerializer(lambda d: f"{d:.2f}", return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,3}(\.\d{1,2})?$", "examples": ["35.50"]}),
]
Count = Annotated[int, Field(ge=0, le=1_000_000_000, strict=True)]
Score = Annotated[int, Field(ge=0, le=100, strict=True, description="0-100")]


class Indicators(BaseModel):
    """The yearly indicators a center reports (DESIGN 2)."""

    model_config = ConfigDict(extra="forbid")

    rd_spend: Money = Field(description="研发投入, decimal yuan")
    rd_staff_share: Share = Field(description="研发人员占比, percent 0-100")
    patents: Count = Field(description="专利")
    standards_led: Count = Field(description="主导制定标准")
    results_commercialized: Count = Field(description="成果转化")
    enterprises_incubated: Count = Field(description="孵化企业")
    sme_services: Count = Field(description="服务中小企业 (三(五))")
    talents_introduced: Count = Field(description="引进人才 (三(六))")
    talents_trained: Count = Field(description="培养人才 (三(六))")
    financing: Money = Field(description="融资, decimal yuan")


class EvaluationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "year": 2026,
                    "indicators": {
                        "rd_spend": "12500000.00",
                        "rd_staff_share": "42.5",
                        "patents": 18,
                        "standards_led": 2,
                        "results_commercialized": 5,
                        "enterprises_incubated": 3,
                        "sme_services": 120,
                        "talents_introduced": 15,
                        "talents_trained": 40,
                        "financing": "80000000.00",
                    },
                }
            ]
        },
    )

    # The real bounds (acceptance year to this year) depend on the center: the service checks them.
    year: int = Field(ge=2000, le=9999, strict=True, description="the year the indicators cover")
    indicators: Indicators


class ExpertAssign(BaseModel):
    """Who to assign; their affiliations and declared conflicts come from the expert registry."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"expert_sub": "prof-zhang"}]})

    expert_sub: NonBlank = Field(
        max_length=200, description="the expert's token subject, registered and declared in /api/v1/experts"
    )


class ConstructionScores(BaseModel):
    """建设 (construction) items."""

    model_config = ConfigDict(extra="forbid")

    pilot_incubation: Score = Field(description="中试孵化")
    testing: Score = Field(description="检验检测")
    industry_services: Score = Field(description="行业服务")


class OperationScores(BaseModel):
    """运行 (operation) items."""

    model_config = ConfigDict(extra="forbid")

    rd_strength: Score = Field(description="研发实力")
    common_tech_breakthroughs: Score = Field(description="共性技术突破")
    collaboration: Score = Field(description="协同创新")
    market_orientation: Score = Field(description="市场化运作")
    commercialization: Score = Field(description="成果转化")
    sustainability: Score = Field(description="可持续发展")


class ScoreSheet(BaseModel):
    """One expert's scores; what ``PUT /evaluations/{id}/scores/{expert_sub}`` replaces."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "construction": {"pilot_incubation": 85, "testing": 80, "industry_services": 78},
                    "operation": {
                        "rd_strength": 88,
                        "common_tech_breakthroughs": 82,
                        "collaboration": 90,
                        "market_orientation": 75,
                        "commercialization": 80,
                        "sustainability": 86,
                    },
                }
            ]
        },
    )

    construction: ConstructionScores
    operation: OperationScores


class ActionComment(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"comment": "专家评审结论：合格"}]}
    )

    comment: str | None = Field(default=None, max_length=4000)


class RecheckIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"passed": True, "comment": "整改材料经复核符合要求"}]},
    )

    passed: bool = Field(description="whether the rectification passed the re-check (复核)")
    comment: str | None = Field(default=None, max_length=4000)


class ExpertOut(BaseModel):
    expert_sub: str
    expert_version: int | None = Field(
        description="the version of the expert's registry record the conflict check read "
        "(GET /api/v1/experts/{expert_sub}/history); null for assignments made before the registry"
    )
    assigned_by: str
    assigned_at: dt.datetime
    scored: bool
    scored_at: dt.datetime | None
    scores: ScoreSheet | None = Field(
        description="shown to municipal admins and to the expert themself; null for everyone else"
    )


class ScoreSheetOut(BaseModel):
    evaluation_id: uuid.UUID
    expert_sub: str
    scores: ScoreSheet
    scored_at: dt.datetime
    version: int


class ResultOut(BaseModel):
    total_score: str = Field(description="decimal, two places")
    grade: Grade
    grade_zh: str
    rule_version: int
    concluded_at: dt.datetime
    concluded_by: str
    comment: str | None
    trace: dict[str, Any] | None = Field(
        description="every step of the computation; shown to municipal admins only (it names experts)"
    )


class RecheckOut(BaseModel):
    passed: bool
    comment: str | None
    by: str
    at: dt.datetime


class RectificationOut(BaseModel):
    """不合格 opens a one-year rectification that ends in a re-check (复核)."""

    due: dt.date
    recheck: RecheckOut | None


class ClosureOut(BaseModel):
    """Why an evaluation ended without a grade: the center's revocation."""

    reason: str
    by: str
    at: dt.datetime
    action_id: uuid.UUID = Field(description="the revoke action in the center's history")


TALENT_RECORDS_DESCRIPTION = (
    "what the talent service recorded for the center and the evaluation's year (三(六)), beside "
    "the reported talents_introduced and talents_trained; null while talent has recorded nothing "
    "for that year. Read at request time from registry's copy of talent's figures, which follows "
    "talent's events"
)


class EvaluationOut(BaseModel):
    id: uuid.UUID
    center_id: uuid.UUID
    year: int
    status: EvaluationStatus
    indicators: Indicators
    talent_records: TalentRecords | None = Field(description=TALENT_RECORDS_DESCRIPTION)
    submitted_by: str
    experts: list[ExpertOut]
    result: ResultOut | None
    rectification: RectificationOut | None
    revocation_proposed: bool = Field(
        description="the system proposes revocation; a municipal admin decides with the center's revoke"
    )
    closure: ClosureOut | None = Field(default=None, description="set when closed_by_revocation")
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class EvaluationSummary(BaseModel):
    """One row of a center's evaluation list."""

    id: uuid.UUID
    year: int
    status: EvaluationStatus
    talent_records: TalentRecords | None = Field(description=TALENT_RECORDS_DESCRIPTION)
    grade: Grade | None
    grade_zh: str | None
    total_score: str | None
    rule_version: int | None
    concluded_at: dt.datetime | None
    rectification_due: dt.date | None
    recheck_passed: bool | None
    revocation_proposed: bool
    closed_reason: str | None = Field(default=None, description="set when closed_by_revocation")
    created_at: dt.datetime


class RectificationFlag(BaseModel):
    """Where the center stands on rectification, over all its evaluations."""

    under_rectification: bool = Field(description="a 不合格 evaluation awaits its re-check")
    evaluation_id: uuid.UUID | None = Field(description="that evaluation")
    rectification_due: dt.date | None
    overdue: bool = Field(description="the due date has passed without a re-check")
    revocation_proposed: bool = Field(description="any evaluation of the center proposes revocation")


class CenterEvaluationsPage(Page[EvaluationSummary]):
    rectification: RectificationFlag


class GradingRuleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    effective_from: dt.date
    effective_to: dt.date | None
    basis: str
    parameters: dict[str, Any]
