"""The talent summary of a center: its figures by year and in all."""

import datetime as dt
import uuid

from pydantic import BaseModel, Field


class YearFigures(BaseModel):
    year: int = Field(description="the China calendar year")
    introduced: int = Field(description="talents introduced (引进) who joined that year")
    trained: int = Field(description="talents trained (培养) that year")
    awarded: int = Field(description="talent-programme awards (人才工程项目) that year")
    services_fulfilled: int = Field(description="housing, healthcare and education services given that year")


class TalentSummary(BaseModel):
    center_id: uuid.UUID
    years: list[YearFigures]
    total: YearFigures = Field(description="the sums over every year (its year is 0)")
    as_of: dt.datetime | None = Field(description="the last change of any figure; null before the first")
