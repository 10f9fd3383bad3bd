"""Who may see and write programme records, and the centers they belong to.

Shared by the programme packages (investments, platforms, first_set, municipal_support): each
record belongs to a center known from registry's events (funding's ``center_view``), and reads
are scoped like support cases — the city sees all, a district admin its district, a center
user its own center.
"""

import uuid
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers.models import CenterView
from funding.messaging import outbox
from shared import center_view
from shared.auth import Principal, Role, Scope, list_scope
from shared.auth import require_role as require_role  # the one check, re-exported for this service's callers
from shared.contracts.funding_programmes import SOURCE
from shared.errors import Forbidden

_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])

CITY_WIDE_ROLES = (Role.MUNICIPAL_ADMIN, Role.FINANCE_OFFICER, Role.EXPERT, Role.INTEGRATION)


def read_scope(principal: Principal) -> Scope:
    """What the caller may list; 403 for roles that see no programme record at all."""
    scope = list_scope(principal, city_wide=CITY_WIDE_ROLES)
    if scope is None:
        raise Forbidden("your role may not see funding records", detail_zh="您的角色不能查看资金支持记录")
    return scope


def scoped(query: _Query, scope: Scope, center_column: Any) -> _Query:
    """Narrow ``query`` (whose rows carry ``center_column``) to the caller's scope."""
    if scope.district is not None:
        query = query.join(CenterView, CenterView.id == center_column).where(
            CenterView.district == scope.district
        )
    if scope.center_id is not None:
        query = query.where(center_column == scope.center_id)
    return query


def in_scope(scope: Scope, center: CenterView) -> bool:
    if scope.district is not None and center.district != scope.district:
        return False
    return scope.center_id is None or center.id == scope.center_id


async def known_center(
    session: AsyncSession, center_id: uuid.UUID, *, field: str = "center_id"
) -> CenterView:
    """The center from funding's read model; 422 when registry never announced it."""
    return await center_view.known_center(session, CenterView, center_id, field=field)


async def publish(session: AsyncSession, *, topic: str, type_: str, key: uuid.UUID, body: BaseModel) -> None:
    """Stage an event in the caller's transaction (outbox), keyed and subjected by ``key``."""
    await outbox.publish(session, source=SOURCE, topic=topic, type_=type_, key=key, body=body)
