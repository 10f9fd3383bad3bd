"""Matchmaking events (产业场景应用对接, `五(六)`) through the API, against real PostgreSQL and the
real broker: the lifecycle by role and status, registrations within capacity (waitlist, promotion,
concurrency, the deadline) and the outcomes of a held event with the intention announced."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

import pytest

from scenarios.matchmaking.models import MatchmakingEvent
from services.scenarios.tests.scenario_fixtures import (
    ADMIN,
    PUBLISHER,
    ScenariosEnv,
    center_user,
    if_match,
)
from shared.china_time import china_date_of, china_today
from shared.contracts import scenarios as contract
from shared.testing.fixtures import TokenFactory, bearer
from shared.uscc import check_digit
from tests.problems import error_fields, problem_of

EVENTS = "/api/v1/matchmaking-events"
ORGANIZER = "organizer-1"


def uscc(n: int) -> str:
    """A valid unified social credit code, one per ``n``."""
    first17 = f"914401010000{n:05d}"
    return first17 + check_digit(first17)


def company(n: int, attendees: int = 1) -> dict[str, Any]:
    return {
        "participant_kind": "company",
        "company_name": f"广州测试科技有限公司{n}",
        "company_uscc": uscc(n),
        "contact_name": "王工",
        "attendees": attendees,
    }


def event_body(scenario_ids: list[str], **overrides: Any) -> dict[str, Any]:
    starts = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=30)
    body: dict[str, Any] = {
        "title": "智能网联汽车产业场景应用对接会",
        "description": "发布车路协同应用场景，组织创新中心与企业现场对接。",
        "organizer_name": "广州市智能网联汽车产业联盟",
        "organizer_kind": "alliance",
        "venue": "广州市黄埔区会议中心",
        "starts_at": starts.isoformat(),
        "ends_at": (starts + dt.timedelta(hours=6)).isoformat(),
        "capacity": 10,
        "registration_deadline": (starts - dt.timedelta(days=3)).isoformat(),
        "scenario_ids": scenario_ids,
    }
    body.update(overrides)
    return body


async def published_scenario(env: ScenariosEnv, tok: str) -> dict[str, Any]:
    return await env.walk(tok, await env.create(tok), "publish")


async def create_event(
    env: ScenariosEnv, tok: str, scenario: dict[str, Any], **overrides: Any
) -> dict[str, Any]:
    response = await env.api.post(EVENTS, json=event_body([scenario["id"]], **overrides), headers=bearer(tok))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def act(
    env: ScenariosEnv, tok: str, event: dict[str, Any], action: str, comment: str | None = None
) -> Any:
    body = {} if comment is None else {"comment": comment}
    return await env.api.post(
        f"{EVENTS}/{event['id']}/actions/{action}", json=body, headers=if_match(tok, event)
    )


async def walk(env: ScenariosEnv, tok: str, event: dict[str, Any], *actions: str) -> dict[str, Any]:
    for action in actions:
        response = await act(env, tok, event, action, comment=f"{action} 说明")
        assert response.status_code == 200, response.text
        event = response.json()
    return event


async def read(env: ScenariosEnv, tok: str, event_id: str) -> dict[str, Any]:
    response = await env.api.get(f"{EVENTS}/{event_id}", headers=bearer(tok))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def register(env: ScenariosEnv, tok: str, event: dict[str, Any], body: dict[str, Any]) -> Any:
    return await env.api.post(f"{EVENTS}/{event['id']}/registrations", json=body, headers=bearer(tok))


async def registered(
    env: ScenariosEnv, tok: str, event: dict[str, Any], body: dict[str, Any]
) -> dict[str, Any]:
    response = await register(env, tok, event, body)
    assert response.status_code == 201, response.text
    out: dict[str, Any] = response.json()
    return out


async def registrations(env: ScenariosEnv, tok: str, event: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The event's registrations as the caller lists them, by company name or center id."""
    response = await env.api.get(f"{EVENTS}/{event['id']}/registrations", headers=bearer(tok))
    assert response.status_code == 200, response.text
    return {r["company_name"] or r["center_id"]: r for r in response.json()["items"]}


async def cancel(env: ScenariosEnv, tok: str, event: dict[str, Any], registration: dict[str, Any]) -> Any:
    return await env.api.post(
        f"{EVENTS}/{event['id']}/registrations/{registration['id']}/actions/cancel",
        headers=if_match(tok, registration),
    )


