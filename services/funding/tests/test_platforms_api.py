"""Platforms led by centers, their yearly results and subsidies (`五(四)`), through the API against
real PostgreSQL and the real broker."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest

from funding.platforms.rule import recompute
from funding.policies.models import PolicyVersion
from services.funding.tests.programme_fixtures import (
    Programmes,
    paid_only_after_two_officers,
    programmes,
    results,
)
from services.funding.tests.test_platform_rule import PLATFORM_SUBSIDY_V1
from shared.contracts import funding_programmes as contract
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.problems import error_fields, problem_of

URL = "/api/v1/platforms"


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


async def register(env: Programmes, tok: str, center_id: str, **overrides: Any) -> dict[str, Any]:
    body = {"kind": "concept_verification", "name": "广州某概念验证中心", "center_id": center_id, **overrides}
    response = await env.funding.post(URL, json=body, headers=bearer(tok))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def report(env: Programmes, tok: str, platform_id: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await env.funding.post(f"{URL}/{platform_id}/results", json=body, headers=bearer(tok))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def approved_platform(
    env: Programmes, token: TokenFactory, **overrides: Any
) -> tuple[str, dict[str, Any]]:
    center = await env.center()
    platform = await register(
        env, token("municipal_admin"), center, project_approved_on="2025-03-01", **overrides
    )
    return center, platform


def priced(case: dict[str, Any]) -> str | None:
    """The grant the case's rule priced (None: it priced nothing)."""
    return next((o["amount"] for o in case["options"] if o["type"] == "grant"), None)


async def test_a_selected_concept_verification_center_earns_a_traced_subsidy_on_its_results(
    env: Programmes, token: TokenFactory
) -> None:
    center, platform = await approved_platform(env, token)
    body = await report(env, token("center_user", center=center), platform["id"], results())
    case = body["support_case"]
    assert case["kind"] == "platform_subsidy"
    # 500,000 + 6 × 20,000 + 1 × 50,000: v1's figures are provisional, so a person confirms them.
    assert priced(case) == "670000.00"
    assert case["status"] == "needs_review"
    assert case["policy"] == {"code": "platform_subsidy", "version": 1, "clause": "五(四)"}
    (line,) = case["lines"]
    assert line["trace"][0] == {
        "step": "policy",
        "detail": "platform_subsidy v1 (五(四)) in force on 2025-12-31",
    }
    assert line["trace"][-1]["step"] == "provisional"
    assert case["inputs"]["indicators"]["revenue"] == "1200000.00"
    assert recompute(PLATFORM_SUBSIDY_V1, case["inputs"]) == Decimal(priced(case) or "0")
    listed = await env.funding.get(
        f"{URL}/{platform['id']}/results", headers=bearer(token("finance_officer"))
    )
    assert listed.json()["items"] == [body]
    types = [row.event_type for row in await env.outbox(platform["id"])]
    assert types == [contract.PLATFORM_REGISTERED, contract.PLATFORM_RESULTS_REPORTED]
    assert [row.event_type for row in await env.outbox(center)] == [
        "gz.mic.funding.support_case.evaluated.v1"
    ]


