"""Talents (`三(六)`) through the API, against real PostgreSQL and the real broker."""

from __future__ import annotations

from typing import Any

from services.talent.tests.talent_fixtures import TalentEnv, resident_id, talent_body
from shared.testing.fixtures import TokenFactory, bearer
from tests.problems import error_fields

URL = "/api/v1/talents"


async def test_a_talent_officer_registers_a_talent_and_reads_it_whole(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    number = resident_id()
    created = await env.register(token, center, id_document={"type": "resident_id", "number": number})
    assert created["id_document"]["number"] == f"{number[:4]}{'*' * 10}{number[-4:]}"
    assert created["phone"] == "138****5678"
    assert created["personal_data_masked"] is True
    read = await env.talent.get(f"{URL}/{created['id']}", headers=bearer(token("talent_officer")))
    assert read.status_code == 200, read.text
    body: dict[str, Any] = read.json()
    assert (body["id_document"]["number"], body["phone"], body["personal_data_masked"]) == (
        number,
        "13812345678",
        False,
    )


async def test_a_bad_check_digit_is_refused_naming_the_field(env: TalentEnv, token: TokenFactory) -> None:
    center = await env.center()
    number = resident_id()
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    response = await env.talent.post(
        URL,
        json=talent_body(center, id_document={"type": "resident_id", "number": wrong}),
        headers=bearer(token("talent_officer")),
    )
    assert response.status_code == 422, response.text
    assert "id_document.number" in error_fields(response.json())
    assert wrong not in response.text
