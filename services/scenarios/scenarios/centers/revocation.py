"""A center registry revoked (as scenarios' ``center_view`` knows from its events) publishes,
edits and reactivates no offerings; the revocation itself withdraws them (``handlers``)."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from scenarios.centers.models import CenterView
from shared import center_view
from shared.errors import Conflict

REVOKED = "revoked"


class CenterRevoked(Conflict):
    code = "center-revoked"


async def open_center(
    session: AsyncSession, center_id: uuid.UUID, *, so: str, so_zh: str, field: str = "center_id"
) -> CenterView:
    """The center, held ``FOR SHARE`` to the end of the transaction so that registry's revocation
    waits for this change (and then withdraws what it made); 422 when registry never announced
    it, 409 ``center-revoked`` (saying ``so``) when it is revoked."""
    center = await center_view.known_center(session, CenterView, center_id, field=field, lock=True)
    if center.status == REVOKED:
        raise CenterRevoked(
            f"the center was revoked in registry: {so}", detail_zh=f"该创新中心已被撤销：{so_zh}"
        )
    return center
