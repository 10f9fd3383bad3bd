"""Annual evaluations (DESIGN 2, issue 3 item 7) through the API, in-process against real
PostgreSQL and the real broker.

A full year of operation cannot be waited for: ``tests.evaluation_flows.backdate_acceptance``
moves a center's accept action into the past, the only direct table write here (see there why).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from registry.messaging import OutboxRecord
from shared.contracts.registry import CENTER_EVALUATED, CENTER_TOPIC, SNAPSHOT_EVENTS, CenterEvaluated
from shared.testing.fixtures import TokenFactory, bearer
from shared.testing.services import runtime_of
from tests.evaluation_flows import (
    GRADING_RULE_V1,
    NONE_DECLARED,
    affiliation,
    assign_declared,
    assign_expert,
    backdate_acceptance,
    conclude,
    declare,
    declared_expert,
    evaluable_center,
    expert,
    graded,
    list_evaluations,
    put_scores,
    recheck,
    register_expert,
    score_sheet,
    scored_by,
    submit_evaluation,
    submitted_evaluation,
    today,
    unique,
)
from tests.flows import create_center, operating_center
from tests.governance_flows import add_member, create_organization, get_governance
from tests.problems import problem_of
from tests.stack import Stack


async def evaluated_events(stack: Stack, center_id: str) -> list[OutboxRecord]:
    async with runtime_of(stack.apps["registry"]).sessionmaker() as session:
        rows = await session.scalars(
            select(OutboxRecord)
            .where(OutboxRecord.key == center_id, OutboxRecord.event_type == CENTER_EVALUATED)
            .order_by(OutboxRecord.id)
        )
        return list(rows)


# The happy path.


async def test_report_assign_score_and_conclude_grades_by_rule_version_1(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await evaluable_center(stack, admin)
    staff = token("center_user", center=center["id"])
    year = today().year - 1
    submitted = await submit_evaluation(stack.registry, staff, center["id"], year=year)
    assert submitted.status_code == 201, submitted.text
    evaluation = submitted.json()
    assert evaluation["status"] == "submitted"
    assert evaluation["center_id"] == center["id"]
    assert evaluation["year"] == year
    assert evaluation["indicators"]["rd_spend"] == "12500000.00"
    assert evaluation["indicators"]["rd_staff_share"] == "42.50"
    assert evaluation["indicators"]["sme_services"] == 120
    assert evaluation["experts"] == []
    assert evaluation["result"] is None

    university = await create_organization(stack.registry, admin, type="university")
    await declared_expert(
        stack.registry, admin, "prof-zhang", affiliations=[affiliation(university["id"], "2018-09-01")]
    )
    first = await assign_expert(stack.registry, admin, evaluation["id"], "prof-zhang")
    assert first.status_code == 201, first.text
    assert first.json()["expert_version"] == 1
    assert first.json()["scored"] is False
    reviewing = await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))
    assert reviewing.json()["status"] == "under_review"
    second = await assign_declared(stack.registry, admin, evaluation["id"], "engineer-li")
    assert second.status_code == 201, second.text

    # zhang: construction (90, 91, 91) → 90.666…, operation 80 → 84.2666…
    zhang = await put_scores(
        stack.registry,
        expert(token, "prof-zhang"),
        evaluation["id"],
        "prof-zhang",
        score_sheet([90, 91, 91], 80),
    )
    assert zhang.status_code == 200, zhang.text
    assert zhang.json()["version"] == 1
    # li: construction (100, 95, 90) → 95, operation 85 → 89; mean (84.2666… + 89) / 2 = 86.6333…
    li = await put_scores(
        stack.registry,
        expert(token, "engineer-li"),
        evaluation["id"],
        "engineer-li",
        score_sheet([100, 95, 90], 85),
    )
    assert li.status_code == 200, li.text

    concluded = await conclude(stack.registry, admin, evaluation["id"], "2025年度评估")
    assert concluded.status_code == 200, concluded.text
    body = concluded.json()
    assert body["status"] == "concluded"
    result = body["result"]
    assert result["total_score"] == "86.63"
    assert (result["grade"], result["grade_zh"]) == ("good", "良好")
    assert result["rule_version"] == 1
    assert result["concluded_by"] == "city-officer"
    assert result["comment"] == "2025年度评估"
    assert result["trace"]["expert_count"] == 2
    assert [e["expert_sub"] for e in result["trace"]["experts"]] == ["engineer-li", "prof-zhang"]
    assert result["trace"]["mean_of_expert_totals"] == "86.6333"
    assert body["rectification"] is None
    assert body["revocation_proposed"] is False
    assert {e["expert_sub"]: e["scored"] for e in body["experts"]} == {
        "prof-zhang": True,
        "engineer-li": True,
    }

    listing = await list_evaluations(stack.registry, staff, center["id"])
    assert [(e["id"], e["year"], e["status"], e["grade"], e["total_score"]) for e in listing["items"]] == [
        (evaluation["id"], year, "concluded", "good", "86.63")
    ]
    assert listing["items"][0]["grade_zh"] == "良好"
    assert listing["next_cursor"] is None
    assert listing["rectification"]["under_rectification"] is False
    assert listing["rectification"]["revocation_proposed"] is False


async def test_the_conclusion_is_in_the_outbox_as_center_evaluated_with_the_snapshot(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    concluded = await graded(stack, admin, token, 95, 90)
    rows = await evaluated_events(stack, concluded["center_id"])
    assert len(rows) == 1
    row = rows[0]
    assert row.topic == CENTER_TOPIC
    assert row.key == concluded["center_id"]
    assert CENTER_EVALUATED in SNAPSHOT_EVENTS
    data = CenterEvaluated.model_validate(row.envelope["data"])
    assert row.envelope["type"] == "gz.mic.registry.center.evaluated.v1"
    assert row.envelope["subject"] == concluded["center_id"]
    assert str(data.center.id) == concluded["center_id"]
    assert data.center.status == "operating"
    assert data.evaluation_id == uuid.UUID(concluded["id"])
    assert data.year == concluded["year"]
    assert (data.grade, data.total_score, data.rule_version) == ("excellent", "92.00", 1)
    assert data.concluded_on == today()
    assert data.rectification_due is None
    assert data.recheck_passed is None
    assert data.revocation_proposed is False


# Who may report, and when.


async def test_a_center_operating_for_less_than_a_full_year_is_409(stack: Stack, admin: str) -> None:
    center = await operating_center(stack.registry, admin)
    fresh = await submit_evaluation(stack.registry, admin, center["id"], year=today().year)
    body = problem_of(fresh, 409, "operating-less-than-a-year")
    assert body["accepted_on"] == today().isoformat()
    assert body["eligible_from"] == (today() + dt.timedelta(days=365)).isoformat()
    await backdate_acceptance(stack, center["id"], days=364)
    problem_of(
        await submit_evaluation(stack.registry, admin, center["id"]), 409, "operating-less-than-a-year"
    )
    await backdate_acceptance(stack, center["id"], days=365)
    assert (await submit_evaluation(stack.registry, admin, center["id"])).status_code == 201


async def test_a_center_that_is_not_operating_is_409(stack: Stack, admin: str) -> None:
    center = await create_center(stack.registry, admin)
    problem_of(await submit_evaluation(stack.registry, admin, center["id"]), 409, "center-not-operating")
    revoked = await evaluable_center(stack, admin)
    response = await stack.registry.post(
        f"/api/v1/centers/{revoked['id']}/actions/revoke", json={"comment": "撤销"}, headers=bearer(admin)
    )
    assert response.status_code == 200, response.text
    problem_of(await submit_evaluation(stack.registry, admin, revoked["id"]), 409, "center-not-operating")


async def test_a_second_evaluation_for_the_same_year_is_409_another_year_is_fine(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await evaluable_center(stack, admin, days_operating=800)
    staff = token("center_user", center=center["id"])
    first = await submit_evaluation(stack.registry, staff, center["id"], year=today().year - 1)
    assert first.status_code == 201, first.text
    again = await submit_evaluation(stack.registry, admin, center["id"], year=today().year - 1, patents=99)
    body = problem_of(again, 409, "evaluation-exists")
    assert body["evaluation_id"] == first.json()["id"]
    other_year = await submit_evaluation(stack.registry, staff, center["id"], year=today().year)
    assert other_year.status_code == 201, other_year.text
    listing = await list_evaluations(stack.registry, admin, center["id"])
    assert [e["year"] for e in listing["items"]] == [today().year - 1, today().year]


async def test_the_same_idempotency_key_replays_the_report(stack: Stack, admin: str) -> None:
    center = await evaluable_center(stack, admin)
    headers = {"Idempotency-Key": f"evaluation-{uuid.uuid4()}"}
    first = await submit_evaluation(stack.registry, admin, center["id"], headers=headers)
    again = await submit_evaluation(stack.registry, admin, center["id"], headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert len((await list_evaluations(stack.registry, admin, center["id"]))["items"]) == 1


async def test_a_year_outside_acceptance_to_now_and_bad_indicators_are_422(stack: Stack, admin: str) -> None:
    center = await evaluable_center(stack, admin, days_operating=400)
    accepted_year = (today() - dt.timedelta(days=400)).year
    expected = [{"field": "year", "message": f"between {accepted_year} and {today().year}"}]
    future = await submit_evaluation(stack.registry, admin, center["id"], year=today().year + 1)
    assert problem_of(future, 422, "validation-failed")["errors"] == expected
    before = await submit_evaluation(stack.registry, admin, center["id"], year=accepted_year - 1)
    assert problem_of(before, 422, "validation-failed")["errors"] == expected
    floats = await submit_evaluation(
        stack.registry, admin, center["id"], rd_spend=12.5, rd_staff_share=101, patents=-1, financing="1.234"
    )
    fields = {e["field"] for e in problem_of(floats, 422)["errors"]}
    assert fields == {
        "indicators.rd_spend",
        "indicators.rd_staff_share",
        "indicators.patents",
        "indicators.financing",
    }
    assert (await list_evaluations(stack.registry, admin, center["id"]))["items"] == []


async def test_only_the_center_itself_or_a_municipal_admin_reports(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    center = await evaluable_center(stack, admin, district="panyu")
    other = await create_center(stack.registry, admin)
    for caller in (
        token("center_user", center=other["id"]),
        token("district_admin", district="panyu"),
        token("expert"),
    ):
        problem_of(await submit_evaluation(stack.registry, caller, center["id"]), 403, "forbidden")
    problem_of(await submit_evaluation(stack.registry, admin, str(uuid.uuid4())), 404, "center-not-found")
    assert (await list_evaluations(stack.registry, admin, center["id"]))["items"] == []


# Experts and conflicts of interest (回避), decided from the expert registry.


SINCE = "2020-09-01"


async def center_of(stack: Stack, admin: str, evaluation: dict[str, Any]) -> dict[str, Any]:
    response = await stack.registry.get(f"/api/v1/centers/{evaluation['center_id']}", headers=bearer(admin))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def experts_of(stack: Stack, admin: str, evaluation_id: str) -> list[dict[str, Any]]:
    after = await stack.registry.get(f"/api/v1/evaluations/{evaluation_id}", headers=bearer(admin))
    experts: list[dict[str, Any]] = after.json()["experts"]
    return experts


async def test_the_auditors_replay_an_unregistered_expert_is_not_assigned(stack: Stack, admin: str) -> None:
    """Issue 22: ``exp-noorg`` was assigned with no organization and scored; now 409."""
    evaluation = await submitted_evaluation(stack, admin)
    refused = await assign_expert(stack.registry, admin, evaluation["id"], "exp-noorg")
    body = problem_of(refused, 409, "expert-undeclared")
    assert (body["expert_sub"], body["registered"]) == ("exp-noorg", False)
    zh = await stack.registry.post(
        f"/api/v1/evaluations/{evaluation['id']}/experts",
        json={"expert_sub": "exp-noorg"},
        headers={**bearer(admin), "Accept-Language": "zh-CN"},
    )
    assert "未在专家库中登记" in problem_of(zh, 409, "expert-undeclared")["detail"]
    # The assigner no longer names the organization: the registry is the source.
    typed = await stack.registry.post(
        f"/api/v1/evaluations/{evaluation['id']}/experts",
        json={"expert_sub": "exp-noorg", "organization_id": str(uuid.uuid4())},
        headers=bearer(admin),
    )
    assert [e["field"] for e in problem_of(typed, 422, "validation-failed")["errors"]] == ["organization_id"]
    assert await experts_of(stack, admin, evaluation["id"]) == []


async def test_a_registered_expert_without_a_declaration_is_not_assigned_until_they_declare(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    registered = await register_expert(stack.registry, admin, "dr-later", declaration=None)
    assert registered.status_code == 201, registered.text
    assert registered.json()["declaration"] is None
    refused = await assign_expert(stack.registry, admin, evaluation["id"], "dr-later")
    assert problem_of(refused, 409, "expert-undeclared")["registered"] is True
    # The expert declares "none" themself: a declaration, and now assignable.
    own = expert(token, "dr-later")
    declared = await declare(stack.registry, own, "dr-later", NONE_DECLARED)
    assert declared.status_code == 200, declared.text
    assert declared.json()["declaration"]["declared_by"] == "dr-later"
    assigned = await assign_expert(stack.registry, admin, evaluation["id"], "dr-later")
    assert assigned.status_code == 201, assigned.text
    assert assigned.json()["expert_version"] == declared.json()["version"] == 2


async def test_an_expert_who_works_at_a_member_organization_is_refused(stack: Stack, admin: str) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    member = await create_organization(stack.registry, admin, type="research_institute")
    added = await add_member(stack.registry, admin, evaluation["center_id"], member["id"], "alliance_member")
    assert added.status_code == 201, added.text
    await declared_expert(stack.registry, admin, "dr-wang", affiliations=[affiliation(member["id"], SINCE)])
    refused = await assign_expert(stack.registry, admin, evaluation["id"], "dr-wang")
    body = problem_of(refused, 409, "conflict-of-interest")
    assert body["errors"] == [
        {
            "field": "affiliations.0",
            "message": f"{member['name']}, the expert's organization since {SINCE}, "
            "is a member of the center (role alliance_member)",
        }
    ]
    assert (body["expert_sub"], body["expert_version"]) == ("dr-wang", 1)
    after = await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))
    assert (after.json()["status"], after.json()["experts"]) == ("submitted", [])


async def test_an_expert_who_works_at_the_lead_organization_is_refused_with_the_reason_in_chinese(
    stack: Stack, admin: str
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    lead = (await center_of(stack, admin, evaluation))["lead_organization"]
    await declared_expert(stack.registry, admin, "dr-chen", affiliations=[affiliation(lead["id"], SINCE)])
    refused = await stack.registry.post(
        f"/api/v1/evaluations/{evaluation['id']}/experts",
        json={"expert_sub": "dr-chen"},
        headers={**bearer(admin), "Accept-Language": "zh-CN"},
    )
    body = problem_of(refused, 409, "conflict-of-interest")
    reason = f"专家所在单位{lead['name']}（自 {SINCE} 起）是该中心的牵头单位"
    assert body["errors"] == [{"field": "affiliations.0", "message": reason}]
    assert body["detail"].endswith(f"应当回避：{reason}")


async def test_an_expert_who_works_at_an_alliance_unit_named_in_the_governance_is_refused(
    stack: Stack, admin: str
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    governance = await get_governance(stack.registry, admin, evaluation["center_id"])
    unit = governance.json()["alliance"]["member_units"][0]
    assert unit["uscc"] is not None
    organization = await create_organization(stack.registry, admin, uscc=unit["uscc"])
    await declared_expert(
        stack.registry, admin, "dr-zhou", affiliations=[affiliation(organization["id"], SINCE)]
    )
    refused = await assign_expert(stack.registry, admin, evaluation["id"], "dr-zhou")
    assert problem_of(refused, 409, "conflict-of-interest")["errors"][0]["message"] == (
        f"{organization['name']}, the expert's organization since {SINCE}, "
        "is a member unit of the center's alliance (governance)"
    )


@pytest.mark.parametrize(
    ("where", "what"),
    [
        ("legal_entity", "the center's legal entity (governance)"),
        ("shareholder", "a shareholder of the center (governance)"),
    ],
)
async def test_an_expert_who_works_at_the_legal_entity_or_a_shareholder_is_refused(
    stack: Stack, admin: str, where: str, what: str
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    entity = (await get_governance(stack.registry, admin, evaluation["center_id"])).json()["legal_entity"]
    uscc = entity["uscc"] if where == "legal_entity" else entity["shareholders"][0]["uscc"]
    organization = await create_organization(stack.registry, admin, uscc=uscc)
    sub = f"dr-{where}"
    await declared_expert(stack.registry, admin, sub, affiliations=[affiliation(organization["id"], SINCE)])
    refused = await assign_expert(stack.registry, admin, evaluation["id"], sub)
    assert problem_of(refused, 409, "conflict-of-interest")["errors"] == [
        {
            "field": "affiliations.0",
            "message": f"{organization['name']}, the expert's organization since {SINCE}, is {what}",
        }
    ]
    assert await experts_of(stack, admin, evaluation["id"]) == []


async def test_an_affiliation_that_ended_before_the_assignment_does_not_count_a_current_one_does(
    stack: Stack, admin: str
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    lead = (await center_of(stack, admin, evaluation))["lead_organization"]
    university = await create_organization(stack.registry, admin, type="university")
    yesterday = (today() - dt.timedelta(days=1)).isoformat()
    await declared_expert(
        stack.registry,
        admin,
        "dr-moved",
        affiliations=[affiliation(lead["id"], "2015-03-01", yesterday), affiliation(university["id"], SINCE)],
    )
    assigned = await assign_expert(stack.registry, admin, evaluation["id"], "dr-moved")
    assert assigned.status_code == 201, assigned.text
    assert assigned.json()["expert_version"] == 1
    # Still there today (the last day counts): in force on the assignment date.
    other = await submitted_evaluation(stack, admin)
    other_lead = (await center_of(stack, admin, other))["lead_organization"]
    await declared_expert(
        stack.registry,
        admin,
        "dr-leaving",
        affiliations=[affiliation(other_lead["id"], "2015-03-01", today().isoformat())],
    )
    refused = await assign_expert(stack.registry, admin, other["id"], "dr-leaving")
    assert problem_of(refused, 409, "conflict-of-interest")["errors"][0]["field"] == "affiliations.0"


async def test_an_expert_who_declared_none_is_assigned_and_the_check_is_recorded(
    stack: Stack, admin: str
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    registered = await declared_expert(stack.registry, admin, "dr-none")
    declaration = registered["declaration"]
    assert (declaration["affiliations"], declaration["conflicts"]) == ([], [])
    assert declaration["declared_by"] == "city-officer"
    assigned = await assign_expert(stack.registry, admin, evaluation["id"], "dr-none")
    assert assigned.status_code == 201, assigned.text
    assert (assigned.json()["expert_sub"], assigned.json()["expert_version"]) == ("dr-none", 1)
    assert [e["expert_sub"] for e in await experts_of(stack, admin, evaluation["id"])] == ["dr-none"]


async def test_a_declared_conflict_with_the_center_or_its_organizations_is_refused(
    stack: Stack, admin: str
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    center = await center_of(stack, admin, evaluation)
    lead = center["lead_organization"]
    unrelated = await create_organization(stack.registry, admin)
    await declared_expert(
        stack.registry,
        admin,
        "dr-candid",
        conflicts=[
            {"organization_id": unrelated["id"], "note": "兼职顾问"},
            {"center_id": center["id"], "note": "参与编制该中心建设方案"},
            {"organization_id": lead["id"], "note": "配偶任职"},
        ],
    )
    refused = await assign_expert(stack.registry, admin, evaluation["id"], "dr-candid")
    assert problem_of(refused, 409, "conflict-of-interest")["errors"] == [
        {
            "field": "conflicts.1",
            "message": "the expert declared a conflict with the center: 参与编制该中心建设方案",
        },
        {
            "field": "conflicts.2",
            "message": f"the expert declared a conflict with {lead['name']}, "
            "the center's lead organization: 配偶任职",
        },
    ]
    # A declared conflict with another center, or an organization not tied to this one: no conflict.
    other = await submitted_evaluation(stack, admin)
    assert (await assign_expert(stack.registry, admin, other["id"], "dr-candid")).status_code == 201


async def test_a_clean_expert_is_assigned_once_and_only_by_a_municipal_admin(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    clean = await create_organization(stack.registry, admin, type="university")
    # The same organization is a member of another center: no conflict with this one.
    elsewhere = await create_center(stack.registry, admin, ready_for_approval=False)
    assert (await add_member(stack.registry, admin, elsewhere["id"], clean["id"])).status_code == 201
    await declared_expert(stack.registry, admin, "dr-liu", affiliations=[affiliation(clean["id"], SINCE)])
    for caller in (token("district_admin", district="huangpu"), token("expert", sub="dr-liu")):
        forbidden = await assign_expert(stack.registry, caller, evaluation["id"], "dr-liu")
        problem_of(forbidden, 403, "forbidden")
    assigned = await assign_expert(stack.registry, admin, evaluation["id"], "dr-liu")
    assert assigned.status_code == 201, assigned.text
    assert assigned.json()["expert_sub"] == "dr-liu"
    twice = await assign_expert(stack.registry, admin, evaluation["id"], "dr-liu")
    problem_of(twice, 409, "expert-already-assigned")
    missing = await assign_expert(stack.registry, admin, str(uuid.uuid4()), "dr-liu")
    problem_of(missing, 404, "evaluation-not-found")


# Scores.


async def test_an_expert_who_is_not_assigned_may_not_score(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    assert (await assign_declared(stack.registry, admin, evaluation["id"], "assigned-one")).status_code == 201
    sheet = score_sheet(90, 90)
    outsider = await put_scores(
        stack.registry, expert(token, "outsider"), evaluation["id"], "outsider", sheet
    )
    problem_of(outsider, 403, "forbidden")
    # Nobody scores in another's name, not even the city.
    impostor = await put_scores(
        stack.registry, expert(token, "outsider"), evaluation["id"], "assigned-one", sheet
    )
    problem_of(impostor, 403, "forbidden")
    problem_of(
        await put_scores(stack.registry, admin, evaluation["id"], "assigned-one", sheet), 403, "forbidden"
    )
    after = await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))
    assert [(e["expert_sub"], e["scored"]) for e in after.json()["experts"]] == [("assigned-one", False)]


async def test_an_expert_revises_their_sheet_and_sees_only_their_own(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    wu, zhao = expert(token, "dr-wu"), expert(token, "dr-zhao")
    await scored_by(stack, admin, wu, "dr-wu", evaluation["id"], score_sheet(70, 70))
    await scored_by(stack, admin, zhao, "dr-zhao", evaluation["id"], score_sheet(60, 60))
    revised = await put_scores(stack.registry, wu, evaluation["id"], "dr-wu", score_sheet(75, 70))
    assert revised.status_code == 200, revised.text
    assert (revised.json()["version"], revised.headers["etag"]) == (2, '"2"')
    stale = await stack.registry.put(
        f"/api/v1/evaluations/{evaluation['id']}/scores/dr-wu",
        json=score_sheet(80, 70),
        headers={**bearer(wu), "If-Match": '"1"'},
    )
    problem_of(stale, 412, "precondition-failed")
    bad = await put_scores(stack.registry, wu, evaluation["id"], "dr-wu", score_sheet(101, 70))
    problem_of(bad, 422, "validation-failed")
    seen = (await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(wu))).json()
    sheets = {e["expert_sub"]: e["scores"] for e in seen["experts"]}
    assert sheets == {"dr-wu": score_sheet(75, 70), "dr-zhao": None}
    city = (await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))).json()
    assert {e["expert_sub"]: e["scores"] for e in city["experts"]} == {
        "dr-wu": score_sheet(75, 70),
        "dr-zhao": score_sheet(60, 60),
    }


# Conclusion.


async def test_concluding_without_any_scores_is_409(stack: Stack, admin: str, token: TokenFactory) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    problem_of(await conclude(stack.registry, admin, evaluation["id"]), 409, "no-scores")
    assert (await assign_declared(stack.registry, admin, evaluation["id"], "slow-expert")).status_code == 201
    problem_of(await conclude(stack.registry, admin, evaluation["id"]), 409, "no-scores")
    staff = token("center_user", center=evaluation["center_id"])
    problem_of(await conclude(stack.registry, staff, evaluation["id"]), 403, "forbidden")
    after = await stack.registry.get(f"/api/v1/evaluations/{evaluation['id']}", headers=bearer(admin))
    assert (after.json()["status"], after.json()["result"]) == ("under_review", None)
    assert await evaluated_events(stack, evaluation["center_id"]) == []


async def test_experts_who_did_not_score_are_left_out_and_named(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    evaluation = await submitted_evaluation(stack, admin)
    await scored_by(stack, admin, expert(token, "on-time"), "on-time", evaluation["id"], score_sheet(80, 90))
    assert (await assign_declared(stack.registry, admin, evaluation["id"], "late")).status_code == 201
    body = (await conclude(stack.registry, admin, evaluation["id"])).json()
    assert body["result"]["total_score"] == "86.00"
    assert body["result"]["trace"]["unscored_experts"] == ["late"]


@pytest.mark.parametrize(
    ("construction", "operation", "total", "grade", "grade_zh"),
    [
        (95, 90, "92.00", "excellent", "优秀"),
        (90, 90, "90.00", "excellent", "优秀"),
        (89, 90, "89.60", "good", "良好"),
        (80, 80, "80.00", "good", "良好"),
        (79, 80, "79.60", "qualified", "合格"),
        (60, 60, "60.00", "qualified", "合格"),
        (60, 59, "59.40", "unqualified", "不合格"),
    ],
)
async def test_the_grade_through_the_api_at_each_threshold(
    stack: Stack,
    admin: str,
    token: TokenFactory,
    construction: int,
    operation: int,
    total: str,
    grade: str,
    grade_zh: str,
) -> None:
    concluded = await graded(stack, admin, token, construction, operation)
    result = concluded["result"]
    assert (result["total_score"], result["grade"], result["grade_zh"]) == (total, grade, grade_zh)
    listing = await list_evaluations(stack.registry, admin, concluded["center_id"])
    assert [(e["grade"], e["total_score"]) for e in listing["items"]] == [(grade, total)]


async def test_a_concluded_evaluation_takes_no_more_experts_scores_or_conclusions(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    concluded = await graded(stack, admin, token, 85, 85)
    sub = concluded["experts"][0]["expert_sub"]
    late = await put_scores(stack.registry, expert(token, sub), concluded["id"], sub, score_sheet(10, 10))
    problem_of(late, 409, "evaluation-concluded")
    problem_of(
        await assign_expert(stack.registry, admin, concluded["id"], "too-late"), 409, "evaluation-concluded"
    )
    problem_of(await conclude(stack.registry, admin, concluded["id"]), 409, "evaluation-concluded")
    after = await stack.registry.get(f"/api/v1/evaluations/{concluded['id']}", headers=bearer(admin))
    assert after.json()["result"]["total_score"] == "85.00"
    assert len(await evaluated_events(stack, concluded["center_id"])) == 1


# 不合格: rectification, re-check, proposed revocation.


async def test_unqualified_opens_a_one_year_rectification_visible_on_the_center(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    concluded = await graded(stack, admin, token, 50, 50)
    due = (today() + dt.timedelta(days=365)).isoformat()
    assert concluded["result"]["grade"] == "unqualified"
    assert concluded["rectification"] == {"due": due, "recheck": None}
    assert concluded["revocation_proposed"] is False
    staff = token("center_user", center=concluded["center_id"])
    listing = await list_evaluations(stack.registry, staff, concluded["center_id"])
    assert listing["items"][0]["rectification_due"] == due
    assert listing["items"][0]["recheck_passed"] is None
    assert listing["rectification"] == {
        "under_rectification": True,
        "evaluation_id": concluded["id"],
        "rectification_due": due,
        "overdue": False,
        "revocation_proposed": False,
    }
    [row] = await evaluated_events(stack, concluded["center_id"])
    assert row.envelope["data"]["grade"] == "unqualified"
    assert row.envelope["data"]["rectification_due"] == due


async def test_a_failed_recheck_proposes_revocation_and_the_center_stays_operating(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    concluded = await graded(stack, admin, token, 40, 50)
    staff = token("center_user", center=concluded["center_id"])
    problem_of(await recheck(stack.registry, staff, concluded["id"], passed=False), 403, "forbidden")
    failed = await recheck(stack.registry, admin, concluded["id"], passed=False, comment="整改未到位")
    assert failed.status_code == 200, failed.text
    body = failed.json()
    assert body["revocation_proposed"] is True
    assert body["rectification"]["recheck"]["passed"] is False
    assert body["rectification"]["recheck"]["comment"] == "整改未到位"
    assert body["rectification"]["recheck"]["by"] == "city-officer"
    listing = await list_evaluations(stack.registry, admin, concluded["center_id"])
    assert listing["items"][0]["recheck_passed"] is False
    assert listing["items"][0]["revocation_proposed"] is True
    assert listing["rectification"]["revocation_proposed"] is True
    assert listing["rectification"]["under_rectification"] is False
    # The system proposes; revoking stays a person's separate action.
    center = await stack.registry.get(f"/api/v1/centers/{concluded['center_id']}", headers=bearer(admin))
    assert center.json()["status"] == "operating"
    rows = await evaluated_events(stack, concluded["center_id"])
    assert [
        (r.envelope["data"]["recheck_passed"], r.envelope["data"]["revocation_proposed"]) for r in rows
    ] == [
        (None, False),
        (False, True),
    ]
    problem_of(
        await recheck(stack.registry, admin, concluded["id"], passed=True), 409, "recheck-not-applicable"
    )


async def test_a_passed_recheck_closes_the_rectification(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    concluded = await graded(stack, admin, token, 55, 55)
    passed = await recheck(stack.registry, admin, concluded["id"], passed=True, comment="整改到位")
    assert passed.status_code == 200, passed.text
    assert passed.json()["revocation_proposed"] is False
    assert passed.json()["rectification"]["recheck"]["passed"] is True
    listing = await list_evaluations(stack.registry, admin, concluded["center_id"])
    assert listing["rectification"]["under_rectification"] is False
    assert listing["rectification"]["revocation_proposed"] is False


async def test_only_an_unqualified_evaluation_is_rechecked(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    qualified = await graded(stack, admin, token, 70, 70)
    problem_of(
        await recheck(stack.registry, admin, qualified["id"], passed=True), 409, "recheck-not-applicable"
    )
    pending = await submitted_evaluation(stack, admin)
    problem_of(
        await recheck(stack.registry, admin, pending["id"], passed=False), 409, "recheck-not-applicable"
    )
    after = await stack.registry.get(f"/api/v1/evaluations/{pending['id']}", headers=bearer(admin))
    assert after.json()["revocation_proposed"] is False


@pytest.mark.parametrize("earlier_recheck", [None, False], ids=["not-yet-rechecked", "recheck-failed"])
async def test_a_second_unqualified_year_under_rectification_proposes_revocation(
    stack: Stack, admin: str, token: TokenFactory, earlier_recheck: bool | None
) -> None:
    first = await graded(stack, admin, token, 50, 50, days_operating=800, year=today().year - 1)
    assert first["revocation_proposed"] is False
    if earlier_recheck is not None:
        done = await recheck(stack.registry, admin, first["id"], passed=earlier_recheck)
        assert done.status_code == 200, done.text
    second = await submit_evaluation(stack.registry, admin, first["center_id"], year=today().year)
    assert second.status_code == 201, second.text
    sub = unique("expert")
    await scored_by(stack, admin, expert(token, sub), sub, second.json()["id"], score_sheet(55, 50))
    concluded = (await conclude(stack.registry, admin, second.json()["id"])).json()
    assert concluded["result"]["grade"] == "unqualified"
    assert concluded["revocation_proposed"] is True
    assert concluded["result"]["trace"]["revocation_proposed_because"][0].startswith(f"{today().year - 1}:")
    row = (await evaluated_events(stack, first["center_id"]))[-1]
    assert row.envelope["data"]["evaluation_id"] == concluded["id"]
    assert row.envelope["data"]["revocation_proposed"] is True


async def test_a_later_unqualified_year_after_a_passed_recheck_proposes_nothing(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    first = await graded(stack, admin, token, 50, 50, days_operating=800, year=today().year - 1)
    assert (await recheck(stack.registry, admin, first["id"], passed=True)).status_code == 200
    second = await submit_evaluation(stack.registry, admin, first["center_id"], year=today().year)
    sub = unique("expert")
    await scored_by(stack, admin, expert(token, sub), sub, second.json()["id"], score_sheet(50, 50))
    concluded = (await conclude(stack.registry, admin, second.json()["id"])).json()
    assert concluded["result"]["grade"] == "unqualified"
    assert concluded["revocation_proposed"] is False


# Reading.


async def test_the_center_reads_its_result_without_the_experts_scores_or_trace(
    stack: Stack, admin: str, token: TokenFactory
) -> None:
    concluded = await graded(stack, admin, token, 88, 88)
    staff = token("center_user", center=concluded["center_id"])
    own = await stack.registry.get(f"/api/v1/evaluations/{concluded['id']}", headers=bearer(staff))
    assert own.status_code == 200, own.text
    assert own.headers["etag"] == f'"{own.json()["version"]}"'
    assert own.json()["result"]["grade"] == "good"
    assert own.json()["result"]["trace"] is None
    assert [e["scores"] for e in own.json()["experts"]] == [None]
    stranger = token("center_user", center=str(uuid.uuid4()))
    problem_of(
        await stack.registry.get(f"/api/v1/evaluations/{concluded['id']}", headers=bearer(stranger)),
        403,
        "forbidden",
    )
    problem_of(
        await stack.registry.get(
            f"/api/v1/centers/{concluded['center_id']}/evaluations", headers=bearer(stranger)
        ),
        403,
        "forbidden",
    )
    problem_of(await stack.registry.get(f"/api/v1/evaluations/{uuid.uuid4()}", headers=bearer(admin)), 404)


async def test_the_center_evaluation_list_pages(stack: Stack, admin: str) -> None:
    center = await evaluable_center(stack, admin, days_operating=800)
    ids = []
    for year in (today().year - 1, today().year):
        response = await submit_evaluation(stack.registry, admin, center["id"], year=year)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    path = f"/api/v1/centers/{center['id']}/evaluations"
    first = (await stack.registry.get(path, params={"limit": 1}, headers=bearer(admin))).json()
    assert [e["id"] for e in first["items"]] == ids[:1]
    assert first["next_cursor"] is not None
    rest = (
        await stack.registry.get(
            path, params={"limit": 1, "cursor": first["next_cursor"]}, headers=bearer(admin)
        )
    ).json()
    assert [e["id"] for e in rest["items"]] == ids[1:]
    assert rest["next_cursor"] is None


async def test_the_grading_rule_versions_are_published_as_data(stack: Stack, token: TokenFactory) -> None:
    response = await stack.registry.get("/api/v1/evaluations/grading-rules", headers=bearer(token("expert")))
    assert response.status_code == 200, response.text
    [rule] = response.json()["items"]
    assert (rule["version"], rule["effective_from"], rule["effective_to"]) == (1, "2025-02-18", None)
    assert rule["parameters"] == GRADING_RULE_V1
