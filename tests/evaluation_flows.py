"""Plain factory functions for annual evaluations, driven through the API as a client would.

One exception, ``backdate_acceptance``: see its docstring.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
from sqlalchemy import update

from registry.centers.models import CenterAction
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.flows import operating_center
from tests.stack import Stack

CONSTRUCTION_ITEMS = ("pilot_incubation", "testing", "industry_services")
OPERATION_ITEMS = (
    "rd_strength",
    "common_tech_breakthroughs",
    "collaboration",
    "market_orientation",
    "commercialization",
    "sustainability",
)

# The parameters of grading rule version 1 exactly as the migration seeds them: test_grading_rule
# tests the rule with them, test_evaluations_api pins the stored row to them.
GRADING_RULE_V1: dict[str, Any] = {
    "dimensions": {
        "construction": {
            "label_zh": "建设情况",
            "weight": "0.4",
            "items": ["pilot_incubation", "testing", "industry_services"],
        },
        "operation": {
            "label_zh": "运行情况",
            "weight": "0.6",
            "items": [
                "rd_strength",
                "common_tech_breakthroughs",
                "collaboration",
                "market_orientation",
                "commercialization",
                "sustainability",
            ],
        },
    },
    "dimension_score": "mean_of_items",
    "aggregation": "mean_of_expert_totals",
    "rounding": {"places": 2, "mode": "ROUND_HALF_UP"},
    "thresholds": [
        {"grade": "excellent", "label_zh": "优秀", "min": "90"},
        {"grade": "good", "label_zh": "良好", "min": "80"},
        {"grade": "qualified", "label_zh": "合格", "min": "60"},
    ],
    "fallback_grade": "unqualified",
}


def today() -> dt.date:
    """The day the registry compares with (UTC), as its routes read it."""
    return dt.datetime.now(dt.UTC).date()


async def backdate_acceptance(stack: Stack, center_id: str, *, days: int) -> None:
    """Move the center's acceptance (its ``accept`` action) ``days`` into the past.

    The only direct table write of the evaluation tests, and why: the annual evaluation needs a
    full year of operation since acceptance, read from the center's history, and a test cannot
    wait a year. The API rightly offers no way to rewrite history and production reads the
    acceptance time unaltered; the registry's own sessionmaker changes that one row, nothing else.
    """
    accepted_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session, session.begin():
        result = await session.execute(
            update(CenterAction)
            .where(CenterAction.center_id == uuid.UUID(center_id), CenterAction.action == "accept")
            .values(created_at=accepted_at)
        )
        assert getattr(result, "rowcount", 0) == 1, "the center has exactly one accept action"


async def evaluable_center(
    stack: Stack, admin_token: str, *, days_operating: int = 400, **overrides: Any
) -> dict[str, Any]:
    """An operating center accepted ``days_operating`` days ago."""
    center = await operating_center(stack.registry, admin_token, **overrides)
    await backdate_acceptance(stack, center["id"], days=days_operating)
    return center


def indicators_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "rd_spend": "12500000.00",
        "rd_staff_share": "42.50",
        "patents": 18,
        "standards_led": 3,
        "results_commercialized": 7,
        "enterprises_incubated": 4,
        "sme_services": 120,
        "talents_introduced": 15,
        "talents_trained": 60,
        "financing": "30000000.00",
    }
    payload.update(overrides)
    return payload


async def submit_evaluation(
    client: httpx.AsyncClient,
    tok: str,
    center_id: str,
    *,
    year: int | None = None,
    headers: dict[str, str] | None = None,
    **indicators: Any,
) -> httpx.Response:
    """Report a year's indicators (by default last year's)."""
    return await client.post(
        f"/api/v1/centers/{center_id}/evaluations",
        json={"year": year or today().year - 1, "indicators": indicators_payload(**indicators)},
        headers={**bearer(tok), **(headers or {})},
    )


async def submitted_evaluation(
    stack: Stack, admin_token: str, *, year: int | None = None, **center_overrides: Any
) -> dict[str, Any]:
    center = await evaluable_center(stack, admin_token, **center_overrides)
    response = await submit_evaluation(stack.registry, admin_token, center["id"], year=year)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


# The explicit "no affiliations, no conflicts": a declaration like any other.
NONE_DECLARED: dict[str, Any] = {"affiliations": [], "conflicts": []}


def affiliation(organization_id: str, from_date: str, to_date: str | None = None) -> dict[str, Any]:
    return {"organization_id": organization_id, "from_date": from_date, "to_date": to_date}


async def register_expert(
    client: httpx.AsyncClient,
    tok: str,
    expert_sub: str,
    *,
    name: str | None = None,
    declaration: dict[str, Any] | None = NONE_DECLARED,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """Register an expert in the registry, by default declaring no affiliations and no conflicts."""
    body: dict[str, Any] = {"expert_sub": expert_sub, "name": name or f"专家 {expert_sub}"}
    if declaration is not None:
        body["declaration"] = declaration
    return await client.post("/api/v1/experts", json=body, headers={**bearer(tok), **(headers or {})})


async def declared_expert(
    client: httpx.AsyncClient,
    admin_token: str,
    expert_sub: str,
    *,
    affiliations: list[dict[str, Any]] | None = None,
    conflicts: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A registered expert with the given declaration (none by default)."""
    declaration = {"affiliations": affiliations or [], "conflicts": conflicts or []}
    response = await register_expert(client, admin_token, expert_sub, declaration=declaration)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def get_expert(client: httpx.AsyncClient, tok: str, expert_sub: str) -> httpx.Response:
    return await client.get(f"/api/v1/experts/{expert_sub}", headers=bearer(tok))


