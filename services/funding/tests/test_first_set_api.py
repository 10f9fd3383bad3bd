"""First-set / first-batch / first-version recognitions (`五(五)`) through the API, and the
scenarios ``pilot.completed`` event consumed from the real broker."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from funding.first_set.rule import recompute
from funding.messaging import InboxRecord
from services.funding.tests.programme_fixtures import (
    Programmes,
    first_set,
    paid_only_after_two_officers,
    programmes,
    valid_uscc,
)
from services.funding.tests.test_first_set_rule import PRODUCT_RECOGNITION_SUBSIDY_V1
from shared.contracts import funding_programmes as contract
from shared.contracts import scenarios
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.events import pilot_completed, publish
from tests.problems import error_fields, problem_of

URL = "/api/v1/recognitions"


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


def first_batch(center_id: str, /, **overrides: Any) -> dict[str, Any]:
    body = first_set(
        center_id, catalogue="first_batch_national", price=None, sales="6000000.00", sales_months=12
    )
    body["product_name"] = f"高性能碳纤维 {uuid.uuid4().hex[:6]}"
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


async def recognize(env: Programmes, tok: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await env.funding.post(URL, json=body, headers=bearer(tok))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def subsidy(body: dict[str, Any]) -> str | None:
    """The grant the recognition's support case priced (None: it priced nothing)."""
    return next((o["amount"] for o in body["support_case"]["options"] if o["type"] == "grant"), None)


