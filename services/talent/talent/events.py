"""Stage talent's events in the caller's transaction (the outbox), keyed by their aggregate."""

import uuid

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from shared.contracts.talent import SOURCE
from shared.events import CloudEvent
from talent.messaging import outbox


async def publish(session: AsyncSession, *, topic: str, type_: str, key: uuid.UUID, body: BaseModel) -> None:
    event = CloudEvent(source=SOURCE, type=type_, subject=str(key), data=body.model_dump(mode="json"))
    await outbox.add(session, event, topic=topic, key=str(key))