async def declare(
    client: httpx.AsyncClient,
    tok: str,
    expert_sub: str,
    declaration: dict[str, Any],
    *,
    if_match: str | None = None,
) -> httpx.Response:
    """PUT the declaration with ``If-Match``: the given tag, else the ETag of a fresh GET by the same
    caller (``*`` when that caller may not read it, so the PUT fails on access, not on the header)."""
    if if_match is None:
        if_match = (await get_expert(client, tok, expert_sub)).headers.get("etag", "*")
    return await client.put(
        f"/api/v1/experts/{expert_sub}/declaration",
        json=declaration,
        headers={**bearer(tok), "If-Match": if_match},
    )


async def ensure_declared(client: httpx.AsyncClient, admin_token: str, expert_sub: str) -> None:
    """Register ``expert_sub`` declaring none, unless the registry has their declaration already."""
    found = await get_expert(client, admin_token, expert_sub)
    if found.status_code == 404:
        registered = await register_expert(client, admin_token, expert_sub)
        assert registered.status_code == 201, registered.text
        return
    assert found.status_code == 200, found.text
    if found.json()["declaration"] is None:
        declared = await declare(client, admin_token, expert_sub, NONE_DECLARED)
        assert declared.status_code == 200, declared.text


async def assign_expert(
    client: httpx.AsyncClient, tok: str, evaluation_id: str, expert_sub: str
) -> httpx.Response:
    return await client.post(
        f"/api/v1/evaluations/{evaluation_id}/experts", json={"expert_sub": expert_sub}, headers=bearer(tok)
    )


async def assign_declared(
    client: httpx.AsyncClient, admin_token: str, evaluation_id: str, expert_sub: str
) -> httpx.Response:
    """Assign ``expert_sub``, declaring none for them first if the registry has no declaration."""
    await ensure_declared(client, admin_token, expert_sub)
    return await assign_expert(client, admin_token, evaluation_id, expert_sub)


def score_sheet(construction: int | list[int], operation: int | list[int]) -> dict[str, Any]:
    """A score sheet: one score for every item of a dimension, or one per item in order."""
    c = construction if isinstance(construction, list) else [construction] * len(CONSTRUCTION_ITEMS)
    o = operation if isinstance(operation, list) else [operation] * len(OPERATION_ITEMS)
    return {
        "construction": dict(zip(CONSTRUCTION_ITEMS, c, strict=True)),
        "operation": dict(zip(OPERATION_ITEMS, o, strict=True)),
    }


async def put_scores(
    client: httpx.AsyncClient, tok: str, evaluation_id: str, expert_sub: str, sheet: dict[str, Any]
) -> httpx.Response:
    return await client.put(
        f"/api/v1/evaluations/{evaluation_id}/scores/{expert_sub}", json=sheet, headers=bearer(tok)
    )


async def conclude(
    client: httpx.AsyncClient, tok: str, evaluation_id: str, comment: str | None = None
) -> httpx.Response:
    return await client.post(
        f"/api/v1/evaluations/{evaluation_id}/actions/conclude",
        json={"comment": comment},
        headers=bearer(tok),
    )


async def recheck(
    client: httpx.AsyncClient, tok: str, evaluation_id: str, *, passed: bool, comment: str = "复核"
) -> httpx.Response:
    return await client.post(
        f"/api/v1/evaluations/{evaluation_id}/actions/recheck",
        json={"passed": passed, "comment": comment},
        headers=bearer(tok),
    )


async def scored_by(
    stack: Stack,
    admin_token: str,
    expert_token: str,
    expert_sub: str,
    evaluation_id: str,
    sheet: dict[str, Any],
) -> None:
    """Assign ``expert_sub`` (declaring none for them if need be) and let them fill in ``sheet``."""
    assigned = await assign_declared(stack.registry, admin_token, evaluation_id, expert_sub)
    assert assigned.status_code == 201, assigned.text
    scored = await put_scores(stack.registry, expert_token, evaluation_id, expert_sub, sheet)
    assert scored.status_code == 200, scored.text


async def list_evaluations(client: httpx.AsyncClient, tok: str, center_id: str) -> dict[str, Any]:
    response = await client.get(f"/api/v1/centers/{center_id}/evaluations", headers=bearer(tok))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def expert(token: TokenFactory, sub: str) -> str:
    return token("expert", sub=sub)


def unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:6]}"


async def graded(
    stack: Stack, admin: str, token: TokenFactory, construction: int, operation: int, **submit: Any
) -> dict[str, Any]:
    """A concluded evaluation scored by one expert with ``construction`` and ``operation``."""
    evaluation = await submitted_evaluation(stack, admin, **submit)
    sub = unique("expert")
    await scored_by(
        stack, admin, expert(token, sub), sub, evaluation["id"], score_sheet(construction, operation)
    )
    response = await conclude(stack.registry, admin, evaluation["id"])
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
