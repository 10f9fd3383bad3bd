"""The conflict-of-interest rule (回避, ``registry.evaluations.conflicts``) as pure logic, no I/O."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from registry.evaluations.conflicts import (
    Affiliation,
    DeclaredConflict,
    OrganizationFact,
    Party,
    reasons,
)

CENTER = uuid.uuid4()
LEAD = OrganizationFact(id=uuid.uuid4(), name="牵头公司", uscc="91440101MA5CXXXX01")
SHAREHOLDER = OrganizationFact(id=uuid.uuid4(), name="股东公司", uscc="91440101MA5CXXXX02")
ELSEWHERE = OrganizationFact(id=uuid.uuid4(), name="无关大学", uscc="12440000MB2CXXXX03")
PARTIES = [
    Party("the center's lead organization", "该中心的牵头单位", organization_id=LEAD.id),
    Party("a shareholder of the center (governance)", "该中心的股东（治理结构）", uscc=SHAREHOLDER.uscc),
]
DAY = dt.date(2026, 6, 30)


def at(organization: OrganizationFact, start: dt.date, end: dt.date | None = None) -> Affiliation:
    return Affiliation(position=0, organization=organization, from_date=start, to_date=end)


@pytest.mark.parametrize(
    ("start", "end", "counts"),
    [
        (DAY, None, True),  # starts on the day
        (dt.date(2020, 1, 1), DAY, True),  # its last day is the day
        (dt.date(2020, 1, 1), DAY - dt.timedelta(days=1), False),  # ended the day before
        (DAY + dt.timedelta(days=1), None, False),  # starts the day after
    ],
)
def test_an_affiliation_counts_only_while_in_force_on_the_day(
    start: dt.date, end: dt.date | None, counts: bool
) -> None:
    found = reasons(CENTER, PARTIES, [at(LEAD, start, end)], [], on=DAY)
    assert bool(found) is counts


def test_a_governance_party_is_matched_by_uscc_and_a_member_by_id() -> None:
    renamed = OrganizationFact(id=uuid.uuid4(), name="股东公司（新名）", uscc=SHAREHOLDER.uscc)
    [by_uscc] = reasons(CENTER, PARTIES, [at(renamed, dt.date(2020, 1, 1))], [], on=DAY)
    assert by_uscc.message == (
        "股东公司（新名）, the expert's organization since 2020-01-01, "
        "is a shareholder of the center (governance)"
    )
    same_code_other_id = OrganizationFact(id=uuid.uuid4(), name="牵头公司", uscc=LEAD.uscc)
    assert reasons(CENTER, PARTIES, [at(same_code_other_id, dt.date(2020, 1, 1))], [], on=DAY) == []


def test_no_tie_to_the_center_is_no_conflict() -> None:
    declared = [
        DeclaredConflict(position=0, note="另一中心", center_id=uuid.uuid4()),
        DeclaredConflict(position=1, note="兼职", organization=ELSEWHERE),
    ]
    assert reasons(CENTER, PARTIES, [at(ELSEWHERE, dt.date(2020, 1, 1))], declared, on=DAY) == []


def test_declared_conflicts_have_no_period_and_every_reason_is_named_in_order() -> None:
    affiliations = [
        Affiliation(position=0, organization=ELSEWHERE, from_date=dt.date(2010, 1, 1), to_date=None),
        Affiliation(position=1, organization=LEAD, from_date=dt.date(2019, 1, 1), to_date=None),
    ]
    declared = [
        DeclaredConflict(position=0, note="曾任股东代表", organization=SHAREHOLDER),
        DeclaredConflict(position=1, note="参与筹建", center_id=CENTER),
    ]
    found = reasons(CENTER, PARTIES, affiliations, declared, on=DAY)
    assert [(r.field, r.message_zh) for r in found] == [
        ("affiliations.1", "专家所在单位牵头公司（自 2019-01-01 起）是该中心的牵头单位"),
        ("conflicts.0", "专家申报与股东公司存在利益冲突，该单位是该中心的股东（治理结构）：曾任股东代表"),
        ("conflicts.1", "专家申报与该中心存在利益冲突：参与筹建"),
    ]
