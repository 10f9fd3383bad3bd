"""Stage talent's events in the caller's transaction (the outbox), keyed by their aggregate."""

import uuid

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from shared.contracts.talent import SOURCE
from talent.messaging import outbox


async def publish(session: AsyncSession, *, topic: str, type_: str, key: uuid.UUID, body: BaseModel) -> None:
    await outbox.publish(session, source=SOURCE, topic=topic, type_=type_, key=key, body=body)
