"""Talent's yearly figures per center (三(六)) reach registry as ``talent.center-figures`` events
on the real broker, published here as talent's relay would.
"""

from __future__ import annotations

import datetime as dt
import uuid

from registry.talent_figures.models import TalentFiguresView
from services.registry.tests.talent_fixtures import handled, in_view
from shared.contracts.talent import CENTER_FIGURES_TOPIC
from shared.kafka import AIOKafkaProducer
from shared.testing.services import eventually
from tests.events import figures_changed, publish
from tests.stack import Stack

YEAR = 2025


def figures_of(row: TalentFiguresView | None) -> tuple[int, int, int, int, int] | None:
    if row is None:
        return None
    return (row.introduced, row.trained, row.awarded, row.services_fulfilled, row.version)


async def test_figures_reach_the_view_and_an_older_or_equal_version_changes_nothing(
    stack: Stack, talent_producer: AIOKafkaProducer
) -> None:
    center_id = uuid.uuid4()
    current = figures_changed(
        center_id, YEAR, version=3, introduced=5, trained=8, awarded=2, services_fulfilled=4
    )
    await publish(talent_producer, CENTER_FIGURES_TOPIC, current)
    row = await eventually(lambda: in_view(stack, center_id, YEAR), what="the figures in registry's view")
    assert figures_of(row) == (5, 8, 2, 4, 3)
    assert row.updated_at == dt.datetime.fromisoformat(current.data["updated_at"])

    # Late and redelivered: an older version, and the same version again under another event id.
    older = figures_changed(
        center_id, YEAR, version=2, introduced=1, trained=1, awarded=1, services_fulfilled=1
    )
    same = figures_changed(
        center_id, YEAR, version=3, introduced=9, trained=9, awarded=9, services_fulfilled=9
    )
    for event in (older, same):
        await publish(talent_producer, CENTER_FIGURES_TOPIC, event)
    await eventually(lambda: handled(stack, older, same), what="both stale events handled")
    assert figures_of(await in_view(stack, center_id, YEAR)) == (5, 8, 2, 4, 3)

    newer = figures_changed(
        center_id, YEAR, version=4, introduced=6, trained=8, awarded=2, services_fulfilled=5
    )
    await publish(talent_producer, CENTER_FIGURES_TOPIC, newer)

    async def moved() -> TalentFiguresView | None:
        found = await in_view(stack, center_id, YEAR)
        return found if found is not None and found.version == 4 else None

    assert figures_of(await eventually(moved, what="the newer version")) == (6, 8, 2, 5, 4)
    # Another year of the same center is a row of its own.
    assert await in_view(stack, center_id, YEAR + 1) is None
