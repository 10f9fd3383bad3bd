"""A value that passes validation but that PostgreSQL cannot hold or compare is the request's
fault: a 422 problem, never a 500 or a 503 (found by schemathesis, issue 15 item 5)."""

from __future__ import annotations

import pytest

from shared.testing.fixtures import TokenFactory, bearer
from tests.stack import Stack

PROBLEM = "application/problem+json"


@pytest.mark.parametrize("field", ["product_name", "maker_uscc"])
async def test_a_nul_character_in_a_query_is_a_422_problem(
    stack: Stack, token: TokenFactory, field: str
) -> None:
    params: dict[str, str | int] = {"product_name": "机床", "maker_uscc": "91440101MA5XXXXX0X", "year": 2025}
    params[field] = "a\x00b"
    response = await stack.funding.get(
        "/api/v1/recognitions/single-source", params=params, headers=bearer(token("finance_officer"))
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["type"] == "urn:gz-mic:problem:value-out-of-range"
    assert "NUL" in body["detail"]
    # The service is fine afterwards: the same question without the NUL is answered.
    params[field] = "ab"
    again = await stack.funding.get(
        "/api/v1/recognitions/single-source", params=params, headers=bearer(token("finance_officer"))
    )
    assert again.status_code == 200, again.text
    assert again.json()["eligible"] is False
