"""Where a center sits in the sub-sector catalogue (`二`, issue 3 item 1).

A center names its sub-sector as text (the create contract of issue 2). When the text names a
listed sub-sector of the center's cluster (by code or zh/en name, normalized) the center links
to it; otherwise it is accepted but unlisted, and a municipal admin decides: list the
sub-sector (which links every unlisted center that named it) or re-map the center (PATCH).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers import events, repository
from registry.centers.models import Center
from registry.reference import matching
from registry.reference import repository as reference
from registry.reference.models import SubSector
from shared.auth import Principal
from shared.db import utcnow


@dataclass(frozen=True)
class Placement:
    """A center's sub-sector: the listed one it names (None: unlisted) and its normalized text."""

    code: str | None
    key: str

    def lock_key(self, cluster_code: str) -> str:
        """What the one-center-per-sub-sector rule compares, as an advisory-lock key."""
        return f"sub-sector:{cluster_code}:" + (f"code:{self.code}" if self.code else f"text:{self.key}")


async def place(session: AsyncSession, cluster_code: str, text: str) -> Placement:
    listed = matching.match(text, await reference.list_sub_sectors(session, cluster_code=cluster_code))
    return Placement(code=listed.code if listed else None, key=matching.normalize(text))


async def link_unlisted(
    session: AsyncSession, principal: Principal, sub_sector: SubSector
) -> Sequence[Center]:
    """Link the unlisted centers of the cluster that named ``sub_sector``; each emits center.updated."""
    centers = await repository.unlisted_named(
        session, sub_sector.cluster_code, keys=matching.keys_of(sub_sector)
    )
    now = utcnow()
    for center in centers:
        center.sub_sector_code = sub_sector.code
        center.version += 1
        center.updated_at = now
    await session.flush()
    for center in centers:
        await events.center_updated(session, center, changed_fields=["sub_sector_code"], actor=principal.sub)
    return centers