async def test_a_complete_set_is_priced_capped_traced_and_eligible_for_single_source(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center()
    body = await recognize(env, token("municipal_admin"), first_set(center))
    case = body["support_case"]
    assert (case["kind"], case["status"], case["selected_option"]) == (
        "first_set_subsidy",
        "option_selected",
        "grant",
    )
    assert subsidy(body) == "5000000.00"
    assert case["policy"] == {"code": "product_recognition_subsidy", "version": 1, "clause": "五(五)"}
    assert [s["step"] for s in case["trace"]] == ["policy", "facts", "ratio", "cap", "firm_year_cap"]
    assert recompute(PRODUCT_RECOGNITION_SUBSIDY_V1, case["inputs"]) == Decimal(subsidy(body) or "0")
    assert body["single_source_procurement"]["eligible"] is True
    assert body["single_source_procurement"]["year"] == 2025
    [row] = await env.outbox(body["id"])
    assert row.event_type == contract.RECOGNITION_RECORDED
    assert (
        str(contract.RecognitionRecorded.model_validate(row.envelope["data"]).support_case_id) == case["id"]
    )
    eligibility = await env.funding.get(
        f"{URL}/single-source",
        params={"product_name": body["product_name"], "maker_uscc": body["maker_uscc"], "year": 2025},
        headers=bearer(token("finance_officer")),
    )
    assert eligibility.json()["eligible"] is True
    assert eligibility.json()["recognitions"] == [body["id"]]
    next_year = await env.funding.get(
        f"{URL}/single-source",
        params={"product_name": body["product_name"], "maker_uscc": body["maker_uscc"], "year": 2026},
        headers=bearer(token("finance_officer")),
    )
    assert next_year.json()["eligible"] is False


async def test_the_firms_yearly_cap_spans_its_recognitions_and_resets_next_year(
    env: Programmes, token: TokenFactory
) -> None:
    admin, center, maker = token("municipal_admin"), await env.center(), valid_uscc()
    first = await recognize(
        env, admin, first_set(center, catalogue="first_set_single", price="10000000.00", maker_uscc=maker)
    )
    assert subsidy(first) == "3000000.00"
    second = await recognize(env, admin, first_batch(center, maker_uscc=maker, sales="4000000.02"))
    # 50% of 4,000,000.02 = 2,000,000.01, but only 2,000,000.00 of the year's 5,000,000.00 is left.
    assert subsidy(second) == "2000000.00"
    assert second["support_case"]["reason"] == "reduced by the firm's yearly cap of 5000000.00"
    assert second["support_case"]["inputs"]["firm_already_granted"] == "3000000.00"
    third = await recognize(env, admin, first_batch(center, maker_uscc=maker, catalogue="first_batch_city"))
    assert subsidy(third) is None  # the cap left nothing: nothing to pay
    assert third["support_case"]["status"] == "ineligible"
    next_year = await recognize(
        env, admin, first_set(center, maker_uscc=maker, year=2026, recognized_on="2026-03-01")
    )
    assert subsidy(next_year) == "5000000.00"


async def test_concurrent_recognitions_of_one_firm_never_pass_the_yearly_cap(
    env: Programmes, token: TokenFactory
) -> None:
    admin, center, maker = token("municipal_admin"), await env.center(), valid_uscc()
    # Each is 30% of 3,333,333.33 = 1,000,000.00 (city catalogue); ten of them against ¥5,000,000.
    bodies = [
        first_batch(center, catalogue="first_batch_city", maker_uscc=maker, sales="3333333.33")
        for _ in range(10)
    ]
    responses = await asyncio.gather(*(env.funding.post(URL, json=b, headers=bearer(admin)) for b in bodies))
    assert [r.status_code for r in responses] == [201] * 10
    amounts = sorted(Decimal(subsidy(r.json()) or "0.00") for r in responses)
    assert sum(amounts) == Decimal("5000000.00")
    assert amounts.count(Decimal("1000000.00")) == 5
    assert amounts.count(Decimal("0.00")) == 5


async def test_first_version_needs_review_and_the_day_before_the_plan_has_no_rule(
    env: Programmes, token: TokenFactory
) -> None:
    admin, center = token("municipal_admin"), await env.center()
    version = await recognize(
        env, admin, first_set(center, catalogue="first_version", price="800000.00", buyer_name=None)
    )
    assert version["support_case"]["status"] == "needs_review"
    assert subsidy(version) is None
    assert "first_version" in version["support_case"]["reason"]
    before = await recognize(env, admin, first_set(center, recognized_on="2025-02-17"))
    assert before["support_case"]["status"] == "needs_review"
    assert before["support_case"]["policy"] is None
    assert before["support_case"]["reason"] == (
        "no version of policy 'product_recognition_subsidy' is in force on 2025-02-17: a person must decide"
    )
    on_the_day = await recognize(env, admin, first_set(center, recognized_on="2025-02-18"))
    assert on_the_day["support_case"]["policy"]["version"] == 1


async def test_each_catalogue_needs_its_own_figures(env: Programmes, token: TokenFactory) -> None:
    admin, center = token("municipal_admin"), await env.center()
    cases: list[tuple[dict[str, Any], set[str]]] = [
        (first_set(center, price=None), {"price"}),
        (first_set(center, sales="100.00", sales_months=3), {"sales"}),
        (first_set(center, buyer_name=None), {"buyer_name"}),
        (first_batch(center, sales_months=13), {"sales_months"}),
        ({k: v for k, v in first_batch(center).items() if k != "sales_months"}, {"sales_months"}),
        (first_batch(center, price="100.00"), {"price"}),
        (first_set(center, maker_uscc="91440101MA5ABCDE12"), {"maker_uscc"}),
        (
            first_set(center, recognized_on=(dt.date.today() + dt.timedelta(days=1)).isoformat()),
            {"recognized_on"},
        ),
        (first_set(center, price=20000000.0), {"price"}),
        (first_set(center, catalogue="first_set_triple"), {"catalogue"}),
        (first_set(center, sales_months=0, price="1.00"), {"sales_months"}),
        (first_set(str(uuid.uuid4())), {"center_id"}),
    ]
    for body, fields in cases:
        response = await env.funding.post(URL, json=body, headers=bearer(admin))
        assert fields <= error_fields(problem_of(response, 422)), (body, response.text)


async def test_only_a_municipal_admin_records_and_a_product_is_recognized_once_a_year(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center(district="zengcheng")
    body = first_set(center)
    for tok in (
        token("finance_officer"),
        token("district_admin", district="zengcheng"),
        token("center_user", center=center),
    ):
        problem_of(await env.funding.post(URL, json=body, headers=bearer(tok)), 403)
    created = await recognize(env, token("municipal_admin"), body)
    again = await env.funding.post(URL, json=body, headers=bearer(token("municipal_admin")))
    problem_of(again, 409, "recognition-exists")
    mine = await env.funding.get(
        URL, params={"center_id": center}, headers=bearer(token("center_user", center=center))
    )
    assert [r["id"] for r in mine.json()["items"]] == [created["id"]]
    other = token("district_admin", district="yuexiu")
    problem_of(
        await env.funding.get(f"{URL}/{created['id']}", headers=bearer(other)), 404, "recognition-not-found"
    )
    own = await env.funding.get(
        f"{URL}/{created['id']}", headers=bearer(token("district_admin", district="zengcheng"))
    )
    assert own.json()["id"] == created["id"]


async def handled(env: Programmes, event_id: uuid.UUID) -> bool:
    async with runtime_of(env.stack.apps["funding"]).sessionmaker() as session:
        return await session.scalar(select(InboxRecord).where(InboxRecord.event_id == event_id)) is not None


async def test_a_successful_pilot_makes_the_offering_catalogue_eligible_once(
    env: Programmes, token: TokenFactory
) -> None:
    center, offering = await env.center(), uuid.uuid4()
    own = token("center_user", center=center)
    url = f"{URL}/eligible-offerings/{offering}"
    failed = pilot_completed(center, offering, outcome="unsuccessful")
    await publish(env.producer, scenarios.PILOT_TOPIC, failed)
    await eventually(lambda: handled(env, failed.id), what="the unsuccessful pilot handled")
    problem_of(await env.funding.get(url, headers=bearer(own)), 404, "offering-not-eligible")

    first = pilot_completed(center, offering)
    await publish(env.producer, scenarios.PILOT_TOPIC, first)

    async def eligible() -> dict[str, Any] | None:
        response = await env.funding.get(url, headers=bearer(own))
        return response.json() if response.status_code == 200 else None

    body = await eventually(eligible, what="the offering catalogue-eligible")
    assert body["offering_id"] == str(offering)
    assert body["pilot_id"] == first.data["pilot_id"]
    # The same event again (redelivery) and a second pilot of the offering change nothing.
    second = pilot_completed(center, offering)
    await publish(env.producer, scenarios.PILOT_TOPIC, first)
    await publish(env.producer, scenarios.PILOT_TOPIC, second)
    await eventually(lambda: handled(env, second.id), what="the second pilot handled")
    assert (await env.funding.get(url, headers=bearer(own))).json() == body
    events = await env.outbox(str(offering), contract.OFFERING_CATALOGUE_ELIGIBLE)
    assert len(events) == 1
    assert events[0].topic == contract.OFFERING_TOPIC
    listed = await env.funding.get(
        f"{URL}/eligible-offerings", params={"center_id": center}, headers=bearer(own)
    )
    assert [o["offering_id"] for o in listed.json()["items"]] == [str(offering)]
    other = token("center_user", center=str(uuid.uuid4()))
    problem_of(await env.funding.get(url, headers=bearer(other)), 404)


async def test_a_recognitions_subsidy_is_paid_only_after_two_different_officers(
    env: Programmes, token: TokenFactory
) -> None:
    """Issue 22: a recognition used to price a subsidy that went nowhere; its case now pays."""
    center = await env.center()
    body = await recognize(env, token("municipal_admin"), first_set(center, price="1000000.00"))
    assert subsidy(body) == "300000.00"
    await paid_only_after_two_officers(env, token, body["support_case"])
