"""Who makes which policy (五(八) 属地配套支持): the city, or one district for its own supplements."""

from sqlalchemy.ext.asyncio import AsyncSession

from funding.policies import repository
from funding.policies.models import CITY
from shared.auth import Principal, Role
from shared.errors import FieldError, Forbidden, Unprocessable
from shared.reference import DISTRICT_CODES

# Registry may add districts later; those become valid here once funding has seen a center in them.


async def check_jurisdiction(session: AsyncSession, jurisdiction: str) -> None:
    """``city`` or a district funding knows; 422 otherwise."""
    if jurisdiction == CITY or jurisdiction in DISTRICT_CODES:
        return
    if jurisdiction in await repository.districts_of_centers(session):
        return
    known = ", ".join(sorted(DISTRICT_CODES))
    raise Unprocessable(
        f"unknown jurisdiction {jurisdiction!r}: 'city' or a district code ({known})",
        detail_zh=f"未知的管辖范围 {jurisdiction}：应为 city 或区代码（{known}）",
        errors=[FieldError("jurisdiction", f"city or one of {known}", f"应为 city 或以下之一：{known}")],
    )


def require_maker(principal: Principal, jurisdiction: str) -> None:
    """A municipal admin makes any policy; a district admin only its own district's (403 otherwise)."""
    if principal.has(Role.MUNICIPAL_ADMIN):
        return
    if principal.has(Role.DISTRICT_ADMIN) and principal.district:
        if jurisdiction == principal.district:
            return
        raise Forbidden(
            f"a district admin of {principal.district} makes policies of its own district only, "
            f"not of {jurisdiction}",
            detail_zh=f"区级管理员（{principal.district}）只能制定本区的政策，不能制定 {jurisdiction} 的政策",
        )
    raise Forbidden(
        "only a municipal admin, or a district admin for its own district, makes policies",
        detail_zh="仅市级管理员或本区的区级管理员可以制定政策",
    )
