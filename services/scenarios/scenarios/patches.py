"""A PATCH body's changes: the fields it names, none of them emptied (every field a PATCH of
scenarios can name is one the record always has)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from shared.errors import FieldError, Unprocessable


def changes_of(patch: BaseModel) -> dict[str, Any]:
    """The fields ``patch`` sets, by name; 422 naming each one it sets to null."""
    changes = patch.model_dump(exclude_unset=True)
    nulls = [
        FieldError(name, "may be changed, not emptied", "可以修改，不能清空")
        for name, value in changes.items()
        if value is None
    ]
    if nulls:
        raise Unprocessable(
            "a field may be changed, not emptied: leave it out to keep it",
            detail_zh="字段可以修改，不能置空；不修改的字段请省略",
            errors=nulls,
        )
    return changes
