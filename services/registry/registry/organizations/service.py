"""Use cases on organizations. Services flush, never commit: the route owns the transaction."""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.schemas import LeadOrganizationIn
from registry.centers.uscc import uscc_problem, uscc_problem_zh
from registry.organizations import repository
from registry.organizations.exceptions import OrganizationExists, OrganizationNotFound
from registry.organizations.models import Organization
from registry.organizations.schemas import OrganizationCreate
from registry.reference import filters as reference_filters
from registry.reference import repository as reference
from shared.auth import Principal, Role
from shared.db import advisory_lock, utcnow
from shared.errors import FieldError, Forbidden, Unprocessable


def normalize_uscc(code: str) -> str:
    """USCCs are compared and stored upper-case without surrounding white space."""
    return code.strip().upper()


def _district_for(principal: Principal, requested: str | None) -> str | None:
    """The district the new organization sits in; a district admin registers in its own only."""
    if principal.has(Role.MUNICIPAL_ADMIN):
        return requested
    if principal.has(Role.DISTRICT_ADMIN) and principal.district:
        if requested is None or requested == principal.district:
            return principal.district
        raise Forbidden(
            "a district admin registers organizations of its own district only",
            detail_zh="区级管理员只能登记本区的单位",
        )
    raise Forbidden(
        "only a municipal or district admin registers an organization",
        detail_zh="只有市级或区级管理员可以登记单位",
    )


async def create_organization(
    session: AsyncSession, principal: Principal, data: OrganizationCreate
) -> Organization:
    district = _district_for(principal, data.district)
    uscc = normalize_uscc(data.uscc)
    errors: list[FieldError] = []
    problem = uscc_problem(uscc)
    if problem:
        errors.append(FieldError("uscc", problem, uscc_problem_zh(uscc)))
    if district is not None and not await reference.district_exists(session, district):
        errors.append(FieldError("district", f"unknown district: {district}", f"未知的区：{district}"))
    if errors:
        raise Unprocessable(
            "the organization has invalid data", detail_zh="单位数据校验未通过", errors=errors
        )
    await advisory_lock(session, _lock_key(uscc))
    existing = await repository.find_by_uscc(session, uscc)
    if existing is not None:
        raise _exists(uscc, existing.id)
    return await _register(
        session, principal, name=data.name, uscc=uscc, type_=data.type.value, district=district
    )


def _lock_key(uscc: str) -> str:
    """Registrations of one USCC take turns, so two can never both find it free."""
    return f"organization:{uscc}"


async def _register(
    session: AsyncSession, principal: Principal, *, name: str, uscc: str, type_: str, district: str | None
) -> Organization:
    now = utcnow()
    organization = Organization(
        id=uuid.uuid4(),
        name=name,
        uscc=uscc,
        type=type_,
        district=district,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(organization)
    await session.flush()
    return organization


async def find_or_register(
    session: AsyncSession, principal: Principal, named: LeadOrganizationIn, *, district: str, field: str
) -> Organization:
    """The organization with ``named``'s USCC, registered (in ``district``) if it is new.

    One USCC is one organization: a name or type that differs from the registered one is refused
    with the ``field`` named, never a silent second organization. The caller checked the USCC.
    """
    uscc = normalize_uscc(named.uscc)
    await advisory_lock(session, _lock_key(uscc))
    existing = await repository.find_by_uscc(session, uscc)
    if existing is None:
        return await _register(
            session, principal, name=named.name, uscc=uscc, type_=named.type.value, district=district
        )
    errors = [
        FieldError(
            f"{field}.{name}",
            f"USCC {uscc} is registered with {name} '{registered}'",
            f"统一社会信用代码 {uscc} 已登记于 {name} '{registered}'",
        )
        for name, sent, registered in (
            ("name", named.name, existing.name),
            ("type", named.type.value, existing.type),
        )
        if sent != registered
    ]
    if errors:
        raise Unprocessable(
            f"the organization with USCC {uscc} is registered with other details",
            detail_zh=f"统一社会信用代码为 {uscc} 的单位已登记，名称或类型与登记的不一致",
            errors=errors,
            extra={"organization_id": str(existing.id)},
        )
    return existing


def _exists(uscc: str, organization_id: uuid.UUID | None) -> OrganizationExists:
    return OrganizationExists(
        f"an organization with USCC {uscc} is already registered",
        detail_zh=f"统一社会信用代码为 {uscc} 的单位已登记",
        errors=[FieldError("uscc", "already registered", "已登记")],
        extra={"organization_id": str(organization_id)} if organization_id else None,
    )


async def get_organization(session: AsyncSession, organization_id: uuid.UUID) -> Organization:
    organization = await repository.get(session, organization_id)
    if organization is None:
        raise OrganizationNotFound(
            f"no organization {organization_id}", detail_zh=f"未找到单位 {organization_id}"
        )
    return organization


async def list_organizations(
    session: AsyncSession,
    *,
    limit: int,
    cursor: str | None,
    type_: str | None,
    district: str | None,
    q: str | None,
) -> Sequence[Organization]:
    """A page of organizations; an unknown district is 422 (see ``reference.filters``)."""
    rows = await repository.list_page(
        session, limit=limit, cursor=cursor, type_=type_, district=district, q=q
    )
    if not rows:
        await reference_filters.refuse_unknown(session, {"district": district})
    return rows
