"""Guide-fund investments (`五(三)`) through the API, against real PostgreSQL and the real broker."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest

from funding.centers.parties import CenterParties
from funding.investments.schemas import parse_stake
from funding.investments.uscc import uscc_problem
from services.funding.tests.programme_fixtures import Programmes, programmes, valid_uscc
from shared.contracts import registry
from shared.contracts.funding_programmes import INVESTMENT_RECORDED, INVESTMENT_TOPIC, InvestmentRecorded
from shared.events import CloudEvent
from shared.localbroker import LocalBroker
from shared.testing.fixtures import DatabaseFactory, TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.events import center_created, publish
from tests.problems import error_fields, problem_of

URL = "/api/v1/investments"


@pytest.fixture(scope="module")
async def env(fresh_databases: DatabaseFactory, broker: LocalBroker) -> AsyncIterator[Programmes]:
    async with programmes(fresh_databases, broker) as running:
        yield running


def payload(center_id: str, /, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "fund": "angel",
        "center_id": center_id,
        "investee_name": "广州某新材料科技有限公司",
        "investee_uscc": valid_uscc(),
        "amount": "5000000.00",
        "stake_percent": "12.5",
        "invested_on": "2025-09-01",
    }
    body.update(overrides)
    return body


async def invest(env: Programmes, tok: str, center_id: str, **overrides: Any) -> dict[str, Any]:
    """An investment in the center's lead organization unless ``overrides`` name another investee."""
    body = payload(center_id, **{"investee_uscc": env.leads[center_id], **overrides})
    response = await env.funding.post(URL, json=body, headers=bearer(tok))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_municipal_admin_records_an_investment_with_an_exact_stake_and_an_event(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center()
    body = await invest(
        env, token("municipal_admin", sub="city-1"), center, investee_uscc=env.leads[center].lower()
    )
    assert body["fund"] == "angel"
    assert body["center_id"] == center
    assert body["amount"] == "5000000.00"
    assert body["stake_percent"] == "12.5000"
    assert body["investee_uscc"] == body["investee_uscc"].upper()
    assert body["recorded_by"] == "city-1"
    assert (body["investee_relation"], body["investee_justification"]) == ("lead", None)
    [row] = await env.outbox(body["id"])
    assert row.event_type == INVESTMENT_RECORDED
    assert row.topic == INVESTMENT_TOPIC
    event = InvestmentRecorded.model_validate(row.envelope["data"])
    assert event.amount == Decimal("5000000.00")
    assert event.stake_percent == "12.5000"


async def test_a_finance_officer_writes_too_but_district_and_center_users_may_not(
    env: Programmes, token: TokenFactory
) -> None:
    center = await env.center(district="haizhu")
    await invest(env, token("finance_officer"), center)
    for tok in (token("district_admin", district="haizhu"), token("center_user", center=center)):
        response = await env.funding.post(URL, json=payload(center), headers=bearer(tok))
        problem_of(response, 403, "forbidden")


async def test_bad_fields_are_each_named_in_one_problem(env: Programmes, token: TokenFactory) -> None:
    center = await env.center()
    admin = token("municipal_admin")
    bad_uscc = valid_uscc()[:17] + ("0" if valid_uscc()[17] != "0" else "1")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"investee_uscc": "91440101MA5ABCDE1"}, "investee_uscc"),
        ({"amount": 5000000.0}, "amount"),
        ({"amount": "0.00"}, "amount"),
        ({"amount": "1.005"}, "amount"),
        ({"stake_percent": "0"}, "stake_percent"),
        ({"stake_percent": "100.0001"}, "stake_percent"),
        ({"stake_percent": "12.34567"}, "stake_percent"),
        ({"stake_percent": 12.5}, "stake_percent"),
        ({"fund": "city_bank"}, "fund"),
        ({"invested_on": "2999-01-01"}, "invested_on"),
        ({"center_id": "8c0f4a0e-5d1c-4c59-9a55-2f3c8c1d0001"}, "center_id"),
    ]
    for override, field in cases:
        response = await env.funding.post(URL, json=payload(center, **override), headers=bearer(admin))
        assert field in error_fields(problem_of(response, 422)), (override, response.text)
    # A wrong check digit alone is refused with the reason.
    response = await env.funding.post(
        URL, json=payload(center, investee_uscc=bad_uscc), headers=bearer(admin)
    )
    body = problem_of(response, 422)
    assert body["errors"] == [
        {"field": "investee_uscc", "message": "the check digit (18th character) is wrong"}
    ]


