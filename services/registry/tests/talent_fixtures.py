"""Reads of registry's talent figures read model and its inbox, for the tests of talent's events."""

from __future__ import annotations

import uuid

from registry.messaging import InboxRecord
from registry.talent_figures.models import TalentFiguresView
from shared.events import CloudEvent
from shared.testing.services import runtime_of
from tests.stack import Stack


async def in_view(stack: Stack, center_id: uuid.UUID, year: int) -> TalentFiguresView | None:
    """The (center, year) row of registry's read model, straight from its database."""
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        return await session.get(TalentFiguresView, (center_id, year))


async def handled(stack: Stack, *events: CloudEvent) -> bool:
    """Whether registry's consumer has committed its handling of every one of ``events`` (its
    inbox row commits with the handler's writes; a dead-lettered event never gets one)."""
    runtime = runtime_of(stack.apps["registry"])
    async with runtime.sessionmaker() as session:
        for event in events:
            if await session.get(InboxRecord, (runtime.settings.consumer_group, event.id)) is None:
                return False
    return True
