"""Traces (OpenTelemetry) across HTTP, SQL and the events between services; off unless turned on.

Off (the default): nothing is instrumented and no span is made. What stays on the hot paths is a
context-variable read — the outbox asking for the current span, the log processor asking the
same — so a read or an upgrade costs what it did.

On (``<SERVICE>_TRACING_ENABLED``, or an ``<SERVICE>_TRACING_OTLP_ENDPOINT``): each service has a
tracer provider of its own, never the process-global one, so that services sharing a process (as
in the tests) each name their spans; FastAPI and the service's engine are instrumented with the
official instrumentations.

Why the events are propagated here and not by opentelemetry-instrumentation-aiokafka: the record
is produced by the relay, long after the request that wrote the event has answered, so the
request's context must live in the outbox row, and the consumer handles the records of a fetch in
one transaction, where that instrumentation's per-record receive span cannot be the handler's
parent. So (docs/decisions/0021):

- the outbox writes the context of the transaction that wrote an event into its envelope, as the
  CloudEvents distributed-tracing extension (``traceparent``, ``tracestate``; ``ce_traceparent`` on
  the wire): the event's creation context;
- the relay's publish span is a child of it, and the record carries the publish span's context in
  the W3C ``traceparent`` header;
- the consumer's handler span is a child of that header's context (else of the envelope's), and
  the handler's SQL a child of the handler span: one upgrade is one trace, request to funding case.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from fastapi import FastAPI
from opentelemetry import metrics, trace
from opentelemetry.context import Context
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.sqlalchemy.engine import EngineTracer
from opentelemetry.sdk.resources import SERVICE_NAME, Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.trace.sampling import (
    Decision,
    ParentBased,
    Sampler,
    SamplingResult,
    TraceIdRatioBased,
)
from opentelemetry.trace import Link, SpanKind, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from opentelemetry.util.types import Attributes
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.events import CloudEvent
from shared.settings import ServiceSettings

TRACER_NAME = "mic"
TRACE_HEADERS = ("traceparent", "tracestate")
# Health, readiness and metrics are polled all day and say nothing about a user's request.
UNTRACED_URLS = "/healthz,/readyz,/metrics"
_W3C = TraceContextTextMapPropagator()

Headers = Sequence[tuple[str, bytes | None]]


class _NoRootDatabaseCalls(Sampler):
    """Drops a database call that starts a trace of its own: the relay's polls, the consumer's
    bookkeeping and the backlog gauges would otherwise each be a one-span trace, all day."""

    def __init__(self, root: Sampler) -> None:
        self._root = root

    def should_sample(
        self,
        parent_context: Context | None,
        trace_id: int,
        name: str,
        kind: SpanKind | None = None,
        attributes: Attributes = None,
        links: Sequence[Link] | None = None,
        trace_state: Any = None,
    ) -> SamplingResult:
        if kind is SpanKind.CLIENT:
            return SamplingResult(Decision.DROP)
        return self._root.should_sample(parent_context, trace_id, name, kind, attributes, links, trace_state)

    def get_description(self) -> str:
        return f"NoRootDatabaseCalls{{{self._root.get_description()}}}"


def tracer_provider_for(settings: ServiceSettings) -> TracerProvider | None:
    """The service's tracer provider, or None when tracing is off (then nothing is instrumented).

    Sampling is decided where a trace starts (an HTTP request, by ``tracing_sample_ratio``) and
    followed downstream (parent-based), so an upgrade's trace is kept whole or not at all."""
    if not settings.tracing:
        return None
    sampler = ParentBased(_NoRootDatabaseCalls(TraceIdRatioBased(settings.tracing_sample_ratio)))
    provider = TracerProvider(
        resource=Resource.create({SERVICE_NAME: settings.service_name}), sampler=sampler
    )
    if settings.tracing_otlp_endpoint:
        provider.add_span_processor(
            BatchSpanProcessor(OTLPSpanExporter(endpoint=settings.tracing_otlp_endpoint))
        )
    return provider


