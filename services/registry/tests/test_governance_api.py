"""Center members and governance (`四`): the approval rules as pure functions, then the API
in-process against real PostgreSQL and the real broker."""

from __future__ import annotations

import copy
import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from registry.centers import repository as centers_repository
from registry.governance.rules import MemberFacts, approval_gaps
from registry.governance.schemas import GovernanceDocument
from registry.governance.service import approval_gaps_for
from registry.messaging import OutboxRecord
from shared.errors import FieldError
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import eventually, runtime_of
from tests.flows import create_center, valid_uscc
from tests.governance_flows import (
    add_member,
    create_organization,
    get_governance,
    governance_payload,
    list_members,
    put_governance,
)
from tests.problems import error_fields, problem_of
from tests.stack import Stack

GOVERNANCE_CHANGED = "gz.mic.registry.center.governance_changed.v1"

# Rules (pure, no I/O).


def document(**overrides: Any) -> GovernanceDocument:
    return GovernanceDocument.model_validate(governance_payload(**overrides))


def fields_and_messages(gaps: list[FieldError]) -> list[tuple[str, str]]:
    return [(g.field, g.message) for g in gaps]


def test_a_complete_corporate_alliance_governance_has_no_gaps() -> None:
    assert approval_gaps("corporate_alliance", document(), []) == []


def test_no_governance_at_all_lists_every_piece_once() -> None:
    gaps = approval_gaps("corporate_alliance", None, [])
    assert [g.field for g in gaps] == [
        "legal_entity",
        "decision_body.members",
        "decision_body.members",
        "decision_body.members",
        "technical_committee.members",
        "technical_committee.members",
        "alliance.member_units",
    ]
    assert approval_gaps("corporate_alliance", GovernanceDocument(), []) == gaps


def test_a_missing_legal_entity_is_one_gap_on_legal_entity() -> None:
    gaps = approval_gaps("corporate_alliance", document(legal_entity=None), [])
    assert fields_and_messages(gaps) == [("legal_entity", "no legal entity (企业法人) is recorded (四(一))")]


def _wrong_check_digit() -> str:
    good = valid_uscc()
    return good[:17] + ("0" if good[17] != "0" else "1")


WRONG_CHECK_DIGIT = _wrong_check_digit()


def _with_legal_entity(**changes: Any) -> GovernanceDocument:
    payload = governance_payload()
    payload["legal_entity"].update(changes)
    return GovernanceDocument.model_validate(payload)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"uscc": None}, "legal_entity.uscc", "the legal entity has no unified social credit code"),
        (
            {"uscc": "91440101000000001"},
            "legal_entity.uscc",
            "the legal entity's unified social credit code: a unified social credit code has 18 characters",
        ),
        (
            {"uscc": WRONG_CHECK_DIGIT},
            "legal_entity.uscc",
            "the legal entity's unified social credit code: the check digit (18th character) is wrong",
        ),
        (
            {"registered_capital": None},
            "legal_entity.registered_capital",
            "the legal entity has no registered capital",
        ),
        (
            {"registered_capital": "0"},
            "legal_entity.registered_capital",
            "the legal entity has no registered capital",
        ),
        ({"shareholders": []}, "legal_entity.shareholders", "the legal entity has no shareholders"),
    ],
    ids=["no-uscc", "short-uscc", "wrong-check-digit", "no-capital", "zero-capital", "no-shareholders"],
)
def test_each_missing_piece_of_the_legal_entity_is_named(
    changes: dict[str, Any], field: str, message: str
) -> None:
    gaps = approval_gaps("corporate_alliance", _with_legal_entity(**changes), [])
    assert fields_and_messages(gaps) == [(field, message)]


@pytest.mark.parametrize(
    "missing", ["member_unit_rep", "industry_figure", "st_figure"], ids=lambda c: f"no-{c}"
)
def test_a_decision_body_without_a_category_names_that_category(missing: str) -> None:
    payload = governance_payload()
    payload["decision_body"]["members"] = [
        m for m in payload["decision_body"]["members"] if m["category"] != missing
    ]
    gaps = approval_gaps("corporate_alliance", GovernanceDocument.model_validate(payload), [])
    assert [g.field for g in gaps] == ["decision_body.members"]
    assert gaps[0].message.endswith(f"category {missing}")


