"""Queries over policies and their versions."""

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from funding.policies.models import Policy, PolicyVersion


async def version_in_force(session: AsyncSession, policy_code: str, on: dt.date) -> PolicyVersion | None:
    """The published version effective on ``on`` (the highest number if several overlap)."""
    return await session.scalar(
        select(PolicyVersion)
        .where(
            PolicyVersion.policy_code == policy_code,
            PolicyVersion.status == "published",
            PolicyVersion.effective_from <= on,
            or_(PolicyVersion.effective_to.is_(None), PolicyVersion.effective_to >= on),
        )
        .order_by(PolicyVersion.version.desc())
        .limit(1)
    )


async def list_policies(session: AsyncSession) -> Sequence[Policy]:
    return (await session.scalars(select(Policy).order_by(Policy.code))).all()


async def versions_of(session: AsyncSession, codes: Sequence[str]) -> Sequence[PolicyVersion]:
    return (
        await session.scalars(
            select(PolicyVersion)
            .where(PolicyVersion.policy_code.in_(codes))
            .order_by(PolicyVersion.policy_code, PolicyVersion.version)
        )
    ).all()
