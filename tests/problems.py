"""Assertions on RFC 9457 problem responses, shared by the API tests."""

from __future__ import annotations

from typing import Any

import httpx

PROBLEM = "application/problem+json"


def problem_of(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """The problem body, after checking the status, the media type and (if given) the type URI."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    if code is not None:
        assert body["type"] == f"urn:gz-mic:problem:{code}"
    return body


def error_fields(body: dict[str, Any]) -> set[str]:
    return {e["field"] for e in body["errors"]}
