"""Who may see and change talent records, scoped by the center each record belongs to.

The city's talent officers and admins see every center; a district admin the centers of the
district; a center user their own center. Centers are known from registry's events (talent's
``center_view``).
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from shared import center_view
from shared.auth import Principal, Role, Scope, list_scope
from shared.auth import require_role as require_role  # the one check, re-exported for this service's callers
from shared.errors import Forbidden
from talent.centers.models import CenterView

_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])

CITY_WIDE_ROLES = (Role.MUNICIPAL_ADMIN, Role.TALENT_OFFICER, Role.INTEGRATION)


def read_scope(principal: Principal) -> Scope:
    """What the caller may list; 403 for roles that see no talent record at all."""
    scope = list_scope(principal, city_wide=CITY_WIDE_ROLES)
    if scope is None:
        raise Forbidden("your role may not see talent records", detail_zh="您的角色不能查看人才信息")
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


def require_writer_for(principal: Principal, center_id: uuid.UUID) -> None:
    """A talent officer writes for every center; a center user only for their own."""
    if principal.has(Role.TALENT_OFFICER):
        return
    if principal.has(Role.CENTER_USER) and principal.center_id == center_id:
        return
    raise Forbidden(
        "only a talent_officer, or a center_user of this center, may do this",
        detail_zh="只有人才工作专员（talent_officer）或本中心用户（center_user）可以执行此操作",
    )


async def known_center(
    session: AsyncSession, center_id: uuid.UUID, *, field: str = "center_id"
) -> CenterView:
    """The center from talent's read model; 422 when registry never announced it."""
    return await center_view.known_center(session, CenterView, center_id, field=field)
