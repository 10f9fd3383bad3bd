"""Each user keeps their own registration: the token's sub is the key, and its claims (role,
district, center) are taken afresh with every save, so a user who changed center saves again."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from notifications.preferences.models import NotificationPreference
from notifications.preferences.schemas import Kind, PreferenceIn
from shared.auth import Principal
from shared.db import utcnow
from shared.errors import NotFound


class PreferenceNotFound(NotFound):
    code = "preference-not-found"


async def get_own(session: AsyncSession, principal: Principal) -> NotificationPreference:
    preference = await session.get(NotificationPreference, principal.sub)
    if preference is None:
        raise PreferenceNotFound(
            "you have registered no e-mail address for notifications",
            detail_zh="您尚未登记接收通知的电子邮箱",
        )
    return preference


async def save_own(session: AsyncSession, principal: Principal, data: PreferenceIn) -> NotificationPreference:
    now = utcnow()
    preference = await session.get(NotificationPreference, principal.sub, with_for_update=True)
    if preference is None:
        preference = NotificationPreference(sub=principal.sub, created_at=now)
        session.add(preference)
    preference.email = data.email
    preference.kinds = [k.value for k in Kind if k in data.kinds]
    preference.role = principal.primary_role
    preference.district = principal.district
    preference.center_id = principal.center_id
    preference.updated_at = now
    await session.flush()
    return preference


async def delete_own(session: AsyncSession, principal: Principal) -> None:
    await session.delete(await get_own(session, principal))
    await session.flush()
