"""Money in the API: JSON strings of decimal yuan with two places (``"30000000.00"``)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

CENT = Decimal("0.01")
MAX_YUAN = Decimal("9999999999999999.99")  # NUMERIC(18,2)


def parse_exact_decimal(value: Any, *, what: str, example: str) -> Decimal:
    """A finite Decimal from a decimal string or an integer; floats are refused because they
    cannot hold decimal fractions exactly. Range and places are the caller's to check."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, bool | float):
        raise ValueError(f'{what} must be a decimal string such as "{example}", not a float')
    elif isinstance(value, int | str):
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise ValueError(f"not a decimal {what}: {value!r}") from exc
    else:
        raise ValueError(f'{what} must be a decimal string such as "{example}"')
    if not amount.is_finite():
        raise ValueError(f"{what} must be a finite number")
    return amount


def parse_money(value: Any) -> Decimal:
    """Yuan with at most two places, never negative, never a float."""
    amount = parse_exact_decimal(value, what="money", example="10000000.00")
    if amount != amount.quantize(CENT):
        raise ValueError("money has at most two decimal places (fen)")
    if amount < 0:
        raise ValueError("money cannot be negative")
    if amount > MAX_YUAN:
        raise ValueError("amount too large")
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
