"""Key rotation of personal data without downtime: a process with a new key in front reads the
old rows, seals new ones with the new key, ``reencrypt`` moves the old rows over, and then the
old key can go."""

from __future__ import annotations

import uuid

from cryptography.fernet import Fernet
from pydantic import SecretStr
from sqlalchemy import func, select

from services.talent.tests.talent_fixtures import TalentEnv, resident_id, talent_body
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from talent.config import DEVELOPMENT_PERSONAL_DATA_KEY
from talent.personal_data.cipher import key_id_of
from talent.personal_data.reencrypt import reencrypt
from talent.talents.models import Talent

URL = "/api/v1/talents"


async def test_a_new_key_seals_new_rows_old_rows_stay_readable_and_reencryption_moves_them(
    env: TalentEnv, token: TokenFactory
) -> None:
    center = await env.center()
    old_number = resident_id()
    old = await env.register(token, center, id_document={"type": "resident_id", "number": old_number})
    new_key = Fernet.generate_key().decode()
    rotated_keys = [SecretStr(new_key), SecretStr(DEVELOPMENT_PERSONAL_DATA_KEY)]
    officer = bearer(token("talent_officer"))

    async def sealed_with(talent_id: str) -> tuple[str, str]:
        async with env.sessionmaker() as session:
            row = await session.get(Talent, uuid.UUID(talent_id), populate_existing=True)
            assert row is not None
            return row.sealed_with, row.id_number_sealed

    before = await sealed_with(old["id"])
    assert before[0] == key_id_of(DEVELOPMENT_PERSONAL_DATA_KEY)
    # A deploy with the new key in front: a second process on the same database.
    async with env.another_process(personal_data_keys=rotated_keys) as rotated:
        client = rotated.clients["talent"]
        read_old = await client.get(f"{URL}/{old['id']}", headers=officer)
        assert read_old.json()["id_document"]["number"] == old_number
        fresh_number = resident_id()
        fresh = await client.post(
            URL,
            json=talent_body(center, id_document={"type": "resident_id", "number": fresh_number}),
            headers=officer,
        )
        assert fresh.status_code == 201, fresh.text
        assert (await sealed_with(fresh.json()["id"]))[0] == key_id_of(new_key)
        # Re-encryption with the rotated settings' cipher, as the command runs it.
        app = rotated.apps["talent"]
        resealed = await reencrypt(runtime_of(app).sessionmaker, app.state.personal_data_cipher, batch_size=2)
        assert resealed == 1  # the old talent; the new one was sealed with the new key already
    after = await sealed_with(old["id"])
    assert after[0] == key_id_of(new_key)
    assert after[1] != before[1]
    async with env.sessionmaker() as session:
        left = await session.scalar(
            select(func.count()).select_from(Talent).where(Talent.sealed_with != key_id_of(new_key))
        )
    assert left == 0
    # With only the new key left, every row still opens.
    async with env.another_process(personal_data_keys=[SecretStr(new_key)]) as only_new:
        read = await only_new.clients["talent"].get(f"{URL}/{old['id']}", headers=officer)
        assert read.json()["id_document"]["number"] == old_number
