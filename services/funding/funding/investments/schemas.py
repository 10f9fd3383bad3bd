"""Request and response bodies of the guide-fund investments API."""

import datetime as dt
import enum
import uuid
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

from shared.money import Money, parse_exact_decimal
from shared.text import NonBlank
from shared.validation_zh import ZhValueError


class Fund(enum.StrEnum):
    """The city's guide funds named in `五(三)`."""

    INDUSTRIAL_INVESTMENT = "industrial_investment"
    VENTURE_CAPITAL = "venture_capital"
    ANGEL = "angel"


# zh/en labels in the shape of registry's ``ENUM_LABELS``, for a funding ``/meta/enums``.
FUND_LABELS: dict[Fund, tuple[str, str]] = {
    Fund.INDUSTRIAL_INVESTMENT: ("广州产投母基金", "Guangzhou industrial investment fund of funds"),
    Fund.VENTURE_CAPITAL: ("广州创新投资母基金（创投母基金）", "Guangzhou venture capital fund of funds"),
    Fund.ANGEL: ("广州天使母基金", "Guangzhou angel fund of funds"),
}

STAKE_PLACES = Decimal("0.0001")


def parse_stake(value: Any) -> Decimal:
    """A stake in percent, above 0 and at most 100, with at most four places; never a float."""
    stake = parse_exact_decimal(value, what="a stake", example="12.5")
    if stake != stake.quantize(STAKE_PLACES):
        raise ZhValueError("a stake has at most four decimal places", "持股比例最多四位小数")
    if stake <= 0 or stake > 100:
        raise ZhValueError(
            "a stake is a percentage above 0 and at most 100", "持股比例应大于 0 且不超过 100（百分比）"
        )
    return stake.quantize(STAKE_PLACES)


Stake = Annotated[
    Decimal,
    BeforeValidator(parse_stake),
    PlainSerializer(lambda d: f"{d:.4f}", return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,3}(\.\d{1,4})?$", "examples": ["12.5000"]}),
]


class InvestmentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "fund": "angel",
                    "center_id": "0b9e7a0e-6f4c-4b8e-9a49-3c2f1d0e5a11",
                    "investee_name": "广州具身智能科技有限公司",
                    "investee_uscc": "91440101MA5CL0K1X5",
                    "amount": "5000000.00",
                    "stake_percent": "12.5",
                    "invested_on": "2025-09-01",
                }
            ]
        },
    )

    fund: Fund
    center_id: uuid.UUID = Field(description="the center invested in, or whose member enterprise is")
    investee_name: NonBlank = Field(max_length=200)
    investee_uscc: str = Field(max_length=40, description="统一社会信用代码 (GB 32100-2015)")
    amount: Money
    stake_percent: Stake
    invested_on: dt.date
    investee_justification: NonBlank | None = Field(
        default=None,
        max_length=2000,
        description="required when the investee is neither the center (its legal entity) nor one of "
        "its member organizations: why the fund invests there; kept with the investment",
    )


class FundLabel(BaseModel):
    value: Fund
    zh: str
    en: str


class InvestmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    fund: Fund
    center_id: uuid.UUID
    investee_name: str
    investee_uscc: str
    amount: Money
    stake_percent: Stake
    invested_on: dt.date
    investee_relation: str | None = Field(
        description="lead, member, shareholder, alliance_member or legal_entity; null: justified"
    )
    investee_justification: str | None
    recorded_by: str
    created_at: dt.datetime


class TotalRow(BaseModel):
    key: str = Field(description="the fund code or the center id")
    label_zh: str | None = None
    label_en: str | None = None
    count: int
    amount: Money


class Totals(BaseModel):
    by: Literal["fund", "center"]
    items: list[TotalRow]
    count: int
    amount: Money
