"""The parameter schema of every rule kind: a policy version's ``parameters`` must fit its kind.

Another area adds its rule kind with one line in :data:`RULE_KINDS` (a Pydantic model with
``extra="forbid"``, so a misspelt parameter is refused instead of silently ignored).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from funding.first_set.rule import ProductSubsidyParams
from funding.platforms.rule import PlatformSubsidyParams
from shared.errors import FieldError, Unprocessable, pydantic_field_error
from shared.money import format_money, parse_exact_decimal, parse_money
from shared.validation_zh import ZhValueError

RdCategory = Literal["general", "integrated_circuit", "industrial_mother_machine"]
UpgradeTier = Literal["provincial", "national"]


def _money_text(value: str) -> str:
    return format_money(parse_money(value))


def _ratio_text(value: str, *, upper: Decimal) -> str:
    ratio = parse_exact_decimal(value, what="ratio", example="0.30")
    if not Decimal(0) <= ratio <= upper:
        raise ZhValueError(f"a ratio between 0 and {upper}", f"比例应在 0 到 {upper} 之间")
    return f"{ratio:f}"


def _share(value: str) -> str:
    return _ratio_text(value, upper=Decimal(1))


def _extra_rate(value: str) -> str:
    return _ratio_text(value, upper=Decimal(10))


# Amounts and ratios stay decimal strings in the stored JSON (never floats), normalized here.
MoneyText = Annotated[str, AfterValidator(_money_text)]
ShareText = Annotated[str, AfterValidator(_share)]
ExtraRateText = Annotated[str, AfterValidator(_extra_rate)]


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FixedGrant(_Params):
    """The work plan's form: a fixed one-time grant per tier."""

    form: Literal["fixed"]
    amounts: dict[UpgradeTier, MoneyText] = Field(min_length=1)


class RatioCapGrant(_Params):
    """Earlier city rules: a ratio of a capital base, up to the tier's cap."""

    form: Literal["ratio_cap"]
    ratio: ShareText
    base: Literal["paid_in_capital", "total_share_capital"]
    caps: dict[UpgradeTier, MoneyText] = Field(min_length=1)


class EquityOption(_Params):
    ratio: ShareText
    base: Literal["total_share_capital", "paid_in_capital"]
    cap: MoneyText


class UpgradeSupportParams(_Params):
    """Parameters read by :func:`funding.policies.upgrade_support.evaluate` (city or district)."""

    grant: Annotated[FixedGrant | RatioCapGrant, Field(discriminator="form")]
    equity: EquityOption | None = None
    exclude_if_requires_matching_funds: bool = True
    one_off: bool = True
    rounding: Literal["ROUND_HALF_UP", "ROUND_DOWN"] = "ROUND_HALF_UP"


class RdRate(_Params):
    extra_rate: ExtraRateText
    basis: str = Field(min_length=1, max_length=300, description="the legal text this rate comes from")


class RdSuperDeductionParams(_Params):
    """研发费用加计扣除: the extra deduction rate per enterprise category, each with its basis."""

    rates: dict[RdCategory, RdRate] = Field(min_length=1)


RULE_KINDS: dict[str, type[BaseModel]] = {
    "upgrade_support": UpgradeSupportParams,
    "rd_super_deduction": RdSuperDeductionParams,
    "platform_subsidy": PlatformSubsidyParams,
    "product_recognition_subsidy": ProductSubsidyParams,
}


def validate_parameters(rule_kind: str, parameters: dict[str, Any]) -> dict[str, Any]:
    """The parameters normalized for storage; 422 naming the field, or the known kinds."""
    schema = RULE_KINDS.get(rule_kind)
    if schema is None:
        known = ", ".join(sorted(RULE_KINDS))
        raise Unprocessable(
            f"unknown rule kind {rule_kind!r}; known rule kinds: {known}",
            detail_zh=f"未知的规则类型 {rule_kind}，可选：{known}",
            errors=[FieldError("rule_kind", f"one of {known}", f"应为以下之一：{known}")],
        )
    try:
        model = schema.model_validate(parameters)
    except ValidationError as exc:
        raise Unprocessable(
            f"the parameters do not fit rule kind {rule_kind!r}",
            detail_zh=f"参数不符合规则类型 {rule_kind} 的要求",
            errors=[pydantic_field_error(e, prefix=["parameters"]) for e in exc.errors()],
        ) from exc
    dumped: dict[str, Any] = model.model_dump(mode="json", exclude_none=True)
    return dumped
