"""Re-encrypt personal data sealed with an older key: ``python -m talent.personal_data.reencrypt``.

Key rotation without downtime: put the new key first in TALENT_PERSONAL_DATA_KEYS and deploy
(every process then seals with it and still opens the old rows), run this command, and remove
the old key once it reports nothing left. It works in small committed batches, so it can be
stopped and run again at any time, and locks only the rows of the batch at hand.
"""

from __future__ import annotations

import asyncio
import sys

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared.db import create_engine, create_sessionmaker
from talent.config import TalentSettings
from talent.personal_data.cipher import PersonalDataCipher
from talent.personal_data.dependency import cipher_from
from talent.talents.models import Talent

BATCH_SIZE = 500


class UnknownKey(Exception):
    """A row sealed with a key the settings no longer hold: it cannot be opened, so not resealed."""


async def reencrypt(
    sessionmaker: async_sessionmaker[AsyncSession],
    cipher: PersonalDataCipher,
    *,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Reseal every talent not yet on the newest key; returns how many were resealed."""
    done = 0
    while True:
        async with sessionmaker() as session, session.begin():
            query = (
                select(Talent)
                .where(Talent.sealed_with != cipher.active_key_id)
                .order_by(Talent.id)
                .limit(batch_size)
                .with_for_update(skip_locked=True)
            )
            batch = (await session.scalars(query)).all()
            for talent in batch:
                if talent.sealed_with not in cipher.key_ids:
                    raise UnknownKey(
                        f"talent {talent.id} is sealed with key {talent.sealed_with}, which is not among "
                        "TALENT_PERSONAL_DATA_KEYS: put that key back (after the newest) and run again"
                    )
                talent.id_number_sealed = cipher.reseal(talent.id_number_sealed)
                talent.phone_sealed = cipher.reseal(talent.phone_sealed)
                talent.sealed_with = cipher.active_key_id
        done += len(batch)
        if len(batch) < batch_size:
            return done


async def remaining(sessionmaker: async_sessionmaker[AsyncSession], cipher: PersonalDataCipher) -> int:
    """Talents still sealed with an older key (rows locked by an edit while the command ran)."""
    async with sessionmaker() as session:
        query = select(func.count()).select_from(Talent).where(Talent.sealed_with != cipher.active_key_id)
        return int(await session.scalar(query) or 0)


async def _main() -> int:
    settings = TalentSettings()
    cipher = cipher_from(settings)
    engine = create_engine(settings.database_url)
    sessionmaker = create_sessionmaker(engine)
    try:
        resealed = await reencrypt(sessionmaker, cipher)
        left = await remaining(sessionmaker, cipher)
    except UnknownKey as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        await engine.dispose()
    print(f"re-encrypted {resealed} talents with key {cipher.active_key_id}; {left} left on older keys")
    return 0 if left == 0 else 2


if __name__ == "__main__":
    sys.exit(asyncio.run(_main()))
