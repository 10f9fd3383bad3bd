"""Tracing is off unless turned on, and a consumed record's trace context is found where the relay
put it (the W3C headers) before where the event was written (its ``ce_traceparent``)."""

from __future__ import annotations

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider

from shared.settings import ServiceSettings
from shared.tracing import creation_context, record_parent, tracer_provider_for

WRITTEN = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
PUBLISHED = "00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01"


def span_id_of(headers: list[tuple[str, bytes | None]]) -> int | None:
    context = record_parent(headers)
    if context is None:
        return None
    return int(trace.get_current_span(context).get_span_context().span_id)


def test_tracing_is_off_by_default_and_an_endpoint_turns_it_on() -> None:
    assert tracer_provider_for(ServiceSettings()) is None
    assert tracer_provider_for(ServiceSettings(tracing_otlp_endpoint="http://127.0.0.1:4318/v1/traces"))
    assert tracer_provider_for(ServiceSettings(tracing_enabled=True))


def test_an_event_written_outside_any_span_keeps_no_trace_context() -> None:
    assert creation_context() == {}


def test_an_event_written_in_a_span_keeps_that_span_as_its_traceparent() -> None:
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("request") as span:
        context = creation_context()
    ids = span.get_span_context()
    assert context["traceparent"].startswith(f"00-{ids.trace_id:032x}-{ids.span_id:016x}-")


def test_a_record_is_parented_by_the_relay_headers_first_then_the_envelope() -> None:
    assert span_id_of([("ce_traceparent", WRITTEN.encode()), ("traceparent", PUBLISHED.encode())]) == int(
        "00f067aa0ba902b7", 16
    )
    assert span_id_of([("ce_traceparent", WRITTEN.encode())]) == int("b7ad6b7169203331", 16)
    assert span_id_of([("ce_id", b"x"), ("traceparent", None)]) is None