def test_a_missing_decision_body_is_one_gap_per_category() -> None:
    gaps = approval_gaps("corporate_alliance", document(decision_body=None), [])
    assert fields_and_messages(gaps) == [
        (
            "decision_body.members",
            "the decision body (决策机构, 四(一)1) has no member-unit representative (成员单位代表): "
            "category member_unit_rep",
        ),
        (
            "decision_body.members",
            "the decision body (决策机构, 四(一)1) has no industry figure (产业界人士): "
            "category industry_figure",
        ),
        (
            "decision_body.members",
            "the decision body (决策机构, 四(一)1) has no S&T figure (科技界人士): category st_figure",
        ),
    ]
    empty = approval_gaps("corporate_alliance", document(decision_body={"members": []}), [])
    assert empty == gaps


def test_a_decision_body_of_one_category_lacks_the_other_two() -> None:
    only_reps = {
        "members": [
            {"name": "甲", "category": "member_unit_rep", "affiliation": "甲公司"},
            {"name": "乙", "category": "member_unit_rep", "affiliation": "乙公司"},
        ]
    }
    gaps = approval_gaps("corporate_alliance", document(decision_body=only_reps), [])
    assert [g.message.rsplit(" ", 1)[-1] for g in gaps] == ["industry_figure", "st_figure"]


@pytest.mark.parametrize("missing", ["academia", "industry"], ids=lambda f: f"no-{f}")
def test_a_technical_committee_without_a_field_names_that_field(missing: str) -> None:
    payload = governance_payload()
    payload["technical_committee"]["members"] = [
        m for m in payload["technical_committee"]["members"] if m["field"] != missing
    ]
    gaps = approval_gaps("corporate_alliance", GovernanceDocument.model_validate(payload), [])
    assert [g.field for g in gaps] == ["technical_committee.members"]
    assert gaps[0].message.endswith(f"field {missing}")


def test_a_missing_technical_committee_is_one_gap_per_field() -> None:
    gaps = approval_gaps("corporate_alliance", document(technical_committee=None), [])
    assert fields_and_messages(gaps) == [
        (
            "technical_committee.members",
            "the technical expert committee (技术专家委员会, 四(一)2) has no member from academia (学术界): "
            "field academia",
        ),
        (
            "technical_committee.members",
            "the technical expert committee (技术专家委员会, 四(一)2) has no member from industry (产业界): "
            "field industry",
        ),
    ]


def test_a_missing_alliance_and_one_without_member_units_are_gaps_on_member_units() -> None:
    missing = approval_gaps("corporate_alliance", document(alliance=None), [])
    assert fields_and_messages(missing) == [
        ("alliance.member_units", "no industry alliance (联盟, 四(一)3) is recorded")
    ]
    empty = approval_gaps("corporate_alliance", document(alliance={"name": "某联盟", "member_units": []}), [])
    assert fields_and_messages(empty) == [
        ("alliance.member_units", "the industry alliance has no member units")
    ]


def test_gaps_of_several_parts_add_up_in_a_stable_order() -> None:
    payload = governance_payload(alliance=None, technical_committee=None)
    payload["legal_entity"]["registered_capital"] = None
    gaps = approval_gaps("corporate_alliance", GovernanceDocument.model_validate(payload), [])
    assert [g.field for g in gaps] == [
        "legal_entity.registered_capital",
        "technical_committee.members",
        "technical_committee.members",
        "alliance.member_units",
    ]


def test_corporate_alliance_ignores_members() -> None:
    innovator = MemberFacts(role="lead", organization_type="enterprise")
    assert len(approval_gaps("corporate_alliance", None, [innovator])) == 7


SELF_BUILT_GAP = (
    "members",
    "a self-built center needs at least one innovator (四(二)): an enterprise, research institute, "
    "university or social organization as lead or member",
)


def test_a_self_built_center_without_members_lacks_an_innovator() -> None:
    assert fields_and_messages(approval_gaps("self_built", None, [])) == [SELF_BUILT_GAP]


