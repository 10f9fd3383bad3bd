"""Queries over policies and their versions."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, bindparam, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from funding.centers.models import CenterView
from funding.policies.models import PUBLISHED, Policy, PolicyVersion
from funding.support_cases.models import SupportCase


def _in_force(on: dt.date | BindParameter[dt.date]) -> ColumnElement[bool]:
    return (
        (PolicyVersion.status == PUBLISHED)
        & (PolicyVersion.effective_from <= on)
        & or_(PolicyVersion.effective_to.is_(None), PolicyVersion.effective_to >= on)
    )


# Built once with bound parameters: an upgrade's evaluation asks these for every event, and
# building the statements again each time was a fifth of the handler's CPU.
_VERSION_IN_FORCE = (
    select(PolicyVersion)
    .where(PolicyVersion.policy_code == bindparam("policy_code"), _in_force(bindparam("on", type_=Date)))
    .order_by(PolicyVersion.version.desc())
    .limit(1)
)
_VERSIONS_OF_CODE_OR_JURISDICTION = (
    select(
        Policy.jurisdiction,
        PolicyVersion.policy_code,
        PolicyVersion.version,
        PolicyVersion.clause,
        PolicyVersion.rule_kind,
        PolicyVersion.parameters,
        PolicyVersion.provisional,
    )
    .join(PolicyVersion, PolicyVersion.policy_code == Policy.code)
    .where(
        or_(Policy.code == bindparam("policy_code"), Policy.jurisdiction == bindparam("jurisdiction")),
        _in_force(bindparam("on", type_=Date)),
    )
    .order_by(Policy.code, PolicyVersion.version.desc())
)


@dataclass(frozen=True)
class VersionInForce:
    """What an evaluation reads of a version in force: plain values, not an ORM object (loading
    policy and version objects for every upgrade cost more than the query)."""

    policy_code: str
    version: int
    clause: str
    rule_kind: str
    parameters: dict[str, Any]
    provisional: bool = False


async def version_in_force(session: AsyncSession, policy_code: str, on: dt.date) -> PolicyVersion | None:
    """The published version effective on ``on`` (the highest number if several overlap); drafts never."""
    return await session.scalar(_VERSION_IN_FORCE, {"policy_code": policy_code, "on": on})


async def policy_and_jurisdiction_in_force(
    session: AsyncSession, policy_code: str, jurisdiction: str, rule_kind: str, on_date: dt.date
) -> tuple[VersionInForce | None, list[VersionInForce]]:
    """:func:`version_in_force` of ``policy_code``, and every policy of ``jurisdiction`` whose
    version in force on ``on_date`` has ``rule_kind`` (e.g. a district's upgrade supplements,
    五(八)), in one query: an upgrade asks both for every event, and each round trip counts in
    its latency."""
    parameters = {"policy_code": policy_code, "jurisdiction": jurisdiction, "on": on_date}
    rows = (await session.execute(_VERSIONS_OF_CODE_OR_JURISDICTION, parameters)).all()
    highest = _highest_per_policy(rows)
    named = next((v for _, v in highest if v.policy_code == policy_code), None)
    of_jurisdiction = [v for j, v in highest if j == jurisdiction and v.rule_kind == rule_kind]
    return named, of_jurisdiction


def _highest_per_policy(rows: Sequence[Any]) -> list[tuple[str, VersionInForce]]:
    """One version per policy, with its policy's jurisdiction, from rows ordered by code then
    version descending: the highest in force (its rule kind decides, not an older one's).
    Publishing refuses overlapping versions, so this only guards against data written around
    the API."""
    pairs: list[tuple[str, VersionInForce]] = []
    for jurisdiction, code, number, clause, rule_kind, parameters, provisional in rows:
        if pairs and pairs[-1][1].policy_code == code:
            continue
        pairs.append((jurisdiction, VersionInForce(code, number, clause, rule_kind, parameters, provisional)))
    return pairs


async def get_policy(session: AsyncSession, code: str, *, lock: bool = False) -> Policy | None:
    """One policy; ``lock`` serializes version changes of the policy (FOR UPDATE on PostgreSQL)."""
    query = select(Policy).where(Policy.code == code)
    if lock:
        query = query.with_for_update()
    return await session.scalar(query)


async def list_policies(
    session: AsyncSession,
    *,
    limit: int | None = None,
    after: str | None = None,
    jurisdiction: str | None = None,
) -> Sequence[Policy]:
    query = select(Policy).order_by(Policy.code)
    if after is not None:
        query = query.where(Policy.code > after)
    if jurisdiction is not None:
        query = query.where(Policy.jurisdiction == jurisdiction)
    if limit is not None:
        query = query.limit(limit)
    return (await session.scalars(query)).all()


async def versions_of(session: AsyncSession, codes: Sequence[str]) -> Sequence[PolicyVersion]:
    return (
        await session.scalars(
            select(PolicyVersion)
            .where(PolicyVersion.policy_code.in_(codes))
            .order_by(PolicyVersion.policy_code, PolicyVersion.version)
        )
    ).all()


async def get_version(session: AsyncSession, code: str, version: int) -> PolicyVersion | None:
    return await session.scalar(
        select(PolicyVersion).where(PolicyVersion.policy_code == code, PolicyVersion.version == version)
    )


async def published_versions(session: AsyncSession, code: str) -> Sequence[PolicyVersion]:
    return (
        await session.scalars(
            select(PolicyVersion)
            .where(PolicyVersion.policy_code == code, PolicyVersion.status == PUBLISHED)
            .order_by(PolicyVersion.effective_from)
        )
    ).all()


async def next_version_number(session: AsyncSession, code: str) -> int:
    highest = await session.scalar(
        select(func.max(PolicyVersion.version)).where(PolicyVersion.policy_code == code)
    )
    return 1 if highest is None else highest + 1


async def rule_kinds_of(session: AsyncSession, code: str) -> set[str]:
    return set(
        (
            await session.scalars(
                select(PolicyVersion.rule_kind).distinct().where(PolicyVersion.policy_code == code)
            )
        ).all()
    )


async def districts_of_centers(session: AsyncSession) -> set[str]:
    """Districts of the centers funding has seen (registry may add districts beyond the 11)."""
    return set((await session.scalars(select(CenterView.district).distinct())).all())


async def cases_of_kind(session: AsyncSession, kind: str, *, district: str | None) -> Sequence[SupportCase]:
    """Every support case of a programme (the past triggering facts), oldest first; of one
    district's centers when ``district`` is given."""
    query = select(SupportCase).where(SupportCase.kind == kind)
    if district is not None:
        query = query.join(CenterView, CenterView.id == SupportCase.center_id).where(
            CenterView.district == district
        )
    return (await session.scalars(query.order_by(SupportCase.created_at, SupportCase.id))).all()
