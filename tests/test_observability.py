"""Issue 16, item 3: after an upgrade, ``/metrics`` shows what moved, the upgrade is one trace from
registry's request to funding's handler and its SQL, and a log line names its request and trace."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import structlog
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from prometheus_client.parser import text_string_to_metric_families

from shared.contracts.registry import CENTER_TOPIC, CENTER_UPGRADED
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.flows import center_payload
from tests.stack import Stack, running_stack
from tests.test_upgrade_flow import upgrade_and_wait

UPGRADE_ROUTE = "/api/v1/centers/{center_id}/upgrades"
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


@pytest.fixture(scope="module")
async def traced() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture(scope="module")
async def stack(
    fresh_databases: DatabaseFactory, own_broker: LocalBroker, traced: InMemorySpanExporter
) -> AsyncIterator[Stack]:
    async with running_stack(
        await fresh_databases(),
        own_broker.bootstrap_servers,
        services=("registry", "funding"),
        tracing_enabled=True,
        outbox_metrics_interval_s=0.1,
    ) as running:
        for app in running.apps.values():
            provider = runtime_of(app).tracer_provider
            assert provider is not None
            provider.add_span_processor(SimpleSpanProcessor(traced))
        yield running


async def scrape(stack: Stack, service: str) -> Samples:
    response = await stack.clients[service].get("/metrics")
    assert response.status_code == 200
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def total(samples: Samples, name: str, **labels: str) -> float:
    """The sum of ``name``'s samples that carry ``labels`` (others may differ)."""
    wanted = set(labels.items())
    return sum(value for (n, have), value in samples.items() if n == name and wanted <= have)


def group_of(stack: Stack, service: str) -> str:
    consumer = runtime_of(stack.apps[service]).consumer
    assert consumer is not None
    return consumer.group_id


async def test_metrics_after_an_upgrade_show_its_request_publish_and_handling(
    stack: Stack, token: TokenFactory
) -> None:
    funding_group = group_of(stack, "funding")
    before = await scrape(stack, "registry")
    await upgrade_and_wait(stack, token)
    after = {service: await scrape(stack, service) for service in ("registry", "funding")}

    def moved(name: str, **labels: str) -> float:
        return total(after["registry"], name, **labels) - total(before, name, **labels)

    upgrades = {"method": "POST", "status": "2xx", "handler": UPGRADE_ROUTE}
    assert moved("http_requests_total", **upgrades) == 1
    assert moved("http_request_duration_seconds_count", method="POST", handler=UPGRADE_ROUTE) == 1
    assert moved("mic_outbox_published_total", service="registry") >= 1
    assert moved("mic_events_consumed_total", consumer=funding_group, outcome="handled") >= 1
    handled = {"consumer": funding_group, "event_type": CENTER_UPGRADED}
    assert moved("mic_event_handler_duration_seconds_count", **handled) >= 1
    # Both services' /metrics answer; in production each is its own process (one registry here).
    assert total(after["funding"], "mic_event_handler_duration_seconds_count", **handled) >= 1
    assert total(after["funding"], "mic_events_retried_total", consumer=funding_group) == 0

    async def caught_up() -> Samples | None:
        """The lag is reported, and drops to 0 once funding has handled what registry sent (the
        centers' way to operating came before the upgrade, so it may still be working)."""
        now = await scrape(stack, "funding")
        lagging = [k for k in now if k[0] == "mic_consumer_lag" and ("consumer", funding_group) in k[1]]
        lag = total(now, "mic_consumer_lag", consumer=funding_group, topic=CENTER_TOPIC)
        backlog = ("mic_outbox_backlog", frozenset({("service", "registry")}))
        return now if lagging and lag == 0 and now.get(backlog) == 0 else None

    now = await eventually(caught_up, what="a lag of 0 and an empty outbox on /metrics")
    assert total(now, "mic_outbox_oldest_unsent_age_seconds", service="registry") == 0


def service_of(span: ReadableSpan) -> str:
    return str(span.resource.attributes["service.name"])


def span_id(span: ReadableSpan) -> int:
    assert span.context is not None  # a finished span has one
    return int(span.context.span_id)


def in_trace(exporter: InMemorySpanExporter, trace_id: int) -> list[ReadableSpan]:
    spans = exporter.get_finished_spans()
    return [s for s in spans if s.context is not None and s.context.trace_id == trace_id]


async def test_an_upgrade_is_one_trace_from_the_registry_request_to_funding_sql(
    stack: Stack, token: TokenFactory, traced: InMemorySpanExporter
) -> None:
    center, _case = await upgrade_and_wait(stack, token, to_tier="national")
    (request,) = [
        s
        for s in traced.get_finished_spans()
        if s.kind is SpanKind.SERVER
        and s.attributes is not None
        and s.attributes.get("http.route") == UPGRADE_ROUTE
        and center["id"] in str(s.attributes.get("url.path") or s.attributes.get("http.target"))
    ]
    assert request.context is not None
    trace_id = request.context.trace_id

    async def handled() -> list[ReadableSpan]:
        spans = in_trace(traced, trace_id)
        return [s for s in spans if service_of(s) == "funding" and s.name == f"process {CENTER_UPGRADED}"]

    (handling,) = await eventually(handled, what="funding's handler span in the upgrade's trace")
    spans = in_trace(traced, trace_id)
    (publish,) = [s for s in spans if s.kind is SpanKind.PRODUCER and s.name == f"publish {CENTER_TOPIC}"]
    assert service_of(publish) == "registry"
    assert publish.parent is not None
    assert publish.parent.span_id == span_id(request)  # the outbox kept the request's context
    assert handling.parent is not None
    assert handling.parent.span_id == span_id(publish)  # the record carried the publish span's
    handler_sql = [
        s
        for s in spans
        if s.kind is SpanKind.CLIENT and s.parent is not None and s.parent.span_id == span_id(handling)
    ]
    assert handler_sql, "the handler's SQL is in the trace"
    assert all(service_of(s) == "funding" for s in handler_sql)
    assert any(s.kind is SpanKind.CLIENT and service_of(s) == "registry" for s in spans)


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """The root logger's lines as the services write them in production (JSON), captured."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.JSONRenderer(),
            ]
        )
    )
    root = logging.getLogger()
    root.addHandler(handler)
    yield out
    root.removeHandler(handler)


async def test_a_log_line_inside_a_request_names_its_request_and_its_trace(
    stack: Stack, token: TokenFactory, json_log: io.StringIO, traced: InMemorySpanExporter
) -> None:
    # A NUL is valid JSON but no PostgreSQL text: the refusal is logged inside the request.
    response = await stack.registry.post(
        "/api/v1/centers",
        json=center_payload(name="广州\x00创新中心"),
        headers={**bearer(token("municipal_admin")), "X-Request-ID": "8a5b0c7e-1d2f-4a3b-9c4d-5e6f7a8b9c0d"},
    )
    assert response.status_code == 422, response.text
    lines: list[dict[str, Any]] = [json.loads(line) for line in json_log.getvalue().splitlines()]
    (refused,) = [line for line in lines if line["event"] == "database_refused_value"]
    assert refused["request_id"] == "8a5b0c7e-1d2f-4a3b-9c4d-5e6f7a8b9c0d"
    (request,) = [s for s in in_trace(traced, int(refused["trace_id"], 16)) if s.kind is SpanKind.SERVER]
    assert request.attributes is not None
    assert request.attributes.get("http.route") == "/api/v1/centers"
    assert len(refused["span_id"]) == 16
