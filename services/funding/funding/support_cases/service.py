"""Support-case reads in the caller's scope. Services flush, never commit."""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from funding.support_cases import repository
from funding.support_cases.exceptions import SupportCaseNotFound
from funding.support_cases.models import Disbursement, SupportCase, SupportCaseTransition
from shared.auth import Principal, Role, list_scope
from shared.errors import Forbidden

CITY_WIDE_ROLES = (Role.MUNICIPAL_ADMIN, Role.FINANCE_OFFICER, Role.EXPERT, Role.INTEGRATION)

__all__ = ["CITY_WIDE_ROLES", "SupportCaseNotFound", "get_case", "list_cases"]


def _scope(principal: Principal) -> tuple[str | None, uuid.UUID | None]:
    scope = list_scope(principal, city_wide=CITY_WIDE_ROLES)
    if scope is None:
        raise Forbidden("your role may not see support cases", detail_zh="您的角色不能查看支持案件")
    return scope.district, scope.center_id


async def list_cases(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int | None,
    cursor: str | None,
    filters: dict[str, object | None],
) -> Sequence[SupportCase]:
    district, center = _scope(principal)
    return await repository.list_page(
        session, limit=limit, cursor=cursor, filters=filters, district_scope=district, center_scope=center
    )


async def get_case(session: AsyncSession, principal: Principal, case_id: uuid.UUID) -> SupportCase:
    district, center = _scope(principal)
    rows = await repository.list_page(
        session, limit=1, cursor=None, filters={"id": case_id}, district_scope=district, center_scope=center
    )
    if not rows:
        raise SupportCaseNotFound(
            f"no support case {case_id} in your scope", detail_zh=f"您的范围内没有支持案件 {case_id}"
        )
    return rows[0]


async def history(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID
) -> Sequence[SupportCaseTransition]:
    """Every transition of a case, oldest first, for whoever may see the case."""
    case = await get_case(session, principal, case_id)
    return await repository.history(session, case.id)


async def disbursements(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID
) -> Sequence[Disbursement]:
    case = await get_case(session, principal, case_id)
    return await repository.disbursements(session, case.id)