def instrument_app(app: FastAPI, provider: TracerProvider) -> None:
    """A server span per request (outermost, so the request id and every log line share it)."""
    FastAPIInstrumentor.instrument_app(
        app, tracer_provider=provider, excluded_urls=UNTRACED_URLS, exclude_spans=["receive", "send"]
    )


def instrument_engine(engine: AsyncEngine, provider: TracerProvider) -> None:
    """A client span per statement of this engine.

    The instrumentation's per-engine tracer, not ``SQLAlchemyInstrumentor().instrument()``: that
    one runs once per process and then wraps every engine created after it with its first
    provider, which would give one service's SQL to another where services share a process."""
    tracer = provider.get_tracer("opentelemetry.instrumentation.sqlalchemy")
    connections = metrics.NoOpMeter(TRACER_NAME).create_up_down_counter("db.client.connections.usage")
    EngineTracer(tracer, engine.sync_engine, connections)  # type: ignore[no-untyped-call]  # ships no types


def creation_context() -> dict[str, str]:
    """The W3C trace context of the current span, to be kept with an event written now (empty
    when no span is recording, as always with tracing off)."""
    carrier: dict[str, str] = {}
    _W3C.inject(carrier)
    return carrier


def _context_of(carrier: Mapping[str, str]) -> Context | None:
    return _W3C.extract(carrier) if "traceparent" in carrier else None


def record_parent(headers: Headers) -> Context | None:
    """The context a consumed record carries: its W3C headers (the relay's publish span), else the
    envelope's distributed-tracing extension (``ce_traceparent``: where the event was written)."""
    transport: dict[str, str] = {}
    envelope: dict[str, str] = {}
    for name, raw in headers:
        if raw is None:
            continue
        if name in TRACE_HEADERS:
            transport[name] = raw.decode("latin-1")
        elif name.startswith("ce_") and name[3:] in TRACE_HEADERS:
            envelope[name[3:]] = raw.decode("latin-1")
    return _context_of(transport) or _context_of(envelope)


def start_publish_span(tracer: Tracer, event: CloudEvent, *, topic: str) -> trace.Span:
    """The relay's producer span for one event, a child of the context the event was written in."""
    carrier = {name: value for name in TRACE_HEADERS if (value := getattr(event, name)) is not None}
    return tracer.start_span(
        f"publish {topic}",
        context=_context_of(carrier),
        kind=SpanKind.PRODUCER,
        attributes={
            "messaging.system": "kafka",
            "messaging.operation.type": "send",
            "messaging.destination.name": topic,
            "messaging.message.id": str(event.id),
            "cloudevents.event_type": event.type,
        },
    )


def trace_headers(span: trace.Span) -> list[tuple[str, bytes]]:
    """The W3C headers naming ``span``, for the Kafka record it publishes."""
    carrier: dict[str, str] = {}
    _W3C.inject(carrier, context=trace.set_span_in_context(span))
    return [(name, value.encode()) for name, value in carrier.items()]


@contextlib.contextmanager
def handling_span(
    tracer: Tracer | None, name: str, parents: Iterable[Context | None], *, group: str
) -> Iterator[None]:
    """The consumer's span around handling events: the child of their one parent, or, for many
    (a batch), a span of its own linked to each. Nothing without a tracer."""
    if tracer is None:
        yield
        return
    contexts = list(parents)
    links: list[Link] = []
    parent: Context | None = None
    if len(contexts) == 1:
        parent = contexts[0]
    else:
        links = [
            Link(span_context)
            for context in contexts
            if context is not None
            and (span_context := trace.get_current_span(context).get_span_context()).is_valid
        ]
    attributes = {"messaging.system": "kafka", "messaging.operation.type": "process"}
    with tracer.start_as_current_span(
        name,
        context=parent,
        kind=SpanKind.CONSUMER,
        links=links,
        attributes={**attributes, "messaging.consumer.group.name": group},
    ):
        yield
