"""Calculator use cases: read the policy version in force, compute, write nothing."""

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from funding.calculators import rd_super_deduction as rd
from funding.calculators.schemas import LegalBasis, RdSuperDeductionIn, RdSuperDeductionOut
from funding.policies import repository
from funding.policies.models import PolicyVersion
from shared.errors import FieldError, Unprocessable


class NoRateForYear(Unprocessable):
    code = "no-policy-version-for-year"


async def version_for_year(session: AsyncSession, year: int) -> PolicyVersion:
    """One version must cover the whole tax year; a year split between versions goes to a person."""
    first = await repository.version_in_force(session, rd.POLICY_CODE, dt.date(year, 1, 1))
    last = await repository.version_in_force(session, rd.POLICY_CODE, dt.date(year, 12, 31))
    if first is None and last is None:
        raise NoRateForYear(
            f"no version of policy {rd.POLICY_CODE} is in force in tax year {year}: "
            "the system has no R&D super-deduction rates for that year",
            detail_zh=f"{year} 纳税年度没有生效的研发费用加计扣除政策版本",
            errors=[FieldError("year", f"no rate table in force in {year}", f"{year} 年没有生效的费率表")],
        )
    if first is None or last is None or first.id != last.id:
        raise NoRateForYear(
            f"the rates of policy {rd.POLICY_CODE} change within tax year {year}: a person must decide",
            detail_zh=f"{year} 纳税年度内研发费用加计扣除比例发生变化，需人工判断",
            errors=[FieldError("year", f"more than one rate table in {year}", f"{year} 年有多个费率表")],
        )
    return first


async def rd_super_deduction(session: AsyncSession, body: RdSuperDeductionIn) -> RdSuperDeductionOut:
    version = await version_for_year(session, body.year)
    try:
        result = rd.compute(
            version.parameters, category=body.category, expensed=body.expensed, capitalized=body.capitalized
        )
    except rd.CategoryNotCovered as exc:
        raise NoRateForYear(
            f"version {version.version} of {rd.POLICY_CODE} has no rate for category {body.category}",
            detail_zh=f"{rd.POLICY_CODE} 第 {version.version} 版没有 {body.category} 类企业的比例",
            errors=[FieldError("category", "no rate in the version in force", "现行版本中没有该费率")],
        ) from exc
    policy_step = {
        "step": "policy",
        "detail": f"{rd.POLICY_CODE} v{version.version} ({version.clause}) in force for tax year "
        f"{body.year} ({version.effective_from} – {version.effective_to or 'open'})",
    }
    return RdSuperDeductionOut(
        year=body.year,
        category=body.category,
        expensed=body.expensed,
        capitalized=body.capitalized,
        extra_rate=f"{result.extra_rate:f}",
        extra_deduction=result.extra_deduction,
        amortization_base=result.amortization_base,
        legal_basis=LegalBasis(
            policy_code=version.policy_code,
            version=version.version,
            clause=version.clause,
            effective_from=version.effective_from,
            effective_to=version.effective_to,
            basis=result.basis,
            source=version.source,
        ),
        trace=[policy_step, *result.trace],
    )
