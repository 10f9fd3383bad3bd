"""Policy simulation (what-if, issue 4 item 9): a draft over every past upgrade case, writing nothing."""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from funding.base import Base
from funding.policies.models import Policy
from funding.policies.readonly import read_only
from funding.support_cases.handlers import on_center_upgraded
from shared.events import CloudEvent
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.events import upgraded_event
from tests.problems import problem_of
from tests.stack import Stack

DRAFT_PARAMS: dict[str, Any] = {
    "grant": {"form": "fixed", "amounts": {"national": "40000000.00", "provincial": "15000000.00"}},
    "equity": {"ratio": "0.30", "base": "total_share_capital", "cap": "100000000.00"},
}


def upgrade(center_id: uuid.UUID, district: str, **facts: Any) -> CloudEvent:
    event = upgraded_event(center_id=center_id, **facts)
    data = copy.deepcopy(event.data)
    data["center"]["district"] = district
    return event.model_copy(update={"data": data})


@pytest.fixture(scope="module")
async def cases(stack: Stack) -> dict[str, uuid.UUID]:
    """Four past upgrades, evaluated by funding's own handler as if they came from registry."""
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    events = {
        # v1 (fixed): grant 10M, equity 60M.
        "a_provincial": upgrade(a, "tianhe", to_tier="provincial", approved_on=dt.date(2025, 6, 30)),
        # v1: grant 30M, equity capped at 100M.
        "b_national": upgrade(
            b,
            "huangpu",
            to_tier="national",
            total_share_capital="500000000.00",
            approved_on=dt.date(2025, 8, 1),
        ),
        # v0 (the earlier ratio_cap rule): grant 30% of paid-in 20M = 6M, equity 60M.
        "c_provincial": upgrade(
            c, "tianhe", to_tier="provincial", paid_in_capital="20000000.00", approved_on=dt.date(2024, 6, 30)
        ),
        # v1, but the center already has provincial support: needs_review, still priced 30M / 60M.
        "a_national": upgrade(a, "tianhe", to_tier="national", approved_on=dt.date(2025, 9, 1)),
    }
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        for event in events.values():
            async with session.begin():
                await on_center_upgraded(session, event)
    return {name: uuid.UUID(event.data["center"]["id"]) for name, event in events.items()}


async def draft(stack: Stack, tok: str, code: str, **overrides: Any) -> dict[str, Any]:
    body = {"effective_from": "2025-07-01", "rule_kind": "upgrade_support", "parameters": DRAFT_PARAMS}
    body.update(overrides)
    response = await stack.funding.post(f"/api/v1/policies/{code}/versions", json=body, headers=bearer(tok))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def simulate(stack: Stack, tok: str, code: str, version: int) -> Any:
    return await stack.funding.post(
        f"/api/v1/policies/{code}/versions/{version}/simulate", headers=bearer(tok)
    )


