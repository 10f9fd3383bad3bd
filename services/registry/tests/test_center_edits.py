"""Editing a center under optimistic concurrency (issue 3, item 6): ETag on read, If-Match on PATCH."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from registry.messaging import OutboxRecord
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.flows import create_center, operating_center, valid_uscc
from tests.problems import problem_of
from tests.stack import Stack

UPDATED = "gz.mic.registry.center.updated.v1"


async def read(stack: Stack, tok: str, center_id: str) -> tuple[dict[str, object], str]:
    response = await stack.registry.get(f"/api/v1/centers/{center_id}", headers=bearer(tok))
    assert response.status_code == 200
    return response.json(), response.headers["ETag"]


async def updated_events(stack: Stack, center_id: str) -> list[dict[str, object]]:
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        rows = await session.scalars(
            select(OutboxRecord).where(OutboxRecord.key == center_id, OutboxRecord.event_type == UPDATED)
        )
        return [row.envelope["data"] for row in rows]


async def test_a_patch_with_the_current_etag_edits_and_returns_a_new_etag(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin", sub="editor")
    center = await create_center(stack.registry, admin)
    _, etag = await read(stack, admin, center["id"])
    response = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={
            "name": "广州新名称创新中心",
            "lead_organization": {"name": "新牵头单位", "uscc": valid_uscc(), "type": "university"},
        },
        headers={**bearer(admin), "If-Match": etag},
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "广州新名称创新中心"
    assert response.json()["lead_organization"]["type"] == "university"
    assert response.headers["ETag"] != etag
    [event] = await updated_events(stack, center["id"])
    assert event["changed_fields"] == ["name", "lead_organization"]
    assert event["actor"] == "editor"
    assert event["center"]["name"] == "广州新名称创新中心"  # type: ignore[index]


async def test_a_stale_etag_is_412_and_a_missing_one_428_and_nothing_changes(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin)
    _, stale = await read(stack, admin, center["id"])
    first = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"name": "第一次"},
        headers={**bearer(admin), "If-Match": stale},
    )
    assert first.status_code == 200
    second = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"name": "第二次"},
        headers={**bearer(admin), "If-Match": stale},
    )
    assert second.status_code == 412
    assert second.headers["content-type"] == "application/problem+json"
    missing = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}", json={"name": "第三次"}, headers=bearer(admin)
    )
    assert missing.status_code == 428
    body, _ = await read(stack, admin, center["id"])
    assert body["name"] == "第一次"
    assert len(await updated_events(stack, center["id"])) == 1


async def test_a_patch_that_changes_nothing_keeps_the_version_and_emits_nothing(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin)
    _, etag = await read(stack, admin, center["id"])
    response = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"name": center["name"]},
        headers={**bearer(admin), "If-Match": etag},
    )
    assert response.status_code == 200
    assert response.headers["ETag"] == etag
    assert await updated_events(stack, center["id"]) == []


async def test_patch_validates_reference_data_and_refuses_status_or_tier(
    stack: Stack, token: TokenFactory
) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin)
    _, etag = await read(stack, admin, center["id"])
    bad = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"cluster_code": "nope", "district": "atlantis"},
        headers={**bearer(admin), "If-Match": etag},
    )
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["errors"]} == {"cluster_code", "district"}
    sneaky = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"status": "operating"},
        headers={**bearer(admin), "If-Match": etag},
    )
    assert sneaky.status_code == 422


async def test_the_applicant_edits_only_a_draft_or_returned_center(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    center = await create_center(stack.registry, admin, district="panyu")
    own = token("center_user", center=center["id"])
    _, etag = await read(stack, own, center["id"])
    ok = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"sub_sector": "工业软件"},
        headers={**bearer(own), "If-Match": etag},
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["sub_sector"] == "工业软件"
    moved = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"district": "tianhe"},
        headers={**bearer(own), "If-Match": ok.headers["ETag"]},
    )
    problem_of(moved, 403, "forbidden")
    body, after_move = await read(stack, own, center["id"])
    assert (body["district"], after_move) == ("panyu", ok.headers["ETag"])  # nothing saved
    submitted = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/actions/submit", json={}, headers=bearer(own)
    )
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["status"] == "submitted"
    _, etag = await read(stack, own, center["id"])
    late = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}", json={"name": "改名"}, headers={**bearer(own), "If-Match": etag}
    )
    problem_of(late, 409, "action-not-allowed")
    stranger = token("center_user", center=str(uuid.uuid4()))
    other = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}", json={"name": "x"}, headers={**bearer(stranger), "If-Match": etag}
    )
    problem_of(other, 403, "forbidden")
    body, unchanged = await read(stack, admin, center["id"])
    assert (body["name"], body["status"], unchanged) == (center["name"], "submitted", etag)


async def test_a_municipal_admin_corrects_an_operating_center(stack: Stack, token: TokenFactory) -> None:
    admin = token("municipal_admin")
    center = await operating_center(stack.registry, admin)
    _, etag = await read(stack, admin, center["id"])
    response = await stack.registry.patch(
        f"/api/v1/centers/{center['id']}",
        json={"district": "nansha"},
        headers={**bearer(admin), "If-Match": etag},
    )
    assert response.status_code == 200
    assert response.json()["district"] == "nansha"
    assert response.json()["status"] == "operating"
