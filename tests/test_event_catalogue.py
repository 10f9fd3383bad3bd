"""The event catalogue (issue 16, item 4): the AsyncAPI document and docs/events.md are what the
event models generate now, every event type a service can emit has a schema in it, and no event
breaks the committed schema of its version.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import uuid
from pathlib import Path
from typing import Any, cast

import httpx
import jsonschema
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from shared.asyncapi import document, service_document
from shared.event_catalogue import TYPE_PATTERN, UndeclaredEvent, catalogue, check_declared, contract_modules
from shared.event_docs import (
    ASYNCAPI_FILE,
    DOCS,
    MARKDOWN_FILE,
    compatibility_problems,
    current_snapshots,
    read_snapshots,
    render_markdown,
    to_json,
)
from shared.events import CloudEvent
from shared.platform import SERVICES, service_app, service_spec

ROOT = Path(__file__).resolve().parents[1]
ASYNCAPI_SCHEMA = ROOT / "clients/typescript/node_modules/@asyncapi/specs/schemas/3.0.0-without-$id.json"
REGENERATE = "out of date: run make events and commit the result"


@pytest.fixture(scope="module")
def platform() -> dict[str, Any]:
    # Through JSON, as it is committed and served (tuples become lists).
    return cast(dict[str, Any], json.loads(to_json(document([service_spec(s) for s in SERVICES]))))


def test_the_committed_asyncapi_document_and_events_page_are_what_the_models_generate(
    platform: dict[str, Any],
) -> None:
    assert (DOCS / ASYNCAPI_FILE).read_text() == to_json(platform), REGENERATE
    assert (DOCS / MARKDOWN_FILE).read_text() == render_markdown(platform), REGENERATE


def test_the_committed_schema_of_every_event_version_is_current() -> None:
    committed = read_snapshots(DOCS)
    current = current_snapshots()
    assert {t: committed.get(t) for t in current} == current, REGENERATE


def test_no_event_breaks_the_committed_schema_of_its_version() -> None:
    assert compatibility_problems(read_snapshots(DOCS), current_snapshots()) == [], (
        "a breaking change needs a new event version (.v<N+1>)"
    )


def test_a_breaking_change_or_a_vanished_event_is_reported_with_its_type() -> None:
    current = current_snapshots()
    talent = "gz.mic.talent.talent.registered.v1"
    old = json.loads(json.dumps(current[talent]))
    old["properties"]["nickname"] = {"type": "string"}
    committed = {**current, talent: old, "gz.mic.talent.talent.retired.v1": {"type": "object"}}
    assert compatibility_problems(committed, current) == [
        "gz.mic.talent.talent.registered.v1: payload.nickname: removed",
        "gz.mic.talent.talent.retired.v1: no longer declared, and no other version of it is",
    ]


def test_every_event_type_named_in_code_has_a_schema_and_a_producer_in_the_document(
    platform: dict[str, Any],
) -> None:
    """The outbox refuses undeclared types at run time; this finds the type strings the code holds:
    every contract constant and every literal in the services' code."""
    named: set[str] = set()
    for module_name in contract_modules():
        module = importlib.import_module(module_name)
        named |= {v for v in vars(module).values() if isinstance(v, str) and TYPE_PATTERN.match(v)}
    literal = re.compile(r"[\"'](gz\.mic\.[a-z_]+\.[a-z_]+\.[a-z_]+\.v[0-9]+)[\"']")
    for service in SERVICES:
        for path in (ROOT / "services" / service / service).rglob("*.py"):
            named |= set(literal.findall(path.read_text()))
    assert named, "no event type found: the scan is broken"
    messages = platform["components"]["messages"]
    operations = platform["operations"].values()
    sent = {ref["$ref"].rsplit("/", 1)[-1] for op in operations for ref in op["messages"]}
    assert sorted(named - messages.keys()) == [], "event types without a schema"
    assert sorted(named - sent) == [], "event types no service sends"
    assert named == set(catalogue())
    for event_type in named:
        assert messages[event_type]["payload"]["$ref"].startswith("#/components/schemas/")


def test_the_outbox_refuses_an_event_type_no_contract_declares() -> None:
    check_declared("registry", "gz.mic.registry.center.created.v1", "registry.center")
    with pytest.raises(UndeclaredEvent, match="not declared"):
        check_declared("registry", "gz.mic.registry.center.painted.v1", "registry.center")
    with pytest.raises(UndeclaredEvent, match=r"not on funding\.policy"):
        check_declared("registry", "gz.mic.registry.center.created.v1", "funding.policy")
    with pytest.raises(UndeclaredEvent, match=r"by registry, not on registry\.center by funding"):
        check_declared("funding", "gz.mic.registry.center.created.v1", "registry.center")


async def test_an_undeclared_event_fails_where_it_is_written_to_the_outbox() -> None:
    outbox = service_spec("talent").outbox
    event = CloudEvent(source="/gz-mic/talent", type="gz.mic.talent.talent.vanished.v1", data={})
    with pytest.raises(UndeclaredEvent):
        await outbox.add(cast(AsyncSession, None), event, topic="talent.talent", key=str(uuid.uuid4()))


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_produces_the_topics_of_its_events_and_handles_declared_types(service: str) -> None:
    spec = service_spec(service)
    events = catalogue()
    assert set(spec.produced_topics) == {e.topic.name for e in events.values() if e.producer == service}
    for handled in {**spec.handlers, **spec.batch_handlers}:
        assert handled in events, f"{service} handles {handled}, which no contract declares"
        assert events[handled].topic.name in spec.consumed_topics


def _asyncapi_validator() -> jsonschema.Draft7Validator:
    if not ASYNCAPI_SCHEMA.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{ASYNCAPI_SCHEMA} is missing: make install runs npm ci in clients/typescript")
        pytest.skip("the AsyncAPI JSON Schema comes from npm (@asyncapi/specs): make install")
    return jsonschema.Draft7Validator(json.loads(ASYNCAPI_SCHEMA.read_text()))


def test_the_platform_document_is_valid_asyncapi_3(platform: dict[str, Any]) -> None:
    validator = _asyncapi_validator()
    errors = [f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(platform)]
    assert errors == []


@pytest.mark.parametrize("service", SERVICES)
async def test_each_service_serves_its_valid_part_at_asyncapi_json_outside_its_openapi(service: str) -> None:
    app = service_app(service)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        response = await client.get("/asyncapi.json")  # no token: public, like /metrics
    assert response.status_code == 200, response.text
    served = response.json()
    assert served == json.loads(to_json(service_document(service_spec(service))))
    assert "/asyncapi.json" not in app.openapi()["paths"]
    sends = {op["channel"]["$ref"] for op in served["operations"].values() if op["action"] == "send"}
    assert sends >= {f"#/channels/{topic}" for topic in service_spec(service).produced_topics}
    assert _asyncapi_validator().is_valid(served)
