"""Personal data of talents (DESIGN 4): the whole ID number and phone are in no column, log, event
or masked response; talent officers see them whole and every such read is logged; search works
through the keyed hash."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import select, text

from services.talent.tests.talent_fixtures import TalentEnv, resident_id, talent_body
from shared.testing.fixtures import TokenFactory, bearer
from talent.personal_data.models import PersonalDataAccess
from tests.problems import problem_of

URL = "/api/v1/talents"
PHONE = "13987654321"


async def _every_row_as_text(env: TalentEnv) -> str:
    """Every row of every table of talent's database, as JSON text."""
    async with env.sessionmaker() as session:
        tables = (
            await session.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        ).all()
        assert {"talent", "outbox_record", "idempotency_record", "personal_data_access"} <= set(tables)
        rows = [
            str(row)
            for table in tables
            for row in (await session.scalars(text(f'SELECT row_to_json(t)::text FROM "{table}" t'))).all()
        ]
    return "\n".join(rows)


async def test_the_whole_id_number_and_phone_are_in_no_column_event_log_or_masked_response(
    env: TalentEnv, token: TokenFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    center = await env.center(district="huangpu")
    number = resident_id()
    officer = bearer(token("talent_officer"))
    created = await env.talent.post(
        URL,
        json=talent_body(center, id_document={"type": "resident_id", "number": number}, phone=PHONE),
        headers={**officer, "Idempotency-Key": f"register-{uuid.uuid4()}"},
    )
    assert created.status_code == 201, created.text
    talent_id = created.json()["id"]
    # Reads that reveal it (a talent officer's), a search by it, and a refused registration of it.
    assert (await env.talent.get(f"{URL}/{talent_id}", headers=officer)).json()["phone"] == PHONE
    found = await env.talent.get(URL, params={"id_number": number}, headers=officer)
    assert [t["id"] for t in found.json()["items"]] == [talent_id]
    again = await env.talent.post(
        URL, json=talent_body(center, id_document={"type": "resident_id", "number": number}), headers=officer
    )
    problem_of(again, 409, "talent-exists")
    for role, claims in (
        ("municipal_admin", {}),
        ("district_admin", {"district": "huangpu"}),
        ("center_user", {"center": center}),
    ):
        masked = await env.talent.get(f"{URL}/{talent_id}", headers=bearer(token(role, **claims)))
        assert masked.status_code == 200, masked.text
        assert masked.json()["personal_data_masked"] is True
        assert number not in masked.text, role
        assert PHONE not in masked.text, role
        assert masked.json()["id_document"]["number"] == number[:4] + "*" * 10 + number[-4:]
        assert masked.json()["phone"] == "139****4321"

    stored = await _every_row_as_text(env)
    assert talent_id in stored  # the scan did read the talent's rows
    assert number not in stored
    assert PHONE not in stored
    [registered, figures] = [row.envelope for row in await env.outbox(talent_id)] + [
        row.envelope for row in await env.outbox(center)
    ]
    assert registered["data"]["talent_id"] == talent_id
    assert figures["data"]["introduced"] == 1
    for envelope in (registered, figures):
        assert number not in str(envelope)
        assert PHONE not in str(envelope)
        assert "张伟" not in str(envelope)
    # The client's own request line (httpx logs it with the query) is not the service's log.
    service_logs = "\n".join(
        f"{r.name} {r.getMessage()} {r.args}" for r in caplog.records if not r.name.startswith("httpx")
    )
    assert "/api/v1/talents" in "\n".join(r.getMessage() for r in caplog.records)  # logs were captured
    assert number not in service_logs
    assert PHONE not in service_logs


async def test_an_id_number_finds_its_talent_in_any_case_and_only_in_the_callers_scope(
    env: TalentEnv, token: TokenFactory
) -> None:
    center, other = await env.center(), await env.center()
    number = next(n for n in (resident_id() for _ in range(100)) if n.endswith("X"))
    talent = await env.register(token, center, id_document={"type": "resident_id", "number": number})
    await env.register(token, other)
    officer = bearer(token("talent_officer"))
    for written in (number, number.lower(), f" {number[:6]} {number[6:]} "):
        found = await env.talent.get(URL, params={"id_number": written}, headers=officer)
        assert [t["id"] for t in found.json()["items"]] == [talent["id"]], written
    nobody = await env.talent.get(URL, params={"id_number": resident_id()}, headers=officer)
    assert nobody.json()["items"] == []
    own = await env.talent.get(
        URL, params={"id_number": number}, headers=bearer(token("center_user", center=center))
    )
    assert [t["id"] for t in own.json()["items"]] == [talent["id"]]
    foreign = await env.talent.get(
        URL, params={"id_number": number}, headers=bearer(token("center_user", center=other))
    )
    assert foreign.status_code == 200
    assert foreign.json()["items"] == []


async def test_a_passport_number_is_found_too_and_checked_by_its_format(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    passport = f"E{uuid.uuid4().int % 10**8:08d}"
    talent = await env.register(
        token,
        center,
        nationality="USA",
        id_document={"type": "passport", "number": passport},
        origin="trained",
        introduced_from=None,
    )
    assert talent["id_document"] == {"type": "passport", "number": passport[0] + "*" * 6 + passport[-2:]}
    found = await env.talent.get(URL, params={"id_number": passport}, headers=bearer(token("talent_officer")))
    assert [t["id"] for t in found.json()["items"]] == [talent["id"]]
    bad = await env.talent.post(
        URL,
        json=talent_body(center, nationality="USA", id_document={"type": "passport", "number": "E1!"}),
        headers=bearer(token("talent_officer")),
    )
    assert {e["field"] for e in problem_of(bad, 422)["errors"]} == {"id_document.number"}


async def test_every_unmasked_read_is_in_the_access_log_and_masked_reads_are_not(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    first, second = await env.register(token, center), await env.register(token, center)

    async def log_of(talent_id: str) -> list[tuple[str, str, list[str]]]:
        async with env.sessionmaker() as session:
            query = select(PersonalDataAccess).where(PersonalDataAccess.talent_id == uuid.UUID(talent_id))
            return [
                (a.accessor, a.via, a.fields)
                for a in await session.scalars(query.order_by(PersonalDataAccess.id))
            ]

    assert await log_of(first["id"]) == []  # registering showed nothing whole
    officer = bearer(token("talent_officer", sub="officer-li"))
    await env.talent.get(f"{URL}/{first['id']}", headers=officer)
    await env.talent.get(URL, params={"center_id": center}, headers=officer)
    await env.talent.get(URL, params={"center_id": center}, headers=bearer(token("municipal_admin")))
    await env.talent.get(f"{URL}/{second['id']}", headers=bearer(token("center_user", center=center)))
    revealed = ["id_document.number", "phone"]
    assert await log_of(first["id"]) == [
        ("officer-li", "GET /api/v1/talents/{talent_id}", revealed),
        ("officer-li", "GET /api/v1/talents", revealed),
    ]
    assert await log_of(second["id"]) == [("officer-li", "GET /api/v1/talents", revealed)]


async def test_every_unmasked_read_is_an_audit_entry_and_sealed_values_never_are(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    registered = await env.register(token, center)
    admin = bearer(token("municipal_admin"))

    async def entries(**filters: str) -> list[dict[str, object]]:
        response = await env.talent.get("/api/v1/audit", params=filters, headers=admin)
        assert response.status_code == 200, response.text
        items: list[dict[str, object]] = response.json()["items"]
        return items

    [talent_row] = [
        change
        for entry in await entries(action="POST /api/v1/talents", requested_by=registered["registered_by"])
        for change in entry["changes"]  # type: ignore[attr-defined]
        if change["table"] == "talent" and change["key"] == {"id": registered["id"]}
    ]
    assert talent_row["after"]["id_number_sealed"] == "[redacted]"
    assert talent_row["after"]["id_number_digest"] == "[redacted]"
    assert talent_row["after"]["id_number_masked"] == registered["id_document"]["number"]

    officer = bearer(token("talent_officer", sub="officer-audit"))
    read = await env.talent.get(f"{URL}/{registered['id']}", headers=officer)
    await env.talent.get(f"{URL}/{registered['id']}", headers=bearer(token("center_user", center=center)))
    [seen] = await entries(requested_by="officer-audit")
    assert seen["action"] == "GET /api/v1/talents/{talent_id}"
    assert seen["request_id"] == read.headers["X-Request-ID"]
    assert seen["role"] == "talent_officer"
    [access] = seen["changes"]  # type: ignore[misc]
    assert access["table"] == "personal_data_access"
    assert access["after"]["talent_id"] == registered["id"]
    assert access["after"]["fields"] == ["id_document.number", "phone"]
    # The masked read of the center's own user left no entry.
    assert len(await entries(target=f"{URL}/{registered['id']}")) == 1