async def row_counts(stack: Stack) -> dict[str, int]:
    """Rows of every funding table, the outbox included."""
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session:
        return {
            table.name: int(await session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


async def test_a_draft_is_run_over_every_past_case_beside_what_was_given(
    stack: Stack, admin: str, cases: dict[str, uuid.UUID]
) -> None:
    version = await draft(stack, admin, "upgrade_support")
    response = await simulate(stack, admin, "upgrade_support", version["version"])
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["policy_code"], body["version"], body["status"]) == (
        "upgrade_support",
        version["version"],
        "draft",
    )
    assert body["written"] is False
    by_key = {(c["center_id"], c["tier"]): c for c in body["cases"]}
    assert len(by_key) == 4
    a_prov = by_key[(str(cases["a_provincial"]), "provincial")]
    assert a_prov["current"]["source"] == "stored"
    assert a_prov["current"]["policy_version"] == 1
    assert a_prov["current"]["options"] == [
        {"type": "grant", "amount": "10000000.00"},
        {"type": "equity", "amount": "60000000.00"},
    ]
    assert a_prov["simulated"]["options"] == [
        {"type": "grant", "amount": "15000000.00"},
        {"type": "equity", "amount": "60000000.00"},
    ]
    assert a_prov["difference"] == {"equity": "0.00", "grant": "5000000.00"}
    assert a_prov["in_window"] is False  # approved 2025-06-30, the draft starts 2025-07-01
    assert a_prov["simulated"]["trace"][-1]["step"] == "equity"
    c_prov = by_key[(str(cases["c_provincial"]), "provincial")]
    assert c_prov["current"]["policy_version"] == 0
    assert c_prov["current"]["options"][0] == {"type": "grant", "amount": "6000000.00"}
    assert c_prov["difference"]["grant"] == "9000000.00"
    a_nat = by_key[(str(cases["a_national"]), "national")]
    assert a_nat["current"]["status"] == a_nat["simulated"]["status"] == "needs_review"
    assert a_nat["in_window"] is True
    assert str(a_prov["case_id"]) in a_nat["simulated"]["reason"]
    assert body["totals"] == {
        "equity": {"current": "280000000.00", "simulated": "280000000.00", "difference": "0.00"},
        "grant": {"current": "76000000.00", "simulated": "110000000.00", "difference": "34000000.00"},
    }
    assert body["status_counts"] == {
        "current": {"evaluated": 3, "needs_review": 1},
        "simulated": {"evaluated": 3, "needs_review": 1},
    }


async def test_a_simulation_writes_nothing(stack: Stack, admin: str, cases: dict[str, uuid.UUID]) -> None:
    version = await draft(stack, admin, "upgrade_support", effective_from="2030-01-01")
    before = await row_counts(stack)
    assert before["support_case"] == len(cases)
    assert before["outbox_record"] > 0
    for _ in range(2):
        response = await simulate(stack, admin, "upgrade_support", version["version"])
        assert response.status_code == 200, response.text
    assert await row_counts(stack) == before
    still = await stack.funding.get(
        f"/api/v1/policies/upgrade_support/versions/{version['version']}", headers=bearer(admin)
    )
    assert still.json()["status"] == "draft"
    assert still.json()["published_at"] is None


async def test_the_simulation_transaction_refuses_writes(stack: Stack) -> None:
    before = await row_counts(stack)
    async with runtime_of(stack.apps["funding"]).sessionmaker() as session, read_only(session):
        session.add(Policy(code="sneaky", title="x", clause="x", source="x", jurisdiction="city"))
        with pytest.raises(DBAPIError, match="read-only transaction"):
            await session.flush()
    assert await row_counts(stack) == before


async def test_a_published_version_can_be_simulated_too(
    stack: Stack, token: TokenFactory, cases: dict[str, uuid.UUID]
) -> None:
    response = await simulate(stack, token("finance_officer"), "upgrade_support", 1)
    assert response.status_code == 200, response.text
    body = response.json()
    stored_v1 = [c for c in body["cases"] if c["current"]["policy_version"] == 1]
    assert len(stored_v1) == 3
    assert all(c["difference"] == {"equity": "0.00", "grant": "0.00"} for c in stored_v1)


async def test_a_district_policy_is_simulated_over_its_districts_cases(
    stack: Stack, token: TokenFactory, cases: dict[str, uuid.UUID]
) -> None:
    huangpu = token("district_admin", sub="huangpu-officer", district="huangpu")
    code = f"huangpu_upgrade_{uuid.uuid4().hex[:6]}"
    created = await stack.funding.post(
        "/api/v1/policies",
        json={
            "code": code,
            "title": "黄埔区配套",
            "clause": "五(八)",
            "source": "黄埔区",
            "jurisdiction": "huangpu",
        },
        headers=bearer(huangpu),
    )
    assert created.status_code == 201, created.text
    first = await draft(stack, huangpu, code, effective_from="2025-01-01")
    response = await simulate(stack, huangpu, code, first["version"])
    assert response.status_code == 200, response.text
    body = response.json()
    assert [c["center_id"] for c in body["cases"]] == [str(cases["b_national"])]
    assert body["cases"][0]["current"] == {
        "source": "no_version_in_force",
        "policy_version": None,
        "status": "none",
        "options": [],
        "reason": None,
        "trace": None,
    }
    assert body["totals"]["grant"] == {
        "current": "0.00",
        "simulated": "40000000.00",
        "difference": "40000000.00",
    }
    published = await stack.funding.post(
        f"/api/v1/policies/{code}/versions/{first['version']}/publish", headers=bearer(huangpu)
    )
    assert published.status_code == 200, published.text
    second = await draft(
        stack,
        huangpu,
        code,
        effective_from="2027-01-01",
        parameters={"grant": {"form": "fixed", "amounts": {"national": "1000000.00"}}},
    )
    body = (await simulate(stack, huangpu, code, second["version"])).json()
    case = body["cases"][0]
    assert (case["current"]["source"], case["current"]["policy_version"]) == ("recomputed", first["version"])
    assert case["difference"] == {"equity": "-100000000.00", "grant": "-39000000.00"}
    # Another district's admin may not simulate huangpu's policy.
    problem_of(await simulate(stack, token("district_admin", district="tianhe"), code, 1), 403, "forbidden")


async def test_wrong_roles_and_kinds_are_refused(stack: Stack, token: TokenFactory) -> None:
    for tok in (token("center_user"), token("expert"), token("district_admin", district="tianhe")):
        problem_of(await simulate(stack, tok, "upgrade_support", 1), 403, "forbidden")
    admin = token("municipal_admin")
    problem_of(await simulate(stack, admin, "rd_super_deduction", 1), 422)
    problem_of(await simulate(stack, admin, "upgrade_support", 99), 404, "policy-version-not-found")
    problem_of(await simulate(stack, admin, "nope_nope", 1), 404, "policy-not-found")
