"""The entitlement decision (`五(七)`) alone: a version's cell decides, a refusal says why. No I/O."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from talent.entitlements.decision import EntitlementsInForce
from talent.entitlements.schemas import Entitlement, ServiceKind
from talent.talents.schemas import Level

CELLS = list(itertools.product(Level, ServiceKind))


def version(table: dict[tuple[Level, ServiceKind], Entitlement], number: int = 4) -> EntitlementsInForce:
    return EntitlementsInForce(
        version=number, effective_from=dt.date(2026, 7, 1), clause="五(七)", table=table
    )


@pytest.mark.parametrize(("level", "kind"), CELLS)
@pytest.mark.parametrize("entitlement", list(Entitlement))
def test_the_cell_of_level_and_service_decides(
    level: Level, kind: ServiceKind, entitlement: Entitlement
) -> None:
    # Every other cell says the opposite, so a lookup of the wrong cell shows.
    other = Entitlement.ENTITLED if entitlement is not Entitlement.ENTITLED else Entitlement.NOT_ENTITLED
    table = {cell: other for cell in CELLS} | {(level, kind): entitlement}
    judgement = version(table).judge(level, kind)
    assert (judgement.entitlement, judgement.version) == (entitlement, 4)
    assert (judgement.refusal_en is None) == (entitlement is not Entitlement.NOT_ENTITLED)
    assert (judgement.refusal_zh is None) == (entitlement is not Entitlement.NOT_ENTITLED)


def test_a_refusal_names_level_service_version_date_and_clause_in_both_languages() -> None:
    table = {cell: Entitlement.ENTITLED for cell in CELLS}
    table[(Level.RD_BACKBONE, ServiceKind.CHILDREN_EDUCATION)] = Entitlement.NOT_ENTITLED
    judgement = version(table, number=7).judge(Level.RD_BACKBONE, ServiceKind.CHILDREN_EDUCATION)
    assert judgement.refusal_en is not None
    assert judgement.refusal_zh is not None
    for part in ("R&D backbone", "rd_backbone", "children's education", "v7", "2026-07-01", "五(七)"):
        assert part in judgement.refusal_en
    for part in ("研发骨干", "子女教育", "第 7 版", "2026-07-01", "五(七)"):
        assert part in judgement.refusal_zh


def test_a_cell_the_version_lacks_goes_to_a_person() -> None:
    table = {cell: Entitlement.NOT_ENTITLED for cell in CELLS if cell != (Level.LEADING, ServiceKind.HOUSING)}
    judgement = version(table).judge(Level.LEADING, ServiceKind.HOUSING)
    assert judgement.entitlement is Entitlement.REVIEW
    assert judgement.refusal_en is None
