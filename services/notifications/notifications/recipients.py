"""Whom a piece of news concerns, among the users who registered an address for its kind.

The platform has no user directory: a user is known here by the preference they saved, with the
claims of the token they saved it with. A center's news reaches its center users; a district's,
its district admins; a person named in an event (a scenario's creator), that person.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from notifications.preferences.models import NotificationPreference
from notifications.preferences.schemas import Kind
from shared.auth import Role


@dataclass(frozen=True)
class Audience:
    centers: frozenset[uuid.UUID] = field(default_factory=frozenset)
    districts: frozenset[str] = field(default_factory=frozenset)
    subs: frozenset[str] = field(default_factory=frozenset)
    roles: frozenset[str] = field(default_factory=frozenset)


def audience(
    *,
    centers: Iterable[uuid.UUID] = (),
    districts: Iterable[str] = (),
    subs: Iterable[str] = (),
    roles: Iterable[Role] = (),
) -> Audience:
    return Audience(
        frozenset(centers), frozenset(districts), frozenset(subs), frozenset(r.value for r in roles)
    )


async def recipients(session: AsyncSession, kind: Kind, who: Audience) -> list[NotificationPreference]:
    """The registered users in ``who`` who want ``kind``, each once, by sub."""
    p = NotificationPreference
    conditions = []
    if who.centers:
        conditions.append(and_(p.role == Role.CENTER_USER.value, p.center_id.in_(who.centers)))
    if who.districts:
        conditions.append(and_(p.role == Role.DISTRICT_ADMIN.value, p.district.in_(who.districts)))
    if who.subs:
        conditions.append(p.sub.in_(who.subs))
    if who.roles:
        conditions.append(p.role.in_(who.roles))
    if not conditions:
        return []
    found = await session.scalars(select(p).where(or_(*conditions)).order_by(p.sub))
    return [preference for preference in found if kind.value in preference.kinds]
