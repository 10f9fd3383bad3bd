"""Is a payload schema still compatible with the snapshot of its version? (issue 16, item 4)

Outbox rows are kept and re-published (DESIGN 6), so within one version (``.v1``) both directions
must hold: a consumer built on the old schema reads new events, and the new model reads old ones.
So these break a version: a removed field, a changed type (including a field that may now be
``null``), a new required field and an enum that lost a value. Adding an optional field, widening
an enum and editing descriptions do not. A field that became optional is allowed too: pydantic
dumps every field, so producers still write it.

Pure functions over the JSON Schemas pydantic writes (``$ref`` into ``$defs`` or
``components/schemas``, ``anyOf`` for unions); no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Schema = Mapping[str, Any]


def breaking_changes(old: Schema, new: Schema) -> list[str]:
    """What in ``new`` breaks readers or writers of ``old``, one line each (empty: compatible)."""
    return _compare(old, new, old_root=old, new_root=new, path="payload")


def _compare(old: Schema, new: Schema, *, old_root: Schema, new_root: Schema, path: str) -> list[str]:
    old_kinds = _by_kind(old, old_root)
    new_kinds = _by_kind(new, new_root)
    if old_kinds.keys() != new_kinds.keys():
        return [f"{path}: type changed from {_names(old_kinds)} to {_names(new_kinds)}"]
    problems: list[str] = []
    for kind, old_alt in old_kinds.items():
        new_alt = new_kinds[kind]
        problems += _enum_changes(old_alt, new_alt, path)
        if kind == "object":
            problems += _object_changes(old_alt, new_alt, old_root=old_root, new_root=new_root, path=path)
        elif kind == "array" and "items" in old_alt and "items" in new_alt:
            problems += _compare(
                old_alt["items"], new_alt["items"], old_root=old_root, new_root=new_root, path=f"{path}[]"
            )
    return problems


def _object_changes(old: Schema, new: Schema, *, old_root: Schema, new_root: Schema, path: str) -> list[str]:
    old_props: Mapping[str, Schema] = old.get("properties", {})
    new_props: Mapping[str, Schema] = new.get("properties", {})
    old_required = set(old.get("required", ()))
    problems = [f"{path}.{name}: removed" for name in old_props if name not in new_props]
    for name in new.get("required", ()):
        if name not in old_required:
            was = "was optional" if name in old_props else "new field"
            problems.append(f"{path}.{name}: now required ({was}); events written before lack it")
    for name in old_props.keys() & new_props.keys():
        problems += _compare(
            old_props[name], new_props[name], old_root=old_root, new_root=new_root, path=f"{path}.{name}"
        )
    old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
    if isinstance(old_extra, Mapping) and isinstance(new_extra, Mapping):
        problems += _compare(old_extra, new_extra, old_root=old_root, new_root=new_root, path=f"{path}{{*}}")
    return sorted(problems)


def _enum_changes(old: Schema, new: Schema, path: str) -> list[str]:
    old_values, new_values = _enum(old), _enum(new)
    if new_values is None:
        return []  # unrestricted now: every old value is still allowed
    if old_values is None:
        return [f"{path}: now restricted to {new_values}"]
    lost = [value for value in old_values if value not in new_values]
    return [f"{path}: enum narrowed, lost {lost}"] if lost else []


def _enum(schema: Schema) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return list(values) if values is not None else None


def _by_kind(schema: Schema, root: Schema) -> dict[str, Schema]:
    """The alternatives of a schema (one, or each of a union) by their JSON type and format."""
    kinds: dict[str, Schema] = {}
    for alternative in _alternatives(schema, root):
        kinds[_kind(alternative)] = alternative
    return kinds


def _alternatives(schema: Schema, root: Schema) -> list[Schema]:
    schema = _resolve(schema, root)
    for union in ("anyOf", "oneOf"):
        if union in schema:
            return [alt for option in schema[union] for alt in _alternatives(option, root)]
    if "allOf" in schema and len(schema["allOf"]) == 1:  # pydantic's wrapper of a described $ref
        return _alternatives(schema["allOf"][0], root)
    if isinstance(schema.get("type"), list):
        return [{**schema, "type": one} for one in schema["type"]]
    return [schema]


def _resolve(schema: Schema, root: Schema) -> Schema:
    """Follow local ``$ref`` pointers (``#/$defs/X``, ``#/components/schemas/X``)."""
    seen: set[str] = set()
    while "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve {ref!r}")
        seen.add(ref)
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        schema = target
    return schema


def _kind(schema: Schema) -> str:
    kind = schema.get("type")
    if kind is None:
        if "properties" in schema:
            kind = "object"
        elif "const" in schema or "enum" in schema:
            kind = _json_type((_enum(schema) or [None])[0])
        else:
            kind = "any"
    fmt = schema.get("format")
    return f"{kind} ({fmt})" if fmt else str(kind)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "null" if value is None else "string"


def _names(kinds: Mapping[str, Schema]) -> str:
    return " | ".join(sorted(kinds))
