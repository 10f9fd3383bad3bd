"""The compatibility check of event payload schemas (shared.schema_compat), on small models."""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel

from shared.money import Money
from shared.schema_compat import breaking_changes


def schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema(mode="serialization")


class Item(BaseModel):
    name: str
    amount: Money


class V1(BaseModel):
    id: uuid.UUID
    status: Literal["draft", "approved"]
    note: str | None = None
    items: list[Item]


def test_the_same_schema_is_compatible() -> None:
    assert breaking_changes(schema(V1), schema(V1)) == []


def test_an_added_optional_field_passes() -> None:
    class Added(V1):
        comment: str | None = None
        count: int = 0

    assert breaking_changes(schema(V1), schema(Added)) == []


def test_a_removed_field_is_caught() -> None:
    class Removed(BaseModel):
        id: uuid.UUID
        status: Literal["draft", "approved"]
        items: list[Item]

    assert breaking_changes(schema(V1), schema(Removed)) == ["payload.note: removed"]


def test_a_new_required_field_is_caught() -> None:
    class Required(V1):
        year: int

    assert breaking_changes(schema(V1), schema(Required)) == [
        "payload.year: now required (new field); events written before lack it"
    ]


def test_a_changed_type_is_caught_and_so_is_a_field_that_may_now_be_null() -> None:
    class Changed(BaseModel):
        id: str
        status: Literal["draft", "approved"] | None
        note: str | None = None
        items: list[Item]

    assert breaking_changes(schema(V1), schema(Changed)) == [
        "payload.id: type changed from string (uuid) to string",
        "payload.status: type changed from string to null | string",
    ]


def test_a_narrowed_enum_is_caught_and_a_widened_one_passes() -> None:
    class Narrowed(V1):
        status: Literal["draft"]  # type: ignore[assignment]  # the narrowing under test

    class Widened(V1):
        status: Literal["draft", "approved", "closed"]  # type: ignore[assignment]  # the widening under test

    assert breaking_changes(schema(V1), schema(Narrowed)) == [
        "payload.status: enum narrowed, lost ['approved']"
    ]
    assert breaking_changes(schema(V1), schema(Widened)) == []


def test_a_change_inside_a_nested_model_in_a_list_is_caught_with_its_path() -> None:
    class Item2(BaseModel):
        name: int

    class Nested(V1):
        items: list[Item2]  # type: ignore[assignment]  # the change under test

    assert breaking_changes(schema(V1), schema(Nested)) == [
        "payload.items[].amount: removed",
        "payload.items[].name: type changed from string to integer",
    ]


def test_descriptions_and_model_names_do_not_matter() -> None:
    old = {"type": "object", "properties": {"a": {"$ref": "#/$defs/A"}}, "$defs": {"A": {"type": "string"}}}
    new = {"type": "object", "properties": {"a": {"type": "string", "description": "now documented"}}}
    assert breaking_changes(old, new) == []
