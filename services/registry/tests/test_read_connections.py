"""Reads that use a plain connection give it back once the response is out, refused or not."""

from __future__ import annotations

import uuid

from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.flows import create_center
from tests.stack import Stack


def checked_out(stack: Stack) -> int:
    return int(runtime_of(stack.apps["registry"]).engine.sync_engine.pool.checkedout())  # type: ignore[attr-defined]


async def test_reads_return_their_connections_whatever_the_answer(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await create_center(stack.registry, admin)
    other_district = token("district_admin", district="conghua")
    # The relay's LISTEN connection, once it has marked the create's event sent (it publishes
    # before the create answers, then marks the row on a connection of its own) and whenever its
    # safety-net sweep is not running.
    held_by_the_runtime = 1

    async def relay_idle() -> bool:
        return checked_out(stack) == held_by_the_runtime

    await eventually(relay_idle, what="the relay to give back its connection")
    answers = []
    for _ in range(30):  # more than the pool and its overflow hold
        answers.append(
            (await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(admin))).status_code
        )
        answers.append(
            (await stack.registry.get(f"/api/v1/centers/{uuid.uuid4()}", headers=bearer(admin))).status_code
        )
        answers.append(
            (
                await stack.registry.get(f"/api/v1/centers/{center['id']}", headers=bearer(other_district))
            ).status_code
        )
        answers.append(
            (await stack.registry.get("/api/v1/centers?limit=5", headers=bearer(admin))).status_code
        )
    assert set(answers) == {200, 404, 403}
    # A leaked connection stays checked out; the relay's safety-net sweep holds one for a moment.
    await eventually(relay_idle, what="every read's connection to come back")