async def test_a_stake_of_exactly_100_percent_is_accepted(env: Programmes, token: TokenFactory) -> None:
    body = await invest(env, token("municipal_admin"), await env.center(), stake_percent="100")
    assert body["stake_percent"] == "100.0000"


async def test_totals_per_fund_and_per_center_add_up_exactly(env: Programmes, token: TokenFactory) -> None:
    admin = token("municipal_admin")

    async def totals(by: str, tok: str = admin) -> dict[str, Any]:
        response = await env.funding.get(f"{URL}/totals", params={"by": by}, headers=bearer(tok))
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    before = {row["key"]: Decimal(row["amount"]) for row in (await totals("fund"))["items"]}
    first, second = await env.center(district="conghua"), await env.center(district="conghua")
    await invest(env, admin, first, fund="industrial_investment", amount="10000000.00")
    await invest(env, admin, first, fund="venture_capital", amount="0.01")
    await invest(env, admin, second, fund="industrial_investment", amount="2999999.99")
    after = await totals("fund")
    assert [row["key"] for row in after["items"]] == ["industrial_investment", "venture_capital", "angel"]
    labels = {row["key"]: row["label_zh"] for row in after["items"]}
    assert labels["industrial_investment"] == "广州产投母基金"
    delta = {row["key"]: Decimal(row["amount"]) - before[row["key"]] for row in after["items"]}
    assert delta == {
        "industrial_investment": Decimal("12999999.99"),
        "venture_capital": Decimal("0.01"),
        "angel": Decimal("0"),
    }
    # Per center, in a district admin's scope: only that district's centers, exact sums.
    by_center = await totals("center", token("district_admin", district="conghua"))
    assert by_center["items"] == sorted(
        [
            {"key": first, "label_zh": None, "label_en": None, "count": 2, "amount": "10000000.01"},
            {"key": second, "label_zh": None, "label_en": None, "count": 1, "amount": "2999999.99"},
        ],
        key=lambda row: row["key"],
    )
    assert by_center["amount"] == "13000000.00"
    own = await totals("fund", token("center_user", center=second))
    assert own["amount"] == "2999999.99"
    assert own["count"] == 1
    problem_of(await env.funding.get(f"{URL}/totals", params={"by": "district"}, headers=bearer(admin)), 422)


