"""Write down every unmasked read: who saw whose whole ID number and phone, when, through what."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from asgi_correlation_id import correlation_id
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import Principal, Role
from shared.db import utcnow
from talent.personal_data.models import PersonalDataAccess

REVEALED_FIELDS = ["id_document.number", "phone"]


def may_see_unmasked(principal: Principal) -> bool:
    """Only the city's talent officers see personal data whole (DESIGN 4)."""
    return principal.has(Role.TALENT_OFFICER)


async def record(
    session: AsyncSession, principal: Principal, talent_ids: Iterable[uuid.UUID], *, via: str
) -> None:
    """One access row per talent shown unmasked, in the read's own transaction: no log, no read."""
    now = utcnow()
    rows = [
        {
            "talent_id": talent_id,
            "accessor": principal.sub,
            "accessor_role": Role.TALENT_OFFICER.value,
            "fields": REVEALED_FIELDS,
            "via": via,
            "request_id": correlation_id.get(),
            "at": now,
        }
        for talent_id in talent_ids
    ]
    if rows:
        await session.execute(insert(PersonalDataAccess), rows)
