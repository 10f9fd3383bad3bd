"""Policy use cases: create a policy, draft and publish dated versions. Services flush, never commit.

Rules kept here: a published version never changes, except that publishing a successor closes
an open-ended predecessor the day before the successor takes effect (and says so in the
``publish_trace`` and the event); published versions of one policy never overlap (409);
the policy row is locked while its versions change, so two publications cannot both pass.
"""

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from funding.policies import events, kinds, repository, simulation
from funding.policies.jurisdiction import check_jurisdiction, require_maker
from funding.policies.models import DRAFT, PUBLISHED, Policy, PolicyVersion
from funding.policies.schemas import PolicyCreate, PolicyVersionCreate, SimulationOut
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import Conflict, FieldError, NotFound, Unprocessable

ONE_DAY = dt.timedelta(days=1)


class PolicyNotFound(NotFound):
    code = "policy-not-found"


class PolicyVersionNotFound(NotFound):
    code = "policy-version-not-found"


class PolicyCodeTaken(Conflict):
    code = "policy-code-taken"


class VersionsOverlap(Conflict):
    code = "policy-versions-overlap"


class VersionImmutable(Conflict):
    code = "policy-version-immutable"


def _span(start: dt.date, end: dt.date | None) -> str:
    return f"{start} – {end if end is not None else 'open'}"


async def get_policy(session: AsyncSession, code: str, *, lock: bool = False) -> Policy:
    policy = await repository.get_policy(session, code, lock=lock)
    if policy is None:
        raise PolicyNotFound(f"no policy with code {code}", detail_zh=f"未找到政策 {code}")
    return policy


async def get_version(session: AsyncSession, code: str, number: int) -> PolicyVersion:
    version = await repository.get_version(session, code, number)
    if version is None:
        raise PolicyVersionNotFound(
            f"policy {code} has no version {number}", detail_zh=f"政策 {code} 没有第 {number} 版"
        )
    return version


async def create_policy(session: AsyncSession, principal: Principal, body: PolicyCreate) -> Policy:
    require_maker(principal, body.jurisdiction)
    await check_jurisdiction(session, body.jurisdiction)
    if await repository.get_policy(session, body.code) is not None:
        raise PolicyCodeTaken(
            f"a policy with code {body.code} already exists", detail_zh=f"政策代码 {body.code} 已存在"
        )
    policy = Policy(
        code=body.code,
        title=body.title,
        clause=body.clause,
        source=body.source,
        jurisdiction=body.jurisdiction,
        created_by=principal.sub,
        created_at=utcnow(),
    )
    session.add(policy)
    await session.flush()
    await events.policy_created(session, policy)
    return policy


async def _check_rule_kind(session: AsyncSession, code: str, rule_kind: str) -> None:
    """One rule kind per policy: the engine that applies the policy reads one parameter schema."""
    existing = await repository.rule_kinds_of(session, code)
    if existing and rule_kind not in existing:
        kinds_text = ", ".join(sorted(existing))
        raise Unprocessable(
            f"policy {code} has versions of rule kind {kinds_text}; a new version must keep it",
            detail_zh=f"政策 {code} 的规则类型为 {kinds_text}，新版本必须保持一致",
            errors=[FieldError("rule_kind", f"must be {kinds_text}", f"应为 {kinds_text}")],
        )


async def create_version(
    session: AsyncSession, principal: Principal, code: str, body: PolicyVersionCreate
) -> PolicyVersion:
    """A new draft, or (``status = published``) a version published at once."""
    policy = await get_policy(session, code, lock=True)
    require_maker(principal, policy.jurisdiction)
    if body.effective_to is not None and body.effective_to < body.effective_from:
        raise Unprocessable(
            "effective_to is before effective_from",
            detail_zh="失效日期早于生效日期",
            errors=[
                FieldError("effective_to", "must be on or after effective_from", "应不早于 effective_from")
            ],
        )
    parameters = kinds.validate_parameters(body.rule_kind, body.parameters)
    await _check_rule_kind(session, code, body.rule_kind)
    now = utcnow()
    version = PolicyVersion(
        policy_code=code,
        version=await repository.next_version_number(session, code),
        effective_from=body.effective_from,
        effective_to=body.effective_to,
        rule_kind=body.rule_kind,
        parameters=parameters,
        clause=body.clause or policy.clause,
        source=body.source or policy.source,
        provisional=body.provisional,
        status=DRAFT,
        created_by=principal.sub,
        created_at=now,
    )
    session.add(version)
    await session.flush()
    if body.status == PUBLISHED:
        await _publish(session, principal, policy, version)
    else:
        await events.version_changed(session, policy, version, actor=principal.sub)
    return version