@pytest.mark.parametrize(
    ("role", "organization_type"),
    [
        ("lead", "enterprise"),
        ("member", "research_institute"),
        ("member", "university"),
        ("lead", "social_organization"),
    ],
)
def test_a_self_built_center_with_an_innovator_has_no_gaps(role: str, organization_type: str) -> None:
    members = [
        MemberFacts(role="alliance_member", organization_type="enterprise"),
        MemberFacts(role, organization_type),
    ]
    assert approval_gaps("self_built", None, members) == []


@pytest.mark.parametrize(
    ("role", "organization_type"),
    [("alliance_member", "enterprise"), ("shareholder", "university"), ("lead", "government_agency")],
)
def test_other_roles_or_types_are_not_innovators(role: str, organization_type: str) -> None:
    gaps = approval_gaps("self_built", None, [MemberFacts(role, organization_type)])
    assert fields_and_messages(gaps) == [SELF_BUILT_GAP]


def test_a_self_built_center_needs_no_corporate_governance() -> None:
    lead = MemberFacts(role="lead", organization_type="university")
    assert approval_gaps("self_built", GovernanceDocument(), [lead]) == []


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="franchise"):
        approval_gaps("franchise", None, [])


# API.


async def governance_events(stack: Stack, center_id: str) -> list[OutboxRecord]:
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        rows = await session.scalars(
            select(OutboxRecord)
            .where(OutboxRecord.key == center_id, OutboxRecord.event_type == GOVERNANCE_CHANGED)
            .order_by(OutboxRecord.id)
        )
        return list(rows)


# Members.


async def lead_ids(stack: Stack, tok: str, center: dict[str, Any]) -> list[str]:
    """The member id of the center's one lead, its lead organization: first of every members list
    (it came with the create)."""
    leads = await list_members(stack.registry, tok, center["id"], role="lead")
    assert [m["organization"]["id"] for m in leads] == [center["lead_organization"]["id"]]
    return [m["id"] for m in leads]


