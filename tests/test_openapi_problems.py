"""Each service's OpenAPI document says what its problem handlers send (issue 15 item 5, found by
schemathesis): every 4xx/5xx response is ``application/problem+json`` with the Problem schema —
FastAPI's own 422 ``HTTPValidationError`` included — and every operation lists the problems any
route can answer (422, 503; 400 for a body that is not JSON)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI

from funding.main import build_app as build_funding
from notifications.main import build_app as build_notifications
from registry.main import build_app as build_registry
from scenarios.main import build_app as build_scenarios
from talent.main import build_app as build_talent

APPS: dict[str, Callable[[], FastAPI]] = {
    "registry": build_registry,
    "funding": build_funding,
    "talent": build_talent,
    "scenarios": build_scenarios,
    "notifications": build_notifications,
}
PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


def operations(app: FastAPI) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", operation)
        for path, methods in app.openapi()["paths"].items()
        for method, operation in methods.items()
    ]


@pytest.mark.parametrize("service", APPS)
def test_every_problem_response_is_documented_as_problem_json(service: str) -> None:
    app = APPS[service]()
    wrong = [
        f"{key} {status}"
        for key, operation in operations(app)
        for status, response in operation["responses"].items()
        if int(status) >= 400 and response.get("content") != PROBLEM
    ]
    assert wrong == []
    assert "HTTPValidationError" not in app.openapi()["components"]["schemas"]


@pytest.mark.parametrize("service", APPS)
def test_every_operation_lists_the_problems_any_route_can_answer(service: str) -> None:
    app = APPS[service]()
    for key, operation in operations(app):
        expected = {"422", "503"} | ({"400"} if "requestBody" in operation else set())
        assert expected <= set(operation["responses"]), key


def test_the_document_keeps_its_problems_when_routes_are_added_later() -> None:
    app = build_registry()
    app.add_api_route("/late", lambda: {}, methods=["GET"])
    assert app.openapi()["paths"]["/late"]["get"]["responses"]["422"]["content"] == PROBLEM
