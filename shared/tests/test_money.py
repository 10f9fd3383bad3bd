"""Money in the API (DESIGN 3): decimal strings with two places in and out, never floats."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from shared.money import MAX_YUAN, Money, format_money, parse_money


class Amount(BaseModel):
    amount: Money


class OptionalAmount(BaseModel):
    amount: Money | None = None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("30000000.00", Decimal("30000000.00")),
        ("10000000", Decimal("10000000.00")),
        ("0.5", Decimal("0.50")),
        (" 12.30 ", Decimal("12.30")),
        (0, Decimal("0.00")),
        (200000000, Decimal("200000000.00")),
        (Decimal("7.1"), Decimal("7.10")),
        ("9999999999999999.99", MAX_YUAN),
    ],
)
def test_parse_money_accepts_decimal_strings_integers_and_decimals(raw: Any, expected: Decimal) -> None:
    parsed = parse_money(raw)
    assert parsed == expected
    assert parsed.as_tuple().exponent == -2


@pytest.mark.parametrize("raw", [1.5, 0.1, 30000000.0, float("nan"), True, False])
def test_parse_money_refuses_floats_and_booleans(raw: Any) -> None:
    with pytest.raises(ValueError, match=r"float|decimal string"):
        parse_money(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1.234", "two decimal places"),
        ("0.001", "two decimal places"),
        (Decimal("1.005"), "two decimal places"),
        ("-0.01", "negative"),
        (-1, "negative"),
        ("10000000000000000.00", "too large"),
        ("NaN", "finite"),
        ("Infinity", "finite"),
        ("-Infinity", "finite"),
        ("ten yuan", "not a decimal"),
        ("", "not a decimal"),
        ("1,000.00", "not a decimal"),
        (None, "decimal string"),
        ([1], "decimal string"),
        ({"amount": "1"}, "decimal string"),
    ],
)
def test_parse_money_refuses_what_is_not_yuan_and_fen(raw: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_money(raw)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("30000000"), "30000000.00"),
        (Decimal("0"), "0.00"),
        (Decimal("1.5"), "1.50"),
        (Decimal("1E+3"), "1000.00"),
        (MAX_YUAN, "9999999999999999.99"),
    ],
)
def test_format_money_always_writes_two_places_without_exponent(amount: Decimal, text: str) -> None:
    assert format_money(amount) == text


def test_a_model_field_serializes_money_as_a_json_string() -> None:
    model = Amount(amount="30000000")  # type: ignore[arg-type]
    assert model.amount == Decimal("30000000.00")
    assert model.model_dump(mode="json") == {"amount": "30000000.00"}
    assert json.loads(model.model_dump_json()) == {"amount": "30000000.00"}


def test_a_model_field_round_trips_through_json() -> None:
    model = Amount.model_validate_json('{"amount": "37037036.73"}')
    assert Amount.model_validate_json(model.model_dump_json()) == model


def test_a_json_number_with_a_fraction_is_refused_in_a_model() -> None:
    with pytest.raises(ValidationError, match="float"):
        Amount.model_validate_json('{"amount": 1.5}')
    with pytest.raises(ValidationError, match="float"):
        Amount.model_validate({"amount": 1.5})


def test_a_json_integer_is_accepted_in_a_model() -> None:
    assert Amount.model_validate_json('{"amount": 200000000}').amount == Decimal("200000000.00")


def test_optional_money_keeps_null_as_null() -> None:
    assert OptionalAmount.model_validate({"amount": None}).amount is None
    assert OptionalAmount().model_dump(mode="json") == {"amount": None}


def test_the_json_schema_documents_money_as_a_string() -> None:
    schema = Amount.model_json_schema(mode="serialization")["properties"]["amount"]
    assert schema["type"] == "string"
    pattern = re.compile(schema["pattern"])
    assert pattern.fullmatch("30000000.00")
    assert pattern.fullmatch(format_money(MAX_YUAN))
    assert not pattern.fullmatch("1.5e3")


def test_negative_zero_is_normalized_to_zero() -> None:
    assert format_money(parse_money("-0.00")) == "0.00"
