"""CloudEvents 1.0 envelope (DESIGN 6) and its Kafka binary-mode encoding (``ce_*`` headers)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.db import utcnow

CE_HEADER_PREFIX = "ce_"
CONTENT_TYPE_HEADER = "content-type"
# The attributes that travel as ``ce_<name>`` headers (``datacontenttype`` is ``content-type``);
# the last two are the distributed-tracing extension (shared.tracing).
HEADER_ATTRIBUTES = ("specversion", "id", "source", "type", "time", "subject", "traceparent", "tracestate")
_OPTIONAL = ("subject", "traceparent", "tracestate")


class CloudEvent(BaseModel):
    """One domain event as it travels: the envelope plus its ``data`` (a contract model dump)."""

    model_config = ConfigDict(frozen=True)

    # The descriptions are the AsyncAPI document's of the ``ce_*`` headers (shared.asyncapi).
    specversion: Literal["1.0"] = "1.0"
    id: uuid.UUID = Field(
        default_factory=uuid.uuid4,
        description="Unique per event (the outbox row's `event_id`); an inbox skips an id it handled.",
    )
    source: str = Field(description="The producing service, `/gz-mic/<service>`.")
    type: str = Field(description="`gz.mic.<service>.<aggregate>.<event>.v<N>`: names the payload schema.")
    time: dt.datetime = Field(
        default_factory=utcnow, description="When the event happened, RFC 3339 in UTC with a `+00:00` offset."
    )
    subject: str | None = Field(default=None, description="The aggregate the event is about.")
    datacontenttype: Literal["application/json"] = "application/json"
    data: dict[str, Any]
    traceparent: str | None = Field(
        default=None,
        description="CloudEvents distributed-tracing extension: the W3C trace context the event was "
        "written in, present only while that service traces.",
    )
    tracestate: str | None = Field(
        default=None, description="The W3C `tracestate` beside `traceparent`, when there is one."
    )


class MalformedEvent(ValueError):
    """A Kafka record that is not a CloudEvent this platform can read (goes to the DLQ)."""


def encode_binary(event: CloudEvent) -> tuple[list[tuple[str, bytes]], bytes]:
    """Kafka headers and value for binary content mode."""
    headers = [
        ("ce_specversion", event.specversion.encode()),
        ("ce_id", str(event.id).encode()),
        ("ce_source", event.source.encode()),
        ("ce_type", event.type.encode()),
        ("ce_time", event.time.astimezone(dt.UTC).isoformat().encode()),
        (CONTENT_TYPE_HEADER, event.datacontenttype.encode()),
    ]
    for name in _OPTIONAL:
        attribute: str | None = getattr(event, name)
        if attribute is not None:
            headers.append((CE_HEADER_PREFIX + name, attribute.encode()))
    value = json.dumps(event.data, ensure_ascii=False, separators=(",", ":")).encode()
    return headers, value


def decode_binary(
    headers: list[tuple[str, bytes | None]] | tuple[tuple[str, bytes | None], ...],
    value: bytes | None,
) -> CloudEvent:
    """The inverse of :func:`encode_binary`; raises :class:`MalformedEvent` on anything else."""
    attrs: dict[str, Any] = {}
    for name, raw in headers:
        if name.startswith(CE_HEADER_PREFIX) and name[3:] in HEADER_ATTRIBUTES:
            if raw is None:
                raise MalformedEvent(f"header {name} has no value")
            try:
                attrs[name[3:]] = raw.decode("utf-8", errors="strict")
            except UnicodeDecodeError as exc:
                raise MalformedEvent(f"header {name} is not UTF-8 text") from exc
    missing = [a for a in ("specversion", "id", "source", "type") if a not in attrs]
    if missing:
        raise MalformedEvent(f"missing CloudEvents headers: {', '.join(missing)}")
    try:
        data = json.loads(value or b"")
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedEvent(f"body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise MalformedEvent("body must be a JSON object")
    try:
        return CloudEvent(data=data, **attrs)
    except ValueError as exc:
        raise MalformedEvent(f"invalid CloudEvents attributes: {exc}") from exc


def dlq_topic(topic: str) -> str:
    return f"{topic}.dlq"
