"""``make events``: the platform's AsyncAPI document, its readable rendering and the schema
snapshot of every event version, all generated, so none of them is ever edited by hand.

- ``docs/asyncapi.json``: the whole platform's document (``shared.asyncapi``);
- ``docs/events.md``: a table per topic (type, producer, consumers) and each payload's fields;
- ``docs/events/<type>.json``: the payload schema of each event version. A snapshot moves on
  with compatible changes only: when the current schema breaks it (``shared.schema_compat``),
  nothing is written and the command fails; a breaking change needs a new version (``.v2``).

``python -m shared.event_docs [DOCS_DIR]``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from shared.asyncapi import DEAD_LETTER, OVERVIEW, document
from shared.event_catalogue import catalogue
from shared.platform import SERVICES, service_spec
from shared.schema_compat import breaking_changes

DOCS = Path(__file__).resolve().parents[2] / "docs"
ASYNCAPI_FILE = "asyncapi.json"
MARKDOWN_FILE = "events.md"
SNAPSHOTS = "events"


def platform_document() -> dict[str, Any]:
    return document([service_spec(service) for service in SERVICES])


def to_json(value: Any) -> str:
    """The committed form: stable, readable diffs, Chinese kept as it is."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def current_snapshots() -> dict[str, dict[str, Any]]:
    """Each event type's payload schema as it is now, standalone (its own ``$defs``)."""
    return {
        event.type: event.payload.model_json_schema(mode="serialization") for event in catalogue().values()
    }


def read_snapshots(docs: Path) -> dict[str, dict[str, Any]]:
    folder = docs / SNAPSHOTS
    return {
        path.name.removesuffix(".json"): json.loads(path.read_text())
        for path in sorted(folder.glob("*.json"))
    }


def compatibility_problems(
    committed: Mapping[str, Mapping[str, Any]], current: Mapping[str, Mapping[str, Any]]
) -> list[str]:
    """What breaks a committed snapshot, and snapshots whose event vanished without a new version."""
    problems = [
        f"{event_type}: {change}"
        for event_type, schema in current.items()
        if event_type in committed
        for change in breaking_changes(committed[event_type], schema)
    ]
    for event_type in committed.keys() - current.keys():
        stem = event_type.rsplit(".v", 1)[0]
        if not any(other.rsplit(".v", 1)[0] == stem for other in current):
            problems.append(f"{event_type}: no longer declared, and no other version of it is")
    return sorted(problems)


def render_markdown(doc: Mapping[str, Any]) -> str:
    """``docs/events.md`` from the document: per topic who sends and receives what, then fields."""
    messages: Mapping[str, Any] = doc["components"]["messages"]
    schemas: Mapping[str, Any] = doc["components"]["schemas"]
    senders, receivers = _roles(doc)
    out = [
        "# Events",
        "",
        "The AsyncAPI 3.0 document is [`asyncapi.json`](asyncapi.json); each service serves its own part",
        "at `GET /asyncapi.json`. The models are in `shared/contracts/`; each version's schema is kept in",
        "[`events/`](events/).",
        "",
        OVERVIEW,
    ]
    for name, channel in doc["channels"].items():
        types = [t for t in channel["messages"] if t != DEAD_LETTER]
        if not types:
            continue
        out += ["", f"## `{name}` — {channel['title']}", "", channel["description"], ""]
        out += ["| event type | producer | consumers | summary |", "|---|---|---|---|"]
        for t in types:
            summary = messages[t].get("summary", "")
            consumers = ", ".join(receivers.get(t, [])) or "—"
            out.append(
                f"| [`{t}`](#{_anchor(t)}) | {', '.join(senders.get(t, []))} | {consumers} | {summary} |"
            )
        for t in types:
            message = messages[t]
            out += ["", f"### `{t}`", ""]
            if message.get("summary"):
                out += [message["summary"], ""]
            if message.get("description"):
                out += [message["description"], ""]
            out += _fields(_resolve(message["payload"], schemas))
    dead = [name for name, channel in doc["channels"].items() if DEAD_LETTER in channel["messages"]]
    if dead:
        headers = schemas["DeadLetterHeaders"]
        out += ["", "## Dead letters", "", f"Topics: {', '.join(f'`{d}`' for d in dead)}.", ""]
        out += [messages[DEAD_LETTER]["summary"], "", *_fields(headers)]
    used = sorted(_nested_models(doc))
    if used:
        out += ["", "## Schemas used by the payloads"]
        for model in used:
            out += ["", f"### {model}", "", *_fields(schemas[model])]
    return "\n".join(out).rstrip() + "\n"