async def test_adding_a_member_returns_201_with_the_organization_and_lists_it(
    stack: Stack, admin: str
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    organization = await create_organization(stack.registry, admin, type="university")
    response = await add_member(stack.registry, admin, center["id"], organization["id"], "member")
    assert response.status_code == 201, response.text
    member = response.json()
    assert member["center_id"] == center["id"]
    assert member["role"] == "member"
    assert member["organization"] == organization
    uuid.UUID(member["id"])
    lead, added = await list_members(stack.registry, admin, center["id"])
    assert (lead["role"], lead["organization"]["id"]) == ("lead", center["lead_organization"]["id"])
    assert added == member


async def test_the_same_organization_in_the_same_role_twice_is_409(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    organization = await create_organization(stack.registry, admin)
    assert (
        await add_member(stack.registry, admin, center["id"], organization["id"], "shareholder")
    ).status_code == 201
    again = await add_member(stack.registry, admin, center["id"], organization["id"], "shareholder")
    problem_of(again, 409, "member-exists")
    other_role = await add_member(stack.registry, admin, center["id"], organization["id"], "member")
    assert other_role.status_code == 201, other_role.text
    other_center = await create_center(stack.registry, admin, ready_for_approval=False)
    elsewhere = await add_member(stack.registry, admin, other_center["id"], organization["id"], "shareholder")
    assert elsewhere.status_code == 201, elsewhere.text
    roles = sorted(m["role"] for m in await list_members(stack.registry, admin, center["id"]))
    assert roles == ["lead", "member", "shareholder"]  # the center's own lead and the two roles


async def test_the_list_filters_by_role_and_pages(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    added = await list_members(stack.registry, admin, center["id"])  # the lead, from the create
    for role in ("alliance_member", "alliance_member", "member"):
        organization = await create_organization(stack.registry, admin)
        response = await add_member(stack.registry, admin, center["id"], organization["id"], role)
        assert response.status_code == 201, response.text
        added.append(response.json())
    alliance = await list_members(stack.registry, admin, center["id"], role="alliance_member")
    assert [m["id"] for m in alliance] == [added[1]["id"], added[2]["id"]]
    first = await stack.registry.get(
        f"/api/v1/centers/{center['id']}/members", params={"limit": 3}, headers=bearer(admin)
    )
    assert [m["id"] for m in first.json()["items"]] == [m["id"] for m in added[:3]]
    cursor = first.json()["next_cursor"]
    assert cursor is not None
    rest = await stack.registry.get(
        f"/api/v1/centers/{center['id']}/members",
        params={"limit": 3, "cursor": cursor},
        headers=bearer(admin),
    )
    assert [m["id"] for m in rest.json()["items"]] == [added[3]["id"]]
    assert rest.json()["next_cursor"] is None
    leads = await list_members(stack.registry, admin, center["id"], role="lead")
    assert [m["id"] for m in leads] == [added[0]["id"]]


async def test_deleting_a_member_is_204_and_it_is_gone(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    keep = await create_organization(stack.registry, admin)
    drop = await create_organization(stack.registry, admin)
    kept = (await add_member(stack.registry, admin, center["id"], keep["id"])).json()
    dropped = (await add_member(stack.registry, admin, center["id"], drop["id"])).json()
    path = f"/api/v1/centers/{center['id']}/members/{dropped['id']}"
    response = await stack.registry.delete(path, headers=bearer(admin))
    assert response.status_code == 204, response.text
    assert response.content == b""
    assert [m["id"] for m in await list_members(stack.registry, admin, center["id"])] == [
        *(await lead_ids(stack, admin, center)),
        kept["id"],
    ]
    problem_of(await stack.registry.delete(path, headers=bearer(admin)), 404, "member-not-found")
    # Once removed, the same organization and role may be added again.
    assert (await add_member(stack.registry, admin, center["id"], drop["id"])).status_code == 201


async def test_a_member_is_deleted_only_through_its_own_center(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    other = await create_center(stack.registry, admin, ready_for_approval=False)
    organization = await create_organization(stack.registry, admin)
    member = (await add_member(stack.registry, admin, center["id"], organization["id"])).json()
    wrong = await stack.registry.delete(
        f"/api/v1/centers/{other['id']}/members/{member['id']}", headers=bearer(admin)
    )
    problem_of(wrong, 404, "member-not-found")
    assert [m["id"] for m in await list_members(stack.registry, admin, center["id"])] == [
        *(await lead_ids(stack, admin, center)),
        member["id"],
    ]


async def test_an_unknown_organization_is_422_and_an_unknown_center_404(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    unknown = await add_member(stack.registry, admin, center["id"], str(uuid.uuid4()))
    assert error_fields(problem_of(unknown, 422, "validation-failed")) == {"organization_id"}
    organization = await create_organization(stack.registry, admin)
    missing = await add_member(stack.registry, admin, str(uuid.uuid4()), organization["id"])
    problem_of(missing, 404, "center-not-found")
    listing = await stack.registry.get(f"/api/v1/centers/{uuid.uuid4()}/members", headers=bearer(admin))
    problem_of(listing, 404, "center-not-found")


async def test_a_bad_role_or_a_missing_field_is_422(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    organization = await create_organization(stack.registry, admin)
    bad = await add_member(stack.registry, admin, center["id"], organization["id"], "owner")
    assert error_fields(problem_of(bad, 422, "validation-failed")) == {"role"}
    empty = await stack.registry.post(
        f"/api/v1/centers/{center['id']}/members", json={}, headers=bearer(admin)
    )
    assert error_fields(problem_of(empty, 422)) == {"organization_id", "role"}


async def test_the_district_admin_of_the_centers_district_manages_members(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await create_center(stack.registry, admin, district="panyu", ready_for_approval=False)
    organization = await create_organization(stack.registry, admin)
    panyu = token("district_admin", district="panyu")
    added = await add_member(stack.registry, panyu, center["id"], organization["id"])
    assert added.status_code == 201, added.text
    assert [m["id"] for m in await list_members(stack.registry, panyu, center["id"])] == [
        *(await lead_ids(stack, admin, center)),
        added.json()["id"],
    ]
    deleted = await stack.registry.delete(
        f"/api/v1/centers/{center['id']}/members/{added.json()['id']}", headers=bearer(panyu)
    )
    assert deleted.status_code == 204, deleted.text


async def test_a_district_admin_of_another_district_is_403_everywhere(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await create_center(stack.registry, admin, district="panyu", ready_for_approval=False)
    organization = await create_organization(stack.registry, admin)
    member = (await add_member(stack.registry, admin, center["id"], organization["id"])).json()
    baiyun = token("district_admin", district="baiyun")
    other = await create_organization(stack.registry, admin)
    problem_of(await add_member(stack.registry, baiyun, center["id"], other["id"]), 403, "forbidden")
    listing = await stack.registry.get(f"/api/v1/centers/{center['id']}/members", headers=bearer(baiyun))
    problem_of(listing, 403, "forbidden")
    deleting = await stack.registry.delete(
        f"/api/v1/centers/{center['id']}/members/{member['id']}", headers=bearer(baiyun)
    )
    problem_of(deleting, 403, "forbidden")
    assert [m["id"] for m in await list_members(stack.registry, admin, center["id"])] == [
        *(await lead_ids(stack, admin, center)),
        member["id"],
    ]


async def test_a_center_user_manages_its_own_centers_members_only(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    own = await create_center(stack.registry, admin, ready_for_approval=False)
    other = await create_center(stack.registry, admin, ready_for_approval=False)
    organization = await create_organization(stack.registry, admin)
    staff = token("center_user", center=own["id"])
    added = await add_member(stack.registry, staff, own["id"], organization["id"], "member")
    assert added.status_code == 201, added.text
    problem_of(await add_member(stack.registry, staff, other["id"], organization["id"]), 403, "forbidden")
    listing = await stack.registry.get(f"/api/v1/centers/{other['id']}/members", headers=bearer(staff))
    problem_of(listing, 403, "forbidden")
    assert [m["role"] for m in await list_members(stack.registry, admin, other["id"])] == ["lead"]


@pytest.mark.parametrize("role", ["expert", "finance_officer"])
async def test_city_wide_readers_see_members_but_may_not_change_them(
    stack: Stack, admin: str, token: TokenFactory, role: str
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    organization = await create_organization(stack.registry, admin)
    member = (await add_member(stack.registry, admin, center["id"], organization["id"])).json()
    reader = token(role)
    assert [m["id"] for m in await list_members(stack.registry, reader, center["id"])] == [
        *(await lead_ids(stack, admin, center)),
        member["id"],
    ]
    other = await create_organization(stack.registry, admin)
    problem_of(await add_member(stack.registry, reader, center["id"], other["id"]), 403, "forbidden")
    deleting = await stack.registry.delete(
        f"/api/v1/centers/{center['id']}/members/{member['id']}", headers=bearer(reader)
    )
    problem_of(deleting, 403, "forbidden")


async def test_members_need_a_token(stack: Stack) -> None:
    problem_of(await stack.registry.get(f"/api/v1/centers/{uuid.uuid4()}/members"), 401)


# Governance.


async def test_before_any_put_the_governance_is_empty_version_0_with_every_gap(
    stack: Stack, admin: str
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    response = await get_governance(stack.registry, admin, center["id"])
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == '"0"'
    body = response.json()
    assert body["version"] == 0
    assert body["mode"] == "corporate_alliance"
    assert body["updated_at"] is None
    assert body["updated_by"] is None
    for part in ("legal_entity", "decision_body", "technical_committee", "alliance"):
        assert body[part] is None, part
    assert [g["field"] for g in body["gaps"]] == [
        "legal_entity",
        "decision_body.members",
        "decision_body.members",
        "decision_body.members",
        "technical_committee.members",
        "technical_committee.members",
        "alliance.member_units",
    ]


async def test_put_then_get_round_trips_with_money_and_shares_as_strings(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    sent = governance_payload()
    response = await put_governance(stack.registry, admin, center["id"], sent)
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == '"1"'
    body = response.json()
    assert body["version"] == 1
    assert body["updated_by"] == "city-officer"
    assert body["gaps"] == []
    entity = body["legal_entity"]
    assert entity["registered_capital"] == "30000000.00"
    assert [s["share_ratio"] for s in entity["shareholders"]] == ["35.5", "20", None]
    assert entity["uscc"] == sent["legal_entity"]["uscc"]
    assert entity["shareholders"][0]["uscc"] == sent["legal_entity"]["shareholders"][0]["uscc"]
    assert entity["shareholders"][1]["uscc"] is None
    expected = copy.deepcopy(sent)
    expected["legal_entity"]["registered_capital"] = "30000000.00"
    for shareholder in expected["legal_entity"]["shareholders"]:
        shareholder.setdefault("uscc", None)
        shareholder.setdefault("share_ratio", None)
    for unit in expected["alliance"]["member_units"]:
        unit.setdefault("uscc", None)
    for part in ("legal_entity", "decision_body", "technical_committee", "alliance"):
        assert body[part] == expected[part], part
    read = await get_governance(stack.registry, admin, center["id"])
    assert read.status_code == 200
    assert read.headers["etag"] == '"1"'
    assert read.json() == body


async def test_a_partial_governance_is_saved_and_lists_what_is_still_missing(
    stack: Stack, admin: str
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    partial = {"legal_entity": {"name": "广州某创新中心有限公司"}, "alliance": {"name": "某产业联盟"}}
    response = await put_governance(stack.registry, admin, center["id"], partial)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["legal_entity"] == {
        "name": "广州某创新中心有限公司",
        "uscc": None,
        "registered_capital": None,
        "shareholders": [],
    }
    assert body["alliance"] == {"name": "某产业联盟", "member_units": []}
    assert body["decision_body"] is None
    assert [g["field"] for g in body["gaps"]] == [
        "legal_entity.uscc",
        "legal_entity.registered_capital",
        "legal_entity.shareholders",
        "decision_body.members",
        "decision_body.members",
        "decision_body.members",
        "technical_committee.members",
        "technical_committee.members",
        "alliance.member_units",
    ]


async def test_a_put_replaces_the_whole_governance_and_bumps_the_version(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    assert (
        await put_governance(stack.registry, admin, center["id"], governance_payload())
    ).status_code == 200
    second = await put_governance(stack.registry, admin, center["id"], governance_payload(alliance=None))
    assert second.status_code == 200, second.text
    assert second.json()["version"] == 2
    assert second.json()["alliance"] is None
    assert [g["field"] for g in second.json()["gaps"]] == ["alliance.member_units"]
    assert (await get_governance(stack.registry, admin, center["id"])).json() == second.json()


async def test_each_change_emits_governance_changed_with_the_whole_document(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    first = (await put_governance(stack.registry, admin, center["id"], governance_payload())).json()
    second = (
        await put_governance(stack.registry, admin, center["id"], {"decision_body": {"members": []}})
    ).json()
    events = await governance_events(stack, center["id"])
    assert [e.envelope["data"]["version"] for e in events] == [1, 2]
    assert {e.topic for e in events} == {"registry.center"}
    assert {e.envelope["subject"] for e in events} == {center["id"]}
    assert {e.envelope["source"] for e in events} == {"/gz-mic/registry"}
    data = events[0].envelope["data"]
    assert data["center_id"] == center["id"]
    assert data["governance"]["legal_entity"] == first["legal_entity"]
    assert data["governance"]["legal_entity"]["registered_capital"] == "30000000.00"
    assert events[1].envelope["data"]["governance"] == {
        "legal_entity": None,
        "decision_body": {"members": []},
        "technical_committee": None,
        "alliance": None,
    }
    assert second["version"] == 2

    async def published() -> bool:
        return all(e.sent_at is not None for e in await governance_events(stack, center["id"]))

    assert await eventually(published, what="the relay to publish governance_changed")


async def test_the_same_governance_again_changes_nothing_and_emits_nothing(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    sent = governance_payload()
    first = await put_governance(stack.registry, admin, center["id"], sent)
    again = await put_governance(stack.registry, admin, center["id"], sent)
    assert again.status_code == 200, again.text
    assert again.json() == first.json()
    assert len(await governance_events(stack, center["id"])) == 1


async def test_a_stale_if_match_is_412_and_the_current_one_goes_through(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    first = await put_governance(stack.registry, admin, center["id"], governance_payload(), if_match='"0"')
    assert first.status_code == 200, first.text
    assert first.headers["etag"] == '"1"'
    stale = await put_governance(
        stack.registry, admin, center["id"], governance_payload(alliance=None), if_match='"0"'
    )
    problem_of(stale, 412, "precondition-failed")
    assert (await get_governance(stack.registry, admin, center["id"])).json()["alliance"] is not None
    fresh = await put_governance(
        stack.registry, admin, center["id"], governance_payload(alliance=None), if_match=first.headers["etag"]
    )
    assert fresh.status_code == 200, fresh.text
    assert fresh.json()["version"] == 2
    assert fresh.json()["alliance"] is None


async def test_a_put_without_if_match_is_428_and_saves_nothing(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    response = await stack.registry.put(
        f"/api/v1/centers/{center['id']}/governance", json=governance_payload(), headers=bearer(admin)
    )
    problem_of(response, 428, "precondition-required")
    assert (await get_governance(stack.registry, admin, center["id"])).json()["version"] == 0
    assert await governance_events(stack, center["id"]) == []


@pytest.mark.parametrize(
    ("value", "message"),
    [(30000000.0, "float"), ("1.234", "two decimal places"), ("-1", "negative"), ("lots", "decimal")],
    ids=["float", "three-places", "negative", "text"],
)
async def test_registered_capital_that_is_not_a_decimal_string_is_422(
    stack: Stack, admin: str, value: Any, message: str
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    payload = governance_payload()
    payload["legal_entity"]["registered_capital"] = value
    body = problem_of(
        await put_governance(stack.registry, admin, center["id"], payload), 422, "validation-failed"
    )
    assert error_fields(body) == {"legal_entity.registered_capital"}
    assert message in body["errors"][0]["message"]
    assert (await get_governance(stack.registry, admin, center["id"])).json()["version"] == 0


@pytest.mark.parametrize(
    ("value", "message"),
    [(35.5, "float"), ("0", "above 0"), ("100.01", "at most 100"), ("12.34567", "four decimal places")],
    ids=["float", "zero", "over-100", "five-places"],
)
async def test_a_share_ratio_outside_0_to_100_is_422(
    stack: Stack, admin: str, value: Any, message: str
) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    payload = governance_payload()
    payload["legal_entity"]["shareholders"][1]["share_ratio"] = value
    body = problem_of(await put_governance(stack.registry, admin, center["id"], payload), 422)
    assert error_fields(body) == {"legal_entity.shareholders.1.share_ratio"}
    assert message in body["errors"][0]["message"]


async def test_share_ratios_adding_up_to_more_than_100_are_422(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    payload = governance_payload()
    payload["legal_entity"]["shareholders"][2]["share_ratio"] = "44.6"
    body = problem_of(await put_governance(stack.registry, admin, center["id"], payload), 422)
    assert body["errors"] == [
        {"field": "legal_entity.shareholders", "message": "the share ratios add up to 100.1%, more than 100%"}
    ]
    payload["legal_entity"]["shareholders"][2]["share_ratio"] = "44.5"
    assert (await put_governance(stack.registry, admin, center["id"], payload)).status_code == 200


async def test_every_invalid_uscc_in_the_document_is_named(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    payload = governance_payload()
    payload["legal_entity"]["uscc"] = WRONG_CHECK_DIGIT
    payload["legal_entity"]["shareholders"][1]["uscc"] = "123"
    payload["alliance"]["member_units"][1]["uscc"] = "ABC"
    body = problem_of(
        await put_governance(stack.registry, admin, center["id"], payload), 422, "validation-failed"
    )
    assert error_fields(body) == {
        "legal_entity.uscc",
        "legal_entity.shareholders.1.uscc",
        "alliance.member_units.1.uscc",
    }
    assert len(await governance_events(stack, center["id"])) == 0


async def test_usccs_are_stored_upper_case(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    payload = governance_payload()
    code = payload["legal_entity"]["uscc"]
    payload["legal_entity"]["uscc"] = f" {code.lower()} "
    body = (await put_governance(stack.registry, admin, center["id"], payload)).json()
    assert body["legal_entity"]["uscc"] == code
    assert body["gaps"] == []


async def test_bad_enums_blank_names_and_unknown_fields_are_422(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, ready_for_approval=False)
    payload = governance_payload(extra_part={"x": 1})
    payload["decision_body"]["members"][0]["category"] = "celebrity"
    payload["technical_committee"]["members"][1]["field"] = "politics"
    payload["alliance"]["name"] = "  "
    body = problem_of(await put_governance(stack.registry, admin, center["id"], payload), 422)
    assert error_fields(body) == {
        "extra_part",
        "decision_body.members.0.category",
        "technical_committee.members.1.field",
        "alliance.name",
    }


async def test_a_self_built_center_has_no_corporate_governance(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin, mode="self_built", ready_for_approval=False)
    response = await put_governance(stack.registry, admin, center["id"], governance_payload())
    problem_of(response, 409, "governance-not-applicable")
    body = (await get_governance(stack.registry, admin, center["id"])).json()
    assert body["mode"] == "self_built"
    assert body["version"] == 0
    assert body["gaps"] == []  # its lead organization is its innovator (四(二))


async def test_a_self_built_center_has_no_gap_from_its_create_alone(stack: Stack, admin: str) -> None:
    center = await create_center(
        stack.registry,
        admin,
        mode="self_built",
        ready_for_approval=False,
        lead_organization={"name": "广州某研究院", "uscc": valid_uscc(), "type": "research_institute"},
    )
    assert (await get_governance(stack.registry, admin, center["id"])).json()["gaps"] == []


async def test_approval_gaps_for_loads_what_the_center_needs(stack: Stack, admin: str) -> None:
    alliance_center = await create_center(stack.registry, admin, ready_for_approval=False)
    await put_governance(
        stack.registry, admin, alliance_center["id"], governance_payload(technical_committee=None)
    )
    self_built = await create_center(stack.registry, admin, mode="self_built", ready_for_approval=False)
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        loaded = await centers_repository.get(session, uuid.UUID(alliance_center["id"]))
        assert loaded is not None
        gaps = await approval_gaps_for(session, loaded)
        assert [g.field for g in gaps] == ["technical_committee.members"] * 2
        loaded_self_built = await centers_repository.get(session, uuid.UUID(self_built["id"]))
        assert loaded_self_built is not None
        assert await approval_gaps_for(session, loaded_self_built) == []  # its lead is its innovator


async def test_the_centers_district_admin_and_center_user_edit_governance(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await create_center(stack.registry, admin, district="zengcheng", ready_for_approval=False)
    district = token("district_admin", district="zengcheng", sub="zengcheng-officer")
    by_district = await put_governance(
        stack.registry, district, center["id"], governance_payload(alliance=None)
    )
    assert by_district.status_code == 200, by_district.text
    assert by_district.json()["updated_by"] == "zengcheng-officer"
    staff = token("center_user", center=center["id"], sub="center-staff")
    by_staff = await put_governance(stack.registry, staff, center["id"], governance_payload())
    assert by_staff.status_code == 200, by_staff.text
    assert by_staff.json()["version"] == 2
    assert by_staff.json()["updated_by"] == "center-staff"


async def test_others_may_not_edit_governance(stack: Stack, admin: str, token: TokenFactory) -> None:
    center = await create_center(stack.registry, admin, district="zengcheng", ready_for_approval=False)
    other_district = token("district_admin", district="conghua")
    other_center = token("center_user", center=str(uuid.uuid4()))
    expert = token("expert")
    for tok in (other_district, other_center, expert):
        problem_of(
            await put_governance(stack.registry, tok, center["id"], governance_payload()), 403, "forbidden"
        )
    problem_of(await get_governance(stack.registry, other_district, center["id"]), 403, "forbidden")
    problem_of(await get_governance(stack.registry, other_center, center["id"]), 403, "forbidden")
    assert (await get_governance(stack.registry, expert, center["id"])).status_code == 200
    assert (await get_governance(stack.registry, admin, center["id"])).json()["version"] == 0


async def test_governance_of_an_unknown_center_is_404(stack: Stack, admin: str) -> None:
    missing = str(uuid.uuid4())
    problem_of(await get_governance(stack.registry, admin, missing), 404, "center-not-found")
    problem_of(
        await put_governance(stack.registry, admin, missing, governance_payload()), 404, "center-not-found"
    )


def test_money_in_documents_is_decimal() -> None:
    """The stored JSON parses back to Decimal yuan, never float."""
    parsed = document()
    assert parsed.legal_entity is not None
    assert parsed.legal_entity.registered_capital == Decimal("30000000.00")
    assert isinstance(parsed.legal_entity.registered_capital, Decimal)