async def test_reads_are_scoped_like_support_cases(env: Programmes, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    center = await env.center(district="nansha")
    investment = await invest(env, admin, center)
    own_district = await env.funding.get(URL, headers=bearer(token("district_admin", district="nansha")))
    assert investment["id"] in [i["id"] for i in own_district.json()["items"]]
    other = token("district_admin", district="panyu")
    listed = await env.funding.get(URL, params={"center_id": center}, headers=bearer(other))
    assert listed.json()["items"] == []
    problem_of(
        await env.funding.get(f"{URL}/{investment['id']}", headers=bearer(other)), 404, "investment-not-found"
    )
    mine = await env.funding.get(
        f"{URL}/{investment['id']}", headers=bearer(token("center_user", center=center))
    )
    assert mine.json()["id"] == investment["id"]
    problem_of(await env.funding.get(URL, headers=bearer(token("talent_officer"))), 403)


async def test_the_funds_are_listed_with_zh_and_en_labels(env: Programmes) -> None:
    response = await env.funding.get(f"{URL}/funds")
    assert [f["value"] for f in response.json()] == ["industrial_investment", "venture_capital", "angel"]
    assert response.json()[2]["zh"] == "广州天使母基金"


def test_uscc_and_stake_parsing_are_exact() -> None:
    assert uscc_problem(valid_uscc()) is None
    assert uscc_problem("91440101MA5ABCDEI1") is not None  # I is not in the alphabet
    assert parse_stake("0.0001") == Decimal("0.0001")
    assert parse_stake(100) == Decimal("100.0000")
    for bad in ("0", "-1", "100.00001", "1e-5", 1.5, "abc"):
        with pytest.raises(ValueError, match=r"stake|float|decimal"):
            parse_stake(bad)


async def test_an_investee_outside_the_center_needs_a_recorded_justification(
    env: Programmes, token: TokenFactory
) -> None:
    """Issue 22: a guide fund invests in the center or one of its member organizations."""
    admin = token("municipal_admin", sub="fund-officer")
    center = await env.center()
    stranger = valid_uscc()
    refused = await env.funding.post(URL, json=payload(center, investee_uscc=stranger), headers=bearer(admin))
    assert error_fields(problem_of(refused, 422, "validation-failed")) == {"investee_uscc"}
    justified = await invest(
        env,
        admin,
        center,
        investee_uscc=stranger,
        investee_justification="联盟外的配套企业，经基金投委会决议",
    )
    assert (justified["investee_relation"], justified["investee_justification"]) == (
        None,
        "联盟外的配套企业，经基金投委会决议",
    )
    member = await invest(env, admin, center, investee_justification="not needed")
    assert (member["investee_relation"], member["investee_justification"]) == ("lead", None)


async def test_members_and_the_legal_entity_reach_funding_from_registrys_events(
    env: Programmes, token: TokenFactory
) -> None:
    """A member added later, or the legal entity of the governance, become investees; an older
    members event arriving late changes nothing."""
    admin = token("municipal_admin")
    center = await env.center()
    member, entity = valid_uscc(), valid_uscc()

    def members_event(version: int, usccs: list[str]) -> CloudEvent:
        snapshot = center_created(uuid.UUID(center), district="tianhe", tier="municipal").data["center"]
        members = [
            registry.CenterMember(
                member_id=uuid.uuid4(),
                role="member",
                organization=registry.MemberOrganization(
                    id=uuid.uuid4(), name="成员", uscc=u, type="enterprise"
                ),
            )
            for u in usccs
        ]
        body = registry.CenterMembersChanged(
            center=registry.CenterSnapshot.model_validate(snapshot),
            change="added",
            member=members[0],
            members=members,
            members_version=version,
            actor="registry-user",
        )
        return CloudEvent(
            source=registry.SOURCE,
            type=registry.CENTER_MEMBERS_CHANGED,
            subject=center,
            data=body.model_dump(mode="json"),
        )

    governance = registry.CenterGovernanceChanged(
        center_id=uuid.UUID(center), version=1, governance={"legal_entity": {"name": "法人", "uscc": entity}}
    )
    await publish(env.producer, registry.CENTER_TOPIC, members_event(3, [env.leads[center], member]))
    await publish(env.producer, registry.CENTER_TOPIC, members_event(2, [env.leads[center]]))  # late, older
    await publish(
        env.producer,
        registry.CENTER_TOPIC,
        CloudEvent(
            source=registry.SOURCE,
            type=registry.CENTER_GOVERNANCE_CHANGED,
            subject=center,
            data=governance.model_dump(mode="json"),
        ),
    )
    sessionmaker = runtime_of(env.stack.apps["funding"]).sessionmaker

    async def both_known() -> bool:
        async with sessionmaker() as session:
            row = await session.get(CenterParties, uuid.UUID(center))
            return row is not None and row.governance_version == 1 and row.members_version >= 2

    await eventually(both_known, what="the center's parties in funding")
    assert (await invest(env, admin, center, investee_uscc=member))["investee_relation"] == "member"
    assert (await invest(env, admin, center, investee_uscc=entity))["investee_relation"] == "legal_entity"