async def publish_version(
    session: AsyncSession, principal: Principal, code: str, number: int
) -> PolicyVersion:
    policy = await get_policy(session, code, lock=True)
    require_maker(principal, policy.jurisdiction)
    version = await get_version(session, code, number)
    if version.status == PUBLISHED:
        raise VersionImmutable(
            f"version {number} of {code} is already published; published versions never change — "
            "draft a new version instead",
            detail_zh=f"政策 {code} 第 {number} 版已发布，已发布版本不可修改，请起草新版本",
        )
    await _publish(session, principal, policy, version)
    return version


def _overlaps(a_from: dt.date, a_to: dt.date | None, b_from: dt.date, b_to: dt.date | None) -> bool:
    return (b_to is None or a_from <= b_to) and (a_to is None or b_from <= a_to)


def _predecessor(others: Sequence[PolicyVersion], version: PolicyVersion) -> PolicyVersion | None:
    """The open-ended published version that starts before ``version`` (closed by publishing it)."""
    return next(
        (o for o in others if o.effective_to is None and o.effective_from < version.effective_from), None
    )


async def _publish(
    session: AsyncSession, principal: Principal, policy: Policy, version: PolicyVersion
) -> None:
    others = [o for o in await repository.published_versions(session, policy.code) if o.id != version.id]
    previous = _predecessor(others, version)
    closing_on = version.effective_from - ONE_DAY
    clashes = [
        o
        for o in others
        if _overlaps(
            version.effective_from,
            version.effective_to,
            o.effective_from,
            closing_on if o is previous else o.effective_to,
        )
    ]
    if clashes:
        named = "; ".join(f"v{o.version} ({_span(o.effective_from, o.effective_to)})" for o in clashes)
        raise VersionsOverlap(
            f"v{version.version} ({_span(version.effective_from, version.effective_to)}) overlaps the "
            f"published {named}; published versions of a policy never overlap",
            detail_zh=f"第 {version.version} 版的有效期与已发布版本重叠：{named}",
            extra={"overlapping_versions": [o.version for o in clashes]},
        )
    now = utcnow()
    trace: list[dict[str, Any]] = [
        {
            "step": "publish",
            "detail": f"v{version.version} published by {principal.sub}, in force "
            f"{_span(version.effective_from, version.effective_to)}",
        }
    ]
    if previous is not None:
        previous.effective_to = closing_on
        trace.append(
            {
                "step": "closed_previous",
                "detail": f"v{previous.version} (in force from {previous.effective_from}, open-ended) now "
                f"ends {closing_on}, the day before v{version.version} takes effect",
                "version": previous.version,
                "effective_to": closing_on.isoformat(),
            }
        )
    version.status = PUBLISHED
    version.published_by = principal.sub
    version.published_at = now
    version.publish_trace = trace
    await session.flush()
    await events.version_changed(session, policy, version, actor=principal.sub, closed=previous)


async def simulate_version(
    session: AsyncSession, principal: Principal, code: str, number: int
) -> SimulationOut:
    """What-if of one version over past cases; the caller runs it in a read-only transaction."""
    policy = await get_policy(session, code)
    if not principal.has(Role.FINANCE_OFFICER):
        require_maker(principal, policy.jurisdiction)
    version = await get_version(session, code, number)
    return await simulation.simulate(session, policy, version)
