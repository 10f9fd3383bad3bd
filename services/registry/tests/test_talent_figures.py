"""Talent's yearly figures per center (三(六)) reach registry as ``talent.center-figures`` events
on the real broker, published here as talent's relay would; the annual evaluation shows them
beside what the center reports.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from registry.talent_figures.models import TalentFiguresView
from services.registry.tests.talent_fixtures import handled, in_view
from shared.contracts.talent import CENTER_FIGURES_TOPIC
from shared.kafka import AIOKafkaProducer
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import eventually
from tests.evaluation_flows import evaluable_center, list_evaluations, submit_evaluation, today
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


def records(**figures: int) -> dict[str, int]:
    """The four figures of a ``talent_records`` (its ``as_of`` compared apart)."""
    return figures


def without_as_of(talent_records: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if talent_records is None else {k: v for k, v in talent_records.items() if k != "as_of"}


async def test_an_evaluation_shows_talents_records_for_its_year_beside_the_reported_numbers(
    stack: Stack, admin: str, token: TokenFactory, talent_producer: AIOKafkaProducer
) -> None:
    center = await evaluable_center(stack, admin, days_operating=800)
    center_id = uuid.UUID(center["id"])
    recorded, unrecorded = today().year - 1, today().year
    event = figures_changed(
        center_id, recorded, version=1, introduced=12, trained=41, awarded=3, services_fulfilled=7
    )
    await publish(talent_producer, CENTER_FIGURES_TOPIC, event)
    await eventually(lambda: in_view(stack, center_id, recorded), what="the figures in registry's view")
    expected = records(introduced=12, trained=41, awarded=3, services_fulfilled=7)
    as_of = dt.datetime.fromisoformat(event.data["updated_at"])

    staff = token("center_user", center=center["id"])
    created = await submit_evaluation(stack.registry, staff, center["id"], year=recorded)
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["indicators"]["talents_introduced"], body["indicators"]["talents_trained"]) == (15, 60)
    assert without_as_of(body["talent_records"]) == expected
    assert dt.datetime.fromisoformat(body["talent_records"]["as_of"]) == as_of

    other = await submit_evaluation(stack.registry, staff, center["id"], year=unrecorded)
    assert other.status_code == 201, other.text
    assert other.json()["talent_records"] is None

    for reader in (admin, staff, token("expert", sub="prof-talent")):
        one = await stack.registry.get(f"/api/v1/evaluations/{body['id']}", headers=bearer(reader))
        assert one.status_code == 200, one.text
        assert without_as_of(one.json()["talent_records"]) == expected
    listing = await list_evaluations(stack.registry, admin, center["id"])
    assert [(e["year"], without_as_of(e["talent_records"])) for e in listing["items"]] == [
        (recorded, expected),
        (unrecorded, None),
    ]


async def test_an_evaluations_talent_records_follow_the_newest_figures(
    stack: Stack, admin: str, talent_producer: AIOKafkaProducer
) -> None:
    center = await evaluable_center(stack, admin, days_operating=800)
    center_id = uuid.UUID(center["id"])
    year = today().year - 2
    created = await submit_evaluation(stack.registry, admin, center["id"], year=year)
    assert created.status_code == 201, created.text
    evaluation = created.json()
    assert evaluation["talent_records"] is None  # nothing from talent for this center yet

    async def shown(version_figures: dict[str, int]) -> dict[str, Any] | None:
        response = await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))
        assert response.status_code == 200, response.text
        talent_records: dict[str, Any] | None = response.json()["talent_records"]
        return talent_records if without_as_of(talent_records) == version_figures else None

    first = records(introduced=2, trained=10, awarded=0, services_fulfilled=1)
    await publish(talent_producer, CENTER_FIGURES_TOPIC, figures_changed(center_id, year, version=1, **first))
    before = await eventually(lambda: shown(first), what="the first figures on the evaluation")

    second = records(introduced=3, trained=10, awarded=1, services_fulfilled=1)
    await publish(
        talent_producer, CENTER_FIGURES_TOPIC, figures_changed(center_id, year, version=2, **second)
    )
    after = await eventually(lambda: shown(second), what="the newer figures on the evaluation")
    assert dt.datetime.fromisoformat(after["as_of"]) >= dt.datetime.fromisoformat(before["as_of"])
    listing = await list_evaluations(stack.registry, admin, center["id"])
    assert [without_as_of(e["talent_records"]) for e in listing["items"]] == [second]
    # The evaluation itself did not change: the records are read, not written into it.
    again = await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))
    assert again.json()["version"] == evaluation["version"]
    assert again.headers["ETag"] == f'"{evaluation["version"]}"'
