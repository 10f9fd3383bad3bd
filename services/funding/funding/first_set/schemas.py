"""Request and response bodies of the recognitions API."""

import datetime as dt
import enum
import uuid

from pydantic import BaseModel, ConfigDict, Field

from funding.support_cases.schemas import SupportCaseOut
from shared.money import Money
from shared.text import NonBlank


class Catalogue(enum.StrEnum):
    FIRST_SET_COMPLETE = "first_set_complete"
    FIRST_SET_SINGLE = "first_set_single"
    FIRST_BATCH_NATIONAL = "first_batch_national"
    FIRST_BATCH_CITY = "first_batch_city"
    FIRST_VERSION = "first_version"


FIRST_SET = frozenset({Catalogue.FIRST_SET_COMPLETE, Catalogue.FIRST_SET_SINGLE})
FIRST_BATCH = frozenset({Catalogue.FIRST_BATCH_NATIONAL, Catalogue.FIRST_BATCH_CITY})
MAX_SALES_MONTHS = 12

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "recognition_catalogue": {
        Catalogue.FIRST_SET_COMPLETE: ("首台（套）成套装备", "First set — complete set"),
        Catalogue.FIRST_SET_SINGLE: ("首台（套）单台设备", "First set — single machine"),
        Catalogue.FIRST_BATCH_NATIONAL: ("首批次新材料（国家目录）", "First batch — national catalogue"),
        Catalogue.FIRST_BATCH_CITY: ("首批次新材料（市目录）", "First batch — city catalogue"),
        Catalogue.FIRST_VERSION: ("首版次软件", "First version (software)"),
    },
    "recognition_status": {
        "evaluated": ("已核定补助", "Subsidy evaluated"),
        "needs_review": ("待人工审核", "Needs review"),
    },
}


class RecognitionCreate(BaseModel):
    """Price for first-set; sales of at most 12 months for first-batch; either for first-version."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "catalogue": "first_set_complete",
                    "year": 2025,
                    "product_name": "人形机器人智能装配成套装备",
                    "center_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "maker_name": "广州具身智能科技有限公司",
                    "maker_uscc": "91440101MA5CL0K1X5",
                    "buyer_name": "广州汽车集团股份有限公司",
                    "price": "20000000.00",
                    "recognized_on": "2025-06-01",
                    "document_no": "穗工信〔2025〕9号",
                }
            ]
        },
    )

    catalogue: Catalogue
    year: int = Field(ge=2000, le=2100, description="the catalogue year")
    product_name: NonBlank = Field(max_length=200)
    center_id: uuid.UUID = Field(description="the center whose innovation product it is")
    maker_name: NonBlank = Field(max_length=200)
    maker_uscc: str = Field(
        max_length=40, description="统一社会信用代码 of the maker (the firm of the yearly cap)"
    )
    buyer_name: NonBlank | None = Field(
        default=None, max_length=200, description="first buyer; needed for first-set"
    )
    price: Money | None = None
    sales: Money | None = None
    sales_months: int | None = Field(default=None, ge=1, strict=True)
    recognized_on: dt.date
    document_no: NonBlank | None = Field(default=None, max_length=100)
    offering_id: uuid.UUID | None = Field(
        default=None, description="the innovation offering in scenarios, if any"
    )


class SingleSource(BaseModel):
    """单一来源采购: a recognized product may be procured from its single source in its catalogue year."""

    eligible: bool
    year: int
    basis: str


class RecognitionOut(BaseModel):
    id: uuid.UUID
    catalogue: Catalogue
    year: int
    product_name: str
    center_id: uuid.UUID
    maker_name: str
    maker_uscc: str
    buyer_name: str | None
    price: Money | None
    sales: Money | None
    sales_months: int | None
    recognized_on: dt.date
    document_no: str | None
    offering_id: uuid.UUID | None
    support_case: SupportCaseOut | None = Field(
        description="the case that prices the subsidy (policy version, trace) and pays it"
    )
    single_source_procurement: SingleSource
    recorded_by: str
    created_at: dt.datetime


class SingleSourceEligibility(BaseModel):
    product_name: str
    maker_uscc: str
    year: int
    eligible: bool
    basis: str
    recognitions: list[uuid.UUID]


class EligibleOfferingOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    offering_id: uuid.UUID = Field(validation_alias="id")
    offering_name: str
    center_id: uuid.UUID
    pilot_id: uuid.UUID
    scenario_id: uuid.UUID
    scenario_title: str
    completed_on: dt.date
    created_at: dt.datetime
