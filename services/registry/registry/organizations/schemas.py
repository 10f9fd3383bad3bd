"""Request and response bodies of the organizations API."""

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field

from registry.centers.schemas import OrganizationType
from shared.text import NonBlank


class OrganizationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "广州具身智能科技有限公司",
                    "uscc": "91440101MA5CL0K1X5",
                    "type": "enterprise",
                    "district": "huangpu",
                }
            ]
        },
    )

    name: NonBlank = Field(max_length=200)
    uscc: str = Field(max_length=40, description="统一社会信用代码, 18 characters (GB 32100-2015)")
    type: OrganizationType
    district: NonBlank | None = Field(
        default=None,
        max_length=40,
        description="district code; a district admin's organizations default to its own district",
    )


class OrganizationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    uscc: str
    type: str
    district: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