async def test_below_a_threshold_is_ineligible_and_a_pilot_platform_needs_review(
    env: Programmes, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    _center, platform = await approved_platform(env, token)
    low = (await report(env, admin, platform["id"], results(external_clients=2)))["support_case"]
    assert low["status"] == "ineligible"
    assert priced(low) is None
    assert "external_clients 2 < 3" in low["reason"]
    _center, pilot = await approved_platform(env, token, kind="pilot_platform", name="广州某中试平台")
    review = (await report(env, admin, pilot["id"], results()))["support_case"]
    assert review["status"] == "needs_review"
    assert (
        review["reason"]
        == "the policy version sets no subsidy terms for a pilot_platform: the bureau decides"
    )


async def test_selection_on_merit_is_a_municipal_admins_action_once(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center(district="baiyun")
    own = token("center_user", center=center)
    platform = await register(env, own, center)
    assert platform["project_approved_on"] is None
    not_selected = await report(env, own, platform["id"], results())
    assert not_selected["support_case"]["status"] == "ineligible"
    url = f"{URL}/{platform['id']}/actions/approve_project"
    problem_of(await env.funding.post(url, json={"approved_on": "2025-05-01"}, headers=bearer(own)), 403)
    district = token("district_admin", district="baiyun")
    problem_of(await env.funding.post(url, json={"approved_on": "2025-05-01"}, headers=bearer(district)), 403)
    admin = token("municipal_admin")
    approved = await env.funding.post(url, json={"approved_on": "2025-05-01"}, headers=bearer(admin))
    assert approved.status_code == 200, approved.text
    assert approved.json()["project_approved_on"] == "2025-05-01"
    again = await env.funding.post(url, json={"approved_on": "2025-06-01"}, headers=bearer(admin))
    problem_of(again, 409, "project-already-approved")
    # A center may not select itself when registering either.
    response = await env.funding.post(
        URL,
        json={
            "kind": "concept_verification",
            "name": "x",
            "center_id": center,
            "project_approved_on": "2025-01-01",
        },
        headers=bearer(own),
    )
    problem_of(response, 403)


async def test_who_registers_and_reports_and_what_each_sees(env: Programmes, token: TokenFactory) -> None:
    center, other = await env.center(district="huadu"), await env.center(district="liwan")
    platform = await register(env, token("district_admin", district="huadu"), center)
    for tok in (
        token("center_user", center=other),
        token("district_admin", district="liwan"),
        token("finance_officer"),
    ):
        body = {"kind": "pilot_platform", "name": "x", "center_id": center}
        problem_of(await env.funding.post(URL, json=body, headers=bearer(tok)), 403)
        response = await env.funding.post(
            f"{URL}/{platform['id']}/results", json=results(), headers=bearer(tok)
        )
        assert response.status_code in {403, 404}, response.text
    outsider = token("district_admin", district="liwan")
    problem_of(
        await env.funding.get(f"{URL}/{platform['id']}", headers=bearer(outsider)), 404, "platform-not-found"
    )
    listed = await env.funding.get(URL, params={"center_id": center}, headers=bearer(outsider))
    assert listed.json()["items"] == []
    mine = await env.funding.get(
        URL, params={"kind": "concept_verification"}, headers=bearer(token("center_user", center=center))
    )
    assert [p["id"] for p in mine.json()["items"]] == [platform["id"]]


async def test_bad_results_are_refused_with_the_field(env: Programmes, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    _center, platform = await approved_platform(env, token)
    url = f"{URL}/{platform['id']}/results"
    this_year = dt.date.today().year
    cases = [
        (results(year=this_year), "year"),
        (results(services_delivered=-1), "services_delivered"),
        (results(projects_verified="6"), "projects_verified"),
        (results(revenue=1200000.5), "revenue"),
        (results(revenue="-1.00"), "revenue"),
    ]
    for body, field in cases:
        assert field in error_fields(
            problem_of(await env.funding.post(url, json=body, headers=bearer(admin)), 422)
        )
    await report(env, admin, platform["id"], results())
    problem_of(
        await env.funding.post(url, json=results(), headers=bearer(admin)), 409, "results-already-reported"
    )
    unknown = {"kind": "concept_verification", "name": "x", "center_id": str(uuid.uuid4())}
    assert error_fields(
        problem_of(await env.funding.post(URL, json=unknown, headers=bearer(admin)), 422)
    ) == {"center_id"}
    problem_of(
        await env.funding.post(f"{URL}/{uuid.uuid4()}/results", json=results(), headers=bearer(admin)), 404
    )


async def test_a_year_before_any_version_is_in_force_goes_to_review(
    env: Programmes, token: TokenFactory
) -> None:
    _center, platform = await approved_platform(env, token)
    case = (await report(env, token("municipal_admin"), platform["id"], results(year=2024)))["support_case"]
    assert case["status"] == "needs_review"
    assert case["policy"] is None
    assert case["lines"] == []
    assert (
        case["reason"]
        == "no version of policy 'platform_subsidy' is in force on 2024-12-31: a person must decide"
    )


async def test_the_version_in_force_at_the_results_year_end_is_used(
    fresh_databases: DatabaseFactory, broker: LocalBroker, token: TokenFactory
) -> None:
    """A version effective from 2025-12-31 prices 2025's results; 2024's has none in force."""
    async with programmes(fresh_databases, broker) as own:
        params = {**PLATFORM_SUBSIDY_V1, "kinds": {**PLATFORM_SUBSIDY_V1["kinds"]}}
        params["kinds"]["concept_verification"] = {
            **params["kinds"]["concept_verification"],
            "base_amount": "800000.00",
        }
        async with runtime_of(own.stack.apps["funding"]).sessionmaker() as session, session.begin():
            session.add(
                PolicyVersion(
                    policy_code="platform_subsidy",
                    version=2,
                    effective_from=dt.date(2025, 12, 31),
                    rule_kind="platform_subsidy",
                    parameters=params,
                    clause="五(四)",
                    source="test: a later version",
                    published_by="test",
                )
            )
        _center, platform = await approved_platform(own, token)
        case = (await report(own, token("municipal_admin"), platform["id"], results()))["support_case"]
        assert case["policy"]["version"] == 2
        assert priced(case) == "970000.00"
        # Not provisional: priced, its one grant selected, ready for the two approvals.
        assert (case["status"], case["selected_option"]) == ("option_selected", "grant")


async def test_a_draft_platform_rule_is_simulated_over_past_results_writing_nothing(
    env: Programmes, token: TokenFactory
) -> None:
    """Issue 22: simulation covers every priced rule (`platform_subsidy` was a 422)."""
    admin = token("municipal_admin")
    center, platform = await approved_platform(env, token)
    case = (await report(env, token("center_user", center=center), platform["id"], results()))["support_case"]
    params = {**PLATFORM_SUBSIDY_V1, "kinds": {**PLATFORM_SUBSIDY_V1["kinds"]}}
    params["kinds"]["concept_verification"] = {
        **params["kinds"]["concept_verification"],
        "base_amount": "800000.00",
    }
    drafted = await env.funding.post(
        "/api/v1/policies/platform_subsidy/versions",
        json={"effective_from": "2026-01-01", "rule_kind": "platform_subsidy", "parameters": params},
        headers=bearer(admin),
    )
    assert drafted.status_code == 201, drafted.text
    version = drafted.json()["version"]
    response = await env.funding.post(
        f"/api/v1/policies/platform_subsidy/versions/{version}/simulate", headers=bearer(admin)
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["rule_kind"] == "platform_subsidy"
    (mine,) = [c for c in body["cases"] if c["case_id"] == case["id"]]
    assert mine["triggered_on"] == "2025-12-31"
    assert mine["in_window"] is False
    assert (mine["current"]["source"], mine["current"]["options"]) == (
        "stored",
        [{"type": "grant", "amount": "670000.00"}],
    )
    assert mine["simulated"]["options"] == [{"type": "grant", "amount": "970000.00"}]
    assert mine["difference"]["grant"] == "300000.00"
    after = (await env.funding.get(f"/api/v1/support-cases/{case['id']}", headers=bearer(admin))).json()
    assert after == case  # a what-if writes nothing


async def test_a_years_subsidy_is_paid_only_after_a_review_and_two_different_officers(
    env: Programmes, token: TokenFactory
) -> None:
    """Issue 22: platform results used to price a subsidy that went nowhere; now its case pays
    through the workflow — a person confirms v1's provisional figure, two officers approve."""
    center, platform = await approved_platform(env, token)
    case = (await report(env, token("center_user", center=center), platform["id"], results()))["support_case"]
    problem_of(
        await env.funding.post(
            f"/api/v1/support-cases/{case['id']}/actions/approve",
            json={},
            headers=bearer(token("finance_officer")),
        ),
        409,
        "action-not-allowed",
    )
    confirmed = await env.funding.post(
        f"/api/v1/support-cases/{case['id']}/actions/resolve",
        json={
            "decision": "pay",
            "justification": "按运行成效核定",
            "lines": [
                {"policy_code": "platform_subsidy", "options": [{"type": "grant", "amount": priced(case)}]}
            ],
        },
        headers=bearer(token("municipal_admin", sub="platform-reviewer")),
    )
    assert confirmed.status_code == 200, confirmed.text
    assert (confirmed.json()["status"], confirmed.json()["selected_option"]) == ("option_selected", "grant")
    await paid_only_after_two_officers(env, token, confirmed.json())
