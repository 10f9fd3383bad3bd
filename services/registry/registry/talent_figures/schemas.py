"""Talent's figures as the registry API shows them."""

import datetime as dt

from pydantic import BaseModel, Field


class TalentFigures(BaseModel):
    """A year's talent figures (三(六), 五(七)) as the talent service counts them."""

    introduced: int = Field(description="talents who joined by introduction (引进) that year")
    trained: int = Field(description="talents who joined by training (培养) that year")
    awarded: int = Field(description="talent-programme awards (人才项目入选) that year")
    services_fulfilled: int = Field(
        description="housing, healthcare and education support services given (人才服务) that year"
    )


class TalentRecords(TalentFigures):
    """What the talent service recorded for a center's year, beside what the center reports."""

    as_of: dt.datetime = Field(description="when talent last changed these figures")
