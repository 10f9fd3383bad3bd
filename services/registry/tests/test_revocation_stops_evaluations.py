"""Revoking a center stops its annual evaluation: open evaluations are closed with the reason, no
expert can score them any more (409), and the center's history shows it (DESIGN 2, issue 3)."""

from __future__ import annotations

from typing import Any

from shared.contracts.registry import CENTER_STATUS_CHANGED
from shared.testing.fixtures import TokenFactory, bearer
from tests.evaluation_flows import (
    assign_declared,
    conclude,
    evaluable_center,
    put_scores,
    recheck,
    score_sheet,
    scored_by,
    submit_evaluation,
    today,
)
from tests.flows import operating_center, outbox_of
from tests.problems import problem_of
from tests.stack import Stack


async def evaluation(stack: Stack, admin: str, evaluation_id: str) -> dict[str, Any]:
    response = await stack.registry.get(f"/api/v1/evaluations/{evaluation_id}", headers=bearer(admin))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def revoke(stack: Stack, admin: str, center_id: str, comment: str | None) -> dict[str, Any]:
    response = await stack.registry.post(
        f"/api/v1/centers/{center_id}/actions/revoke", json={"comment": comment}, headers=bearer(admin)
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_revoking_closes_every_open_evaluation_with_the_reason_and_leaves_graded_ones(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="director-he")
    center = await evaluable_center(stack, admin, days_operating=800)
    years = [today().year - 2, today().year - 1, today().year]
    ids = []
    for year in years:
        response = await submit_evaluation(stack.registry, admin, center["id"], year=year)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    graded, reviewing, submitted = ids
    await scored_by(stack, admin, token("expert", sub="prof-a"), "prof-a", graded, score_sheet(70, 70))
    assert (await conclude(stack.registry, admin, graded)).status_code == 200
    # Under review, one sheet already in: it is closed all the same, never graded.
    await scored_by(stack, admin, token("expert", sub="prof-b"), "prof-b", reviewing, score_sheet(95, 95))
    assert (await evaluation(stack, admin, reviewing))["status"] == "under_review"

    await revoke(stack, admin, center["id"], "严重违反建设承诺")

    history = await stack.registry.get(f"/api/v1/centers/{center['id']}/history", headers=bearer(admin))
    revocation = history.json()["items"][-1]
    assert (revocation["action"], revocation["to_status"]) == ("revoke", "revoked")
    assert revocation["closed_evaluations"] == [reviewing, submitted]
    assert all(a["closed_evaluations"] == [] for a in history.json()["items"][:-1])
    for evaluation_id in (reviewing, submitted):
        closed = await evaluation(stack, admin, evaluation_id)
        assert closed["status"] == "closed_by_revocation"
        assert closed["result"] is None
        assert closed["closure"]["reason"].endswith(": 严重违反建设承诺")
        assert "revoked" in closed["closure"]["reason"]
        assert (closed["closure"]["by"], closed["closure"]["action_id"]) == ("director-he", revocation["id"])
        assert closed["closure"]["at"] == revocation["created_at"]
    still_graded = await evaluation(stack, admin, graded)
    assert (still_graded["status"], still_graded["result"]["grade"], still_graded["closure"]) == (
        "concluded",
        "qualified",
        None,
    )
    listing = await stack.registry.get(f"/api/v1/centers/{center['id']}/evaluations", headers=bearer(admin))
    assert [(e["status"], e["closed_reason"] is not None) for e in listing.json()["items"]] == [
        ("concluded", False),
        ("closed_by_revocation", True),
        ("closed_by_revocation", True),
    ]
    last = (await outbox_of(stack, center["id"], CENTER_STATUS_CHANGED))[-1]
    assert last.envelope["data"]["action"] == "revoke"
    assert last.envelope["data"]["closed_evaluation_ids"] == [reviewing, submitted]


async def test_a_closed_evaluation_takes_no_scores_experts_or_conclusion(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center = await evaluable_center(stack, admin)
    response = await submit_evaluation(stack.registry, admin, center["id"])
    evaluation_id = response.json()["id"]
    assert (await assign_declared(stack.registry, admin, evaluation_id, "prof-c")).status_code == 201
    await revoke(stack, admin, center["id"], None)
    closed = await evaluation(stack, admin, evaluation_id)
    assert closed["closure"]["reason"].startswith("中心已撤销")
    version = closed["version"]

    scoring = await put_scores(
        stack.registry, token("expert", sub="prof-c"), evaluation_id, "prof-c", score_sheet(90, 90)
    )
    assert (
        problem_of(scoring, 409, "evaluation-closed")["closed_by_action_id"] == closed["closure"]["action_id"]
    )
    problem_of(
        await assign_declared(stack.registry, admin, evaluation_id, "prof-d"), 409, "evaluation-closed"
    )
    problem_of(await conclude(stack.registry, admin, evaluation_id), 409, "evaluation-closed")
    problem_of(await recheck(stack.registry, admin, evaluation_id, passed=True), 409)
    problem_of(await submit_evaluation(stack.registry, admin, center["id"]), 409, "center-not-operating")
    after = await evaluation(stack, admin, evaluation_id)
    assert (after["version"], [e["scored"] for e in after["experts"]]) == (version, [False])


async def test_revoking_a_center_without_an_open_evaluation_closes_nothing(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    await revoke(stack, admin, center["id"], "撤销")
    history = await stack.registry.get(f"/api/v1/centers/{center['id']}/history", headers=bearer(admin))
    assert history.json()["items"][-1]["closed_evaluations"] == []
    last = (await outbox_of(stack, center["id"], CENTER_STATUS_CHANGED))[-1]
    assert last.envelope["data"]["closed_evaluation_ids"] == []