async def shift_times(env: ScenariosEnv, event_id: str, by: dt.timedelta) -> None:
    """Move the event's times (time passing, without waiting for it)."""
    async with env.sessionmaker() as session, session.begin():
        event = await session.get_one(MatchmakingEvent, uuid.UUID(event_id))
        event.starts_at += by
        event.ends_at += by
        event.registration_deadline += by


@pytest.fixture
def publisher(token: TokenFactory) -> str:
    return token(PUBLISHER, sub=ORGANIZER)


# The lifecycle, by role and by status.


async def test_an_organizer_walks_an_event_from_draft_to_held_and_every_step_is_kept(
    env: ScenariosEnv, token: TokenFactory, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    response = await env.api.post(EVENTS, json=event_body([scenario["id"]]), headers=bearer(publisher))
    assert response.status_code == 201, response.text
    event = response.json()
    assert response.headers["ETag"] == '"1"'
    assert (event["status"], event["allowed_actions"], event["scenario_ids"]) == (
        "draft",
        ["open", "cancel"],
        [scenario["id"]],
    )
    assert event["date_in_china"] == china_date_of(dt.datetime.fromisoformat(event["starts_at"])).isoformat()
    assert event["counts"] == {
        "registered": 0,
        "confirmed": 0,
        "waitlisted": 0,
        "attendees": 0,
        "intentions_signed": 0,
    }
    # A draft is its organizer's and the city's only.
    other = token(PUBLISHER, sub="another-publisher")
    assert (await env.api.get(f"{EVENTS}/{event['id']}", headers=bearer(other))).status_code == 404
    assert (await read(env, token(ADMIN), event["id"]))["id"] == event["id"]
    opened = await walk(env, publisher, event, "open")
    assert (await read(env, token("expert"), event["id"]))["status"] == "open"
    closed = await walk(env, publisher, opened, "close")
    hold = await act(env, publisher, closed, "hold")
    problem_of(hold, 409, "event-not-started")
    await shift_times(env, event["id"], -dt.timedelta(days=31))
    held = await walk(env, publisher, closed, "hold")
    assert (held["status"], held["allowed_actions"], held["version"]) == ("held", [], 4)
    steps = (await env.api.get(f"{EVENTS}/{event['id']}/history", headers=bearer(publisher))).json()
    assert [(s["action"], s["from_status"], s["to_status"], s["acted_as"]) for s in steps] == [
        ("open", "draft", "open", PUBLISHER),
        ("close", "open", "closed", PUBLISHER),
        ("hold", "closed", "held", PUBLISHER),
    ]


@pytest.mark.parametrize(
    ("role", "status"),
    [(PUBLISHER, 201), (ADMIN, 201), ("center_user", 403), ("district_admin", 403), ("expert", 403)],
)
async def test_an_event_is_organized_by_a_scenario_publisher_or_the_city_only(
    env: ScenariosEnv, token: TokenFactory, publisher: str, role: str, status: int
) -> None:
    scenario = await published_scenario(env, publisher)
    tok = token(role, center=str(uuid.uuid4()), district="tianhe")
    response = await env.api.post(EVENTS, json=event_body([scenario["id"]]), headers=bearer(tok))
    assert response.status_code == status, response.text


async def test_only_published_scenarios_are_on_show_and_a_422_names_each_other_one(
    env: ScenariosEnv, publisher: str
) -> None:
    shown = await published_scenario(env, publisher)
    draft = await env.create(publisher)
    unknown = str(uuid.uuid4())
    response = await env.api.post(
        EVENTS, json=event_body([shown["id"], draft["id"], unknown]), headers=bearer(publisher)
    )
    problem = problem_of(response, 422)
    assert error_fields(problem) == {"scenario_ids.1", "scenario_ids.2"}
    assert draft["id"] in problem["detail"]
    assert unknown in problem["detail"]
    assert shown["id"] not in problem["detail"]


async def test_an_event_in_the_past_or_with_a_deadline_after_its_start_is_a_422(
    env: ScenariosEnv, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    body = event_body(
        [scenario["id"]],
        starts_at=past.isoformat(),
        ends_at=(past - dt.timedelta(hours=1)).isoformat(),
        capacity=0,
    )
    problem = problem_of(await env.api.post(EVENTS, json=body, headers=bearer(publisher)), 422)
    assert error_fields(problem) == {"capacity"}
    body["capacity"] = 5
    problem = problem_of(await env.api.post(EVENTS, json=body, headers=bearer(publisher)), 422)
    assert error_fields(problem) == {"starts_at", "ends_at", "registration_deadline"}


async def test_actions_are_taken_by_the_own_organizer_or_the_city_from_the_right_status_with_if_match(
    env: ScenariosEnv, token: TokenFactory, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    event = await create_event(env, publisher, scenario)
    someone_else = token(PUBLISHER, sub="someone-else")
    problem_of(await act(env, someone_else, event, "open"), 404)  # a draft is not theirs to see
    problem_of(await act(env, token("center_user", center=str(uuid.uuid4())), event, "open"), 403)
    problem_of(await act(env, publisher, event, "close"), 409, "action-not-allowed")
    problem_of(await act(env, publisher, event, "hold"), 409, "action-not-allowed")
    stale = await env.api.post(
        f"{EVENTS}/{event['id']}/actions/open", json={}, headers={**bearer(publisher), "If-Match": '"9"'}
    )
    problem_of(stale, 412)
    missing = await env.api.post(f"{EVENTS}/{event['id']}/actions/open", json={}, headers=bearer(publisher))
    problem_of(missing, 428)
    opened = await walk(env, token(ADMIN), event, "open")
    problem_of(await act(env, someone_else, opened, "close"), 403)
    problem_of(await act(env, publisher, opened, "cancel"), 422)  # without a comment
    cancelled = await walk(env, publisher, opened, "cancel")
    assert (cancelled["status"], cancelled["allowed_actions"]) == ("cancelled", [])
    problem_of(await act(env, publisher, cancelled, "open"), 409, "action-not-allowed")
    problem_of(await register(env, token(ADMIN), cancelled, company(1)), 409, "registration-closed")


# Registrations.


async def test_registrations_beyond_capacity_are_waitlisted_with_their_place_and_counted(
    env: ScenariosEnv, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    event = await walk(env, publisher, await create_event(env, publisher, scenario, capacity=5), "open")
    a = await registered(env, publisher, event, company(1, attendees=3))
    b = await registered(env, publisher, event, company(2, attendees=3))
    c = await registered(env, publisher, event, company(3, attendees=2))
    d = await registered(env, publisher, event, company(4, attendees=4))
    assert [(r["number"], r["status"], r["waitlist_place"]) for r in (a, b, c, d)] == [
        (1, "confirmed", None),
        (2, "waitlisted", 1),
        (3, "confirmed", None),
        (4, "waitlisted", 2),
    ]
    counts = (await read(env, publisher, event["id"]))["counts"]
    assert counts == {
        "registered": 4,
        "confirmed": 2,
        "waitlisted": 2,
        "attendees": 5,
        "intentions_signed": 0,
    }


async def test_the_same_center_or_company_registers_once_until_it_cancels(
    env: ScenariosEnv, token: TokenFactory, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    event = await walk(env, publisher, await create_event(env, publisher, scenario), "open")
    first = await registered(env, publisher, event, company(7))
    again = {**company(7), "company_uscc": f"  {uscc(7).lower()} ", "company_name": "改了名字的公司"}
    problem_of(await register(env, publisher, event, again), 409, "already-registered")
    center = await env.registry.center()
    own = center_user(token, center)
    mine = {"participant_kind": "center", "center_id": center, "contact_name": "李工", "attendees": 2}
    await registered(env, own, event, mine)
    problem_of(await register(env, publisher, event, mine), 409, "already-registered")
    assert (await cancel(env, publisher, event, first)).status_code == 200
    assert (await registered(env, publisher, event, company(7)))["number"] == 3


async def test_who_registers_whom_and_what_a_registration_must_name(
    env: ScenariosEnv, token: TokenFactory, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    draft = await create_event(env, publisher, scenario)
    center, other = await env.registry.center(), await env.registry.center()
    own = center_user(token, center)
    mine = {"participant_kind": "center", "center_id": center, "contact_name": "李工", "attendees": 1}
    problem_of(await register(env, own, draft, mine), 404)  # a draft is not the center's to see
    problem_of(await register(env, publisher, draft, mine), 409, "registration-closed")
    event = await walk(env, publisher, draft, "open")
    problem_of(await register(env, own, event, {**mine, "center_id": other}), 403)
    problem_of(await register(env, own, event, company(11)), 403)
    problem_of(await register(env, token("expert"), event, company(11)), 403)
    bad = problem_of(
        await register(env, publisher, event, {**company(11), "company_uscc": uscc(11)[:17] + "0"}), 422
    )
    assert error_fields(bad) == {"company_uscc"}
    mixed = problem_of(await register(env, publisher, event, {**mine, "company_name": "某公司"}), 422)
    assert error_fields(mixed) == {"company_name"}
    assert (await registered(env, own, event, mine))["status"] == "confirmed"
    # The organizer and the city see every registration; a center user its own; others none.
    await registered(env, publisher, event, company(11))
    assert set(await registrations(env, publisher, event)) == {center, "广州测试科技有限公司11"}
    assert set(await registrations(env, token(ADMIN), event)) == {center, "广州测试科技有限公司11"}
    assert set(await registrations(env, own, event)) == {center}
    assert await registrations(env, center_user(token, other), event) == {}
    listing = await env.api.get(f"{EVENTS}/{event['id']}/registrations", headers=bearer(token("expert")))
    problem_of(listing, 403)


async def test_concurrent_registrations_never_exceed_the_capacity(env: ScenariosEnv, publisher: str) -> None:
    scenario = await published_scenario(env, publisher)
    event = await walk(env, publisher, await create_event(env, publisher, scenario, capacity=10), "open")
    responses = await asyncio.gather(
        *(register(env, publisher, event, company(100 + n, attendees=2)) for n in range(12))
    )
    assert [r.status_code for r in responses] == [201] * 12, [r.text for r in responses]
    made = [r.json() for r in responses]
    confirmed = [r for r in made if r["status"] == "confirmed"]
    assert sum(r["attendees"] for r in confirmed) == 10
    assert sorted(r["number"] for r in made) == list(range(1, 13))
    listed = (await registrations(env, publisher, event)).values()
    assert sorted(r["waitlist_place"] for r in listed if r["status"] == "waitlisted") == list(range(1, 8))
    counts = (await read(env, publisher, event["id"]))["counts"]
    assert (counts["confirmed"], counts["waitlisted"], counts["attendees"]) == (5, 7, 10)


async def test_a_cancellation_promotes_the_first_waitlisted_ones_that_fit_in_order(
    env: ScenariosEnv, token: TokenFactory, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    event = await walk(env, publisher, await create_event(env, publisher, scenario, capacity=5), "open")
    a = await registered(env, publisher, event, company(21, attendees=3))
    await registered(env, publisher, event, company(22, attendees=4))  # waits first, too large for 3
    await registered(env, publisher, event, company(23, attendees=2))
    await registered(env, publisher, event, company(24, attendees=2))
    await registered(env, publisher, event, company(25, attendees=1))
    problem_of(await cancel(env, token(PUBLISHER, sub="not-the-organizer"), event, a), 403)
    response = await cancel(env, publisher, event, a)
    assert response.status_code == 200, response.text
    assert (response.json()["status"], response.json()["cancelled_by"]) == ("cancelled", ORGANIZER)
    problem_of(await cancel(env, publisher, event, a), 412)  # the version moved on
    by_name = await registrations(env, publisher, event)
    status = {name[-2:]: (r["status"], r["waitlist_place"]) for name, r in by_name.items()}
    assert status == {
        "21": ("cancelled", None),
        "22": ("waitlisted", 1),
        "23": ("confirmed", None),
        "24": ("confirmed", None),
        "25": ("confirmed", None),
    }
    assert (await read(env, publisher, event["id"]))["counts"]["attendees"] == 5


async def test_registration_closes_at_its_deadline(env: ScenariosEnv, publisher: str) -> None:
    scenario = await published_scenario(env, publisher)
    event = await walk(env, publisher, await create_event(env, publisher, scenario), "open")
    assert (await register(env, publisher, event, company(31))).status_code == 201
    await shift_times(env, event["id"], -dt.timedelta(days=27, minutes=1))  # deadline a minute ago
    problem = problem_of(await register(env, publisher, event, company(32)), 409, "registration-closed")
    assert "registration_deadline" in problem


# Outcomes.


async def test_outcomes_are_recorded_once_held_and_a_signed_intention_is_announced(
    env: ScenariosEnv, token: TokenFactory, publisher: str
) -> None:
    scenario = await published_scenario(env, publisher)
    center = await env.registry.center()
    offering = await env.offer(center_user(token, center), center)
    event = await walk(env, publisher, await create_event(env, publisher, scenario), "open", "close")
    outcomes = f"{EVENTS}/{event['id']}/outcomes"
    signed = {
        "scenario_id": scenario["id"],
        "offering_id": offering["id"],
        "kind": "intention_signed",
        "signed_on": china_today().isoformat(),
        "note": "签署试点合作意向书",
    }
    problem_of(await env.api.post(outcomes, json=signed, headers=bearer(publisher)), 409, "event-not-held")
    await shift_times(env, event["id"], -dt.timedelta(days=30, hours=1))
    await walk(env, publisher, event, "hold")
    problem_of(await env.api.post(outcomes, json=signed, headers=bearer(center_user(token, center))), 403)
    elsewhere = await published_scenario(env, publisher)
    wrong = problem_of(
        await env.api.post(
            outcomes,
            json={**signed, "scenario_id": elsewhere["id"], "company_name": "某公司", "signed_on": None},
            headers=bearer(publisher),
        ),
        422,
    )
    assert error_fields(wrong) == {"scenario_id", "offering_id", "signed_on"}
    response = await env.api.post(outcomes, json=signed, headers=bearer(publisher))
    assert response.status_code == 201, response.text
    outcome = response.json()
    assert (outcome["center_id"], outcome["recorded_by"]) == (center, ORGANIZER)
    follow_up = {"scenario_id": scenario["id"], "company_name": "广州某企业", "kind": "follow_up"}
    assert (await env.api.post(outcomes, json=follow_up, headers=bearer(token(ADMIN)))).status_code == 201
    [row] = await env.outbox(event["id"])
    assert (row.topic, row.event_type) == (contract.MATCHMAKING_TOPIC, contract.MATCHMAKING_INTENTION_SIGNED)
    data = contract.MatchmakingIntentionSigned.model_validate(row.envelope["data"])
    assert (data.event_id, data.scenario_id, data.offering_id, data.center_id, data.signed_on) == (
        uuid.UUID(event["id"]),
        uuid.UUID(scenario["id"]),
        uuid.UUID(offering["id"]),
        uuid.UUID(center),
        china_today(),
    )
    assert (await read(env, token("expert"), event["id"]))["counts"]["intentions_signed"] == 1
    listed = (await env.api.get(outcomes, headers=bearer(token("expert")))).json()["items"]
    assert [o["kind"] for o in listed] == ["intention_signed", "follow_up"]


async def test_a_signed_intention_is_the_pairs_match_accepted_by_both_and_becomes_a_pilot(
    env: ScenariosEnv, token: TokenFactory, publisher: str
) -> None:
    """五(六): what is signed at a matchmaking event feeds the pilot pipeline."""
    scenario = await published_scenario(env, publisher)
    center = await env.registry.center()
    offering = await env.offer(center_user(token, center), center)
    proposed_elsewhere = await env.offer(center_user(token, center), center)
    proposal = await env.api.post(
        "/api/v1/matches",
        json={"scenario_id": scenario["id"], "offering_id": proposed_elsewhere["id"]},
        headers=bearer(publisher),
    )
    assert (proposal.status_code, proposal.json()["status"]) == (201, "proposed"), proposal.text
    event = await walk(env, publisher, await create_event(env, publisher, scenario), "open", "close")
    await shift_times(env, event["id"], -dt.timedelta(days=30, hours=1))
    await walk(env, publisher, event, "hold")
    for signed_offering in (offering, proposed_elsewhere):
        recorded = await env.api.post(
            f"{EVENTS}/{event['id']}/outcomes",
            json={
                "scenario_id": scenario["id"],
                "offering_id": signed_offering["id"],
                "kind": "intention_signed",
                "signed_on": china_today().isoformat(),
            },
            headers=bearer(publisher),
        )
        assert recorded.status_code == 201, recorded.text
    matches = await env.api.get(
        "/api/v1/matches", params={"scenario_id": scenario["id"]}, headers=bearer(publisher)
    )
    by_offering = {m["offering_id"]: m for m in matches.json()["items"]}
    assert {by_offering[o["id"]]["status"] for o in (offering, proposed_elsewhere)} == {"accepted"}
    assert by_offering[proposed_elsewhere["id"]]["id"] == proposal.json()["id"]  # the proposal, accepted
    pilot = await env.api.post(
        "/api/v1/pilots",
        json={"match_id": by_offering[offering["id"]]["id"], "plan": "在黄埔区开展三个月验证"},
        headers=bearer(publisher),
    )
    assert pilot.status_code == 201, pilot.text
    accepted = [
        r
        for r in await env.outbox(by_offering[offering["id"]]["id"])
        if r.event_type == contract.MATCH_ACCEPTED
    ]
    assert len(accepted) == 1
