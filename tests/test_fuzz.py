"""Schemathesis against every service's own OpenAPI document (issue 15, item 5): no request the
schema allows, nor one it forbids, gets a server error, and every response keeps to its schema.

Each service runs in-process behind a real HTTP port (uvicorn in a thread of its own, so its
engine, relay and consumer live on that thread's event loop) against a fresh PostgreSQL database
and the run's broker. The run is seeded and deterministic; ``MIC_FUZZ_EXAMPLES`` raises the
number of examples per operation, ``MIC_FUZZ_OFFICERS=1`` adds each service's own officer role
beside municipal_admin (both ``make fuzz``), and ``MIC_FUZZ_REPORT`` names a directory for a
summary: the statuses each operation answered and every failure found.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.checks import CheckFunction, not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from shared.localbroker import LocalBroker
from shared.platform import SERVICES, service_builder
from shared.testing.fixtures import DatabaseFactory, TokenFactory
from shared.testing.live import serve
from tests.stack import settings_for

EXAMPLES = int(os.environ.get("MIC_FUZZ_EXAMPLES", "4"))
REPORT_DIR = os.environ.get("MIC_FUZZ_REPORT")
SEED = 20250115
# The coverage phase: boundary values of every constraint (lengths, ranges, formats), each once.
COVERAGE = os.environ.get("MIC_FUZZ_COVERAGE", "1") == "1"
# municipal_admin reaches most operations; make fuzz also calls each service as its own officer.
OFFICERS = {
    "registry": "district_admin",
    "funding": "finance_officer",
    "talent": "talent_officer",
    "scenarios": "scenario_publisher",
}
ROLES = ("municipal_admin", *(OFFICERS.values() if os.environ.get("MIC_FUZZ_OFFICERS") == "1" else ()))

BUILDERS = {service: service_builder(service) for service in SERVICES}

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "suppress-health-check": ["all"],
        "generation": {
            "max-examples": EXAMPLES,
            "deterministic": True,
            "database": "none",
            # The bearer token is the suite's own; a generated one would only ever be refused.
            "with-security-parameters": False,
        },
        "phases": {
            "examples": {"enabled": True},
            "coverage": {"enabled": COVERAGE},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        },
    }
)


def _schema(service: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_dict(BUILDERS[service]().openapi(), config=CONFIG)


CHECKS: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


Case = schemathesis.Case[Any]


@pytest.fixture(scope="module")
async def live(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[dict[str, str]]:
    """service → base URL of the four services, running until the module ends."""
    urls = await fresh_databases()
    with contextlib.ExitStack() as stack:
        bases = {}
        for service, build in BUILDERS.items():
            app = build(settings_for(service, urls[service], broker.bootstrap_servers, "fuzz"))
            bases[service] = stack.enter_context(serve(app)).base_url
        yield bases


@pytest.fixture(scope="module")
def headers(token: TokenFactory) -> dict[str, dict[str, str]]:
    return {role: {"Authorization": f"Bearer {token(role, sub=f'fuzz-{role}')}"} for role in ROLES}


# What the run saw, for make fuzz's report: per operation the statuses answered, and each failure.
STATUSES: dict[str, Counter[int]] = defaultdict(Counter)
FAILURES: dict[str, str] = {}


def _exercise(service: str, case: Case, live: dict[str, str], headers: dict[str, Any]) -> None:
    for role in ROLES:
        if role in OFFICERS.values() and OFFICERS[service] != role:
            continue
        label = f"{service} {case.operation.label} as {role}"
        response = case.call(base_url=live[service], headers=headers[role])
        STATUSES[label][response.status_code] += 1
        try:
            case.validate_response(response, checks=CHECKS, headers=headers[role])
        except Exception as exc:
            FAILURES[label] = str(exc)  # the last one: Hypothesis shrinks towards the smallest case
            raise


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    if REPORT_DIR:
        path = Path(REPORT_DIR)
        path.mkdir(parents=True, exist_ok=True)
        summary = {
            "examples_per_operation": EXAMPLES,
            "coverage_phase": COVERAGE,
            "seed": SEED,
            "roles": list(ROLES),
            "operations": len(STATUSES),
            "failed_operations": sorted(FAILURES),
            "statuses": {label: dict(sorted(c.items())) for label, c in sorted(STATUSES.items())},
        }
        (path / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        (path / "failures.txt").write_text(
            "".join(f"== {label}\n{text}\n\n" for label, text in sorted(FAILURES.items())) or "none\n"
        )


registry_schema = _schema("registry")
funding_schema = _schema("funding")
talent_schema = _schema("talent")
scenarios_schema = _schema("scenarios")
notifications_schema = _schema("notifications")


@registry_schema.parametrize()
def test_registry_keeps_to_its_schema(case: Case, live: dict[str, str], headers: Any) -> None:
    _exercise("registry", case, live, headers)


@funding_schema.parametrize()
def test_funding_keeps_to_its_schema(case: Case, live: dict[str, str], headers: Any) -> None:
    _exercise("funding", case, live, headers)


@talent_schema.parametrize()
def test_talent_keeps_to_its_schema(case: Case, live: dict[str, str], headers: Any) -> None:
    _exercise("talent", case, live, headers)


@scenarios_schema.parametrize()
def test_scenarios_keeps_to_its_schema(case: Case, live: dict[str, str], headers: Any) -> None:
    _exercise("scenarios", case, live, headers)


@notifications_schema.parametrize()
def test_notifications_keeps_to_its_schema(case: Case, live: dict[str, str], headers: Any) -> None:
    _exercise("notifications", case, live, headers)
