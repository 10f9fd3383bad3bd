import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, computed_field

from shared.money import Money

Category = Annotated[
    str,
    Field(
        min_length=2,
        max_length=80,
        pattern=r"^[a-z][a-z0-9_]*$",
        description="budget category = the code of the policy paid from it, e.g. upgrade_support",
    ),
]
Year = Annotated[int, Field(ge=2000, le=2100)]


class BudgetCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"year": 2027, "category": "upgrade_support", "allocated": "50000000.00"}]
        },
    )

    year: Year
    category: Category
    allocated: Money


class BudgetRaise(BaseModel):
    """The new allocated total; it may only go up (money already committed stays covered)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"allocated": "80000000.00", "comment": "市财政追加年度预算"}]},
    )

    allocated: Money
    comment: Annotated[str | None, Field(max_length=200)] = None


class BudgetOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    year: int
    category: str
    allocated: Money
    committed: Money
    disbursed: Money
    version: int
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def available(self) -> Money:
        return self.allocated - self.committed - self.disbursed


class MovementOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    budget_id: uuid.UUID
    year: int
    category: str
    kind: str
    amount: Money
    reference: str
    actor: str
    allocated_after: Money
    committed_after: Money
    disbursed_after: Money
    created_at: dt.datetime