def _roles(doc: Mapping[str, Any]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Who sends and who receives each message, read from the operations."""
    senders: dict[str, list[str]] = {}
    receivers: dict[str, list[str]] = {}
    for operation in doc["operations"].values():
        service = operation["tags"][0]["name"]
        into = senders if operation["action"] == "send" else receivers
        for ref in operation["messages"]:
            into.setdefault(ref["$ref"].rsplit("/", 1)[-1], []).append(service)
    return senders, receivers


def _nested_models(doc: Mapping[str, Any]) -> set[str]:
    """The schemas payloads refer to, other than the payloads themselves."""
    payloads = {
        m["payload"].get("$ref", "").rsplit("/", 1)[-1] for m in doc["components"]["messages"].values()
    }
    text = json.dumps([doc["components"]["schemas"][p] for p in payloads if p])
    names = set(doc["components"]["schemas"]) - payloads
    nested = {n for n in names if f'"#/components/schemas/{n}"' in text}
    while True:  # models used by those, in turn
        more = {
            n
            for n in names - nested
            if any(
                f'"#/components/schemas/{n}"' in json.dumps(doc["components"]["schemas"][m]) for m in nested
            )
        }
        if not more:
            return nested
        nested |= more


def _fields(schema: Mapping[str, Any]) -> list[str]:
    required = set(schema.get("required", ()))
    rows = ["| field | type | required | description |", "|---|---|---|---|"]
    for name, field in schema.get("properties", {}).items():
        description = " ".join(field.get("description", "").split())
        rows.append(f"| `{name}` | {_type(field)} | {'yes' if name in required else 'no'} | {description} |")
    return rows


def _type(schema: Mapping[str, Any]) -> str:
    """A field's type in a table cell: ``string (uuid)``, ``list[Model]``, ``a \\| b``, a link."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    for union in ("anyOf", "oneOf"):
        if union in schema:
            return " \\| ".join(_type(option) for option in schema[union])
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return _type(schema["allOf"][0])
    if "const" in schema:
        return f"`{json.dumps(schema['const'], ensure_ascii=False)}`"
    if "enum" in schema:
        return "one of " + ", ".join(f"`{value}`" for value in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list[{_type(schema.get('items', {}))}]"
    if kind == "null":
        return "null"
    if "format" in schema:
        return f"{kind} ({schema['format']})"
    if "pattern" in schema:
        return f"{kind} `{schema['pattern']}`"
    return str(kind)


def _resolve(schema: Mapping[str, Any], schemas: Mapping[str, Any]) -> Mapping[str, Any]:
    if "$ref" in schema:
        return schemas[schema["$ref"].rsplit("/", 1)[-1]]  # type: ignore[no-any-return]  # a JSON schema
    return schema


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading that is just a code span: lower case, without dots."""
    return "".join(c for c in heading.lower() if c.isalnum() or c in "-_")


def write(docs: Path = DOCS) -> list[str]:
    """Write everything; returns the compatibility problems instead when there are any."""
    current = current_snapshots()
    problems = compatibility_problems(read_snapshots(docs), current)
    if problems:
        return problems
    doc = platform_document()
    (docs / ASYNCAPI_FILE).write_text(to_json(doc))
    (docs / MARKDOWN_FILE).write_text(render_markdown(doc))
    (docs / SNAPSHOTS).mkdir(exist_ok=True)
    for event_type, schema in current.items():
        (docs / SNAPSHOTS / f"{event_type}.json").write_text(to_json(schema))
    return []


def main(argv: list[str]) -> int:
    problems = write(Path(argv[0]) if argv else DOCS)
    for problem in problems:
        print(f"breaking change: {problem}", file=sys.stderr)
    if problems:
        print("A breaking change needs a new event version (.v<N+1>); nothing was written.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
