import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.money import Money

RdCategory = Literal["general", "integrated_circuit", "industrial_mother_machine"]


class RdSuperDeductionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"year": 2025, "expensed": "3000000.00", "capitalized": "1200000.00", "category": "general"}
            ]
        },
    )

    year: int = Field(ge=1900, le=2100, description="the tax year")
    expensed: Money = Field(description="R&D cost expensed in the year (未形成无形资产)")
    capitalized: Money = Field(description="R&D cost capitalized as an intangible asset (形成无形资产)")
    category: RdCategory


class LegalBasis(BaseModel):
    policy_code: str
    version: int
    clause: str
    effective_from: dt.date
    effective_to: dt.date | None
    basis: str = Field(description="the notice the category's rate comes from")
    source: str


class RdSuperDeductionOut(BaseModel):
    year: int
    category: RdCategory
    expensed: Money
    capitalized: Money
    extra_rate: str = Field(description="decimal string, e.g. 1.20 for an extra 120%")
    extra_deduction: Money
    amortization_base: Money
    legal_basis: LegalBasis
    trace: list[dict[str, str]]
