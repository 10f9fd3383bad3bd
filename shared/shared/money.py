"""Money in the API: JSON strings of decimal yuan with two places (``"30000000.00"``)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

from shared.validation_zh import ZhValueError

CENT = Decimal("0.01")
MAX_YUAN = Decimal("9999999999999999.99")  # NUMERIC(18,2)


def parse_exact_decimal(value: Any, *, what: str, example: str) -> Decimal:
    """A finite Decimal from a decimal string or an integer; floats are refused because they
    cannot hold decimal fractions exactly. Range and places are the caller's to check."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, bool | float):
        raise ZhValueError(
            f'{what} must be a decimal string such as "{example}", not a float',
            f'应为十进制数字符串（如 "{example}"），不能是浮点数',
        )
    elif isinstance(value, int | str):
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise ZhValueError(f"not a decimal {what}: {value!r}", f"不是合法的十进制数：{value!r}") from exc
    else:
        raise ZhValueError(
            f'{what} must be a decimal string such as "{example}"', f'应为十进制数字符串（如 "{example}"）'
        )
    if not amount.is_finite():
        raise ZhValueError(f"{what} must be a finite number", "应为有限数值")
    return amount


def parse_money(value: Any) -> Decimal:
    """Yuan with at most two places, never negative, never a float."""
    amount = parse_exact_decimal(value, what="money", example="10000000.00")
    if amount != amount.quantize(CENT):
        raise ZhValueError("money has at most two decimal places (fen)", "金额最多两位小数（分）")
    if amount < 0:
        raise ZhValueError("money cannot be negative", "金额不能为负数")
    if amount > MAX_YUAN:
        raise ZhValueError("amount too large", "金额过大")
    # Decimal("-0.00") passes the sign check; money has no negative zero.
    return abs(amount.quantize(CENT)) if amount.is_zero() else amount.quantize(CENT)


def format_money(amount: Decimal) -> str:
    return f"{amount.quantize(CENT):f}"


Money = Annotated[
    Decimal,
    BeforeValidator(parse_money),
    PlainSerializer(format_money, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,16}(\.\d{1,2})?$", "examples": ["30000000.00"]}),
]
