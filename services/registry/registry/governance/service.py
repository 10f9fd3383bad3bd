"""Use cases on center members and governance. Services flush, never commit: the route owns the
transaction.

The route loads the center with ``registry.centers.service.get_visible`` (404/403 by scope) and
hands it in: centers.service calls ``approval_gaps_for`` from here for the approve action, so this
module must not import centers.service back.
"""

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers.models import Center
from registry.centers.schemas import Mode
from registry.centers.uscc import uscc_problem, uscc_problem_zh
from registry.governance import events, repository
from registry.governance.exceptions import (
    GovernanceNotApplicable,
    LeadSetByCenter,
    MemberExists,
    MemberNotFound,
)
from registry.governance.models import CenterGovernance, CenterMember, new_member
from registry.governance.rules import MemberFacts, approval_gaps
from registry.governance.schemas import GovernanceDocument, MemberCreate, MemberRole
from registry.organizations import repository as organizations
from shared.auth import Principal, acts_for
from shared.db import utcnow
from shared.errors import FieldError, Forbidden, Unprocessable
from shared.etag import require_match


def may_manage(principal: Principal, center: Center) -> bool:
    """Who edits a center's members and governance: the city, its district, the center itself."""
    return acts_for(principal, district=center.district, center_id=center.id)


def _ensure_may_manage(principal: Principal, center: Center) -> None:
    if not may_manage(principal, center):
        raise Forbidden(
            "only a municipal admin, the center's district admin or the center itself edits this",
            detail_zh="只有市级管理员、所在区管理员或创新中心本身可以修改",
        )


# Members.


async def add_member(
    session: AsyncSession, principal: Principal, center: Center, data: MemberCreate
) -> CenterMember:
    """Load ``center`` ``for_update``: member changes take turns, so ``members_version`` never skips."""
    _ensure_may_manage(principal, center)
    if data.role is MemberRole.LEAD:
        raise _lead_set_by_center(center)
    organization = await organizations.get(session, data.organization_id)
    if organization is None:
        raise Unprocessable(
            f"no organization {data.organization_id}",
            detail_zh=f"未找到单位 {data.organization_id}",
            errors=[FieldError("organization_id", "unknown organization", "未知的机构")],
        )
    if await repository.find_member(session, center.id, organization.id, data.role.value) is not None:
        raise _member_exists(data)
    member = new_member(principal, center, organization, data.role.value)
    session.add(member)
    try:
        await session.flush()
    except IntegrityError as exc:
        # The same organization and role added by a concurrent request.
        raise _member_exists(data) from exc
    center.members_version += 1
    await session.flush()
    await events.members_changed(session, center, change="added", member=member, actor=principal.sub)
    return member


def _lead_set_by_center(center: Center) -> LeadSetByCenter:
    return LeadSetByCenter(
        "a center has exactly one lead, its lead_organization: change it with "
        f'PATCH /api/v1/centers/{center.id} {{"lead_organization": ...}}',
        detail_zh="创新中心有且只有一个牵头单位，即其 lead_organization；"
        "如需更换，请修改创新中心的 lead_organization",
    )


def _member_exists(data: MemberCreate) -> MemberExists:
    return MemberExists(
        f"organization {data.organization_id} is already a {data.role.value} of this center",
        detail_zh=f"该单位已是本创新中心的 {data.role.value}",
    )


async def list_members(
    session: AsyncSession, center: Center, *, limit: int, cursor: str | None, role: str | None
) -> Sequence[CenterMember]:
    return await repository.list_members_page(session, center.id, limit=limit, cursor=cursor, role=role)


async def remove_member(
    session: AsyncSession, principal: Principal, center: Center, member_id: uuid.UUID
) -> None:
    """Load ``center`` ``for_update``, as for ``add_member``."""
    _ensure_may_manage(principal, center)
    member = await repository.get_member(session, center.id, member_id)
    if member is None:
        raise MemberNotFound(
            f"no member {member_id} in center {center.id}", detail_zh=f"该创新中心没有成员 {member_id}"
        )
    if member.role == MemberRole.LEAD.value:
        raise _lead_set_by_center(center)
    await session.delete(member)
    center.members_version += 1
    await session.flush()
    await events.members_changed(session, center, change="removed", member=member, actor=principal.sub)


# Governance.


def document_of(governance: CenterGovernance | None) -> GovernanceDocument | None:
    return None if governance is None else GovernanceDocument.model_validate(governance.document)


async def approval_gaps_for(session: AsyncSession, center: Center) -> list[FieldError]:
    """What the center still lacks for approval (DESIGN 2), loading its governance or members."""
    governance: GovernanceDocument | None = None
    members: list[MemberFacts] = []
    if center.mode == Mode.SELF_BUILT.value:
        rows = await repository.member_roles_and_types(session, center.id)
        members = [MemberFacts(role=role, organization_type=type_) for role, type_ in rows]
    else:
        governance = document_of(await repository.get_governance(session, center.id))
    return approval_gaps(center.mode, governance, members)


async def get_governance(
    session: AsyncSession, center: Center
) -> tuple[CenterGovernance | None, list[FieldError]]:
    """The center's governance (None before the first PUT) and its gaps."""
    governance = await repository.get_governance(session, center.id)
    return governance, await approval_gaps_for(session, center)


def _document_errors(data: GovernanceDocument) -> list[FieldError]:
    """Malformed codes and impossible shares: refused at once, unlike gaps, which may wait."""
    codes: list[tuple[str, str | None]] = []
    if data.legal_entity is not None:
        codes.append(("legal_entity.uscc", data.legal_entity.uscc))
        codes.extend(
            (f"legal_entity.shareholders.{i}.uscc", s.uscc)
            for i, s in enumerate(data.legal_entity.shareholders)
        )
    if data.alliance is not None:
        codes.extend(
            (f"alliance.member_units.{i}.uscc", u.uscc) for i, u in enumerate(data.alliance.member_units)
        )
    errors = [
        FieldError(field, problem, uscc_problem_zh(code))
        for field, code in codes
        if code is not None and (problem := uscc_problem(code)) is not None
    ]
    if data.legal_entity is not None:
        total = sum((s.share_ratio or Decimal(0) for s in data.legal_entity.shareholders), Decimal(0))
        if total > 100:
            errors.append(
                FieldError(
                    "legal_entity.shareholders",
                    f"the share ratios add up to {total}%, more than 100%",
                    f"持股比例合计 {total}%，超过 100%",
                )
            )
    return errors


def _normalized(data: GovernanceDocument) -> GovernanceDocument:
    """USCCs upper-case without surrounding white space, as everywhere in registry."""
    copy = data.model_copy(deep=True)
    if copy.legal_entity is not None:
        entity = copy.legal_entity
        entity.uscc = entity.uscc.strip().upper() if entity.uscc else None
        for shareholder in entity.shareholders:
            shareholder.uscc = shareholder.uscc.strip().upper() if shareholder.uscc else None
    if copy.alliance is not None:
        for unit in copy.alliance.member_units:
            unit.uscc = unit.uscc.strip().upper() if unit.uscc else None
    return copy


async def put_governance(
    session: AsyncSession,
    principal: Principal,
    center: Center,
    data: GovernanceDocument,
    *,
    if_match: str | None,
) -> tuple[CenterGovernance, list[FieldError]]:
    """Replace the center's governance (`四(一)`); the same document again changes nothing.

    Load ``center`` ``for_update``: concurrent PUTs on one center then take turns and versions
    never skip.
    """
    _ensure_may_manage(principal, center)
    if center.mode != Mode.CORPORATE_ALLIANCE.value:
        raise GovernanceNotApplicable(
            "a self-built center has no corporate governance: its innovators are its members (四(二))",
            detail_zh="自主建设模式的创新中心没有企业法人治理结构，其创新主体为中心成员（四(二)）",
        )
    current = await repository.get_governance(session, center.id, for_update=True)
    # Version 0 (ETag "0") is the empty governance a GET shows before the first PUT.
    require_match(if_match, current.version if current else 0)
    data = _normalized(data)
    errors = _document_errors(data)
    if errors:
        raise Unprocessable(
            "the governance has invalid data", detail_zh="治理结构数据校验未通过", errors=errors
        )
    document = data.model_dump(mode="json")
    now = utcnow()
    if current is None:
        current = CenterGovernance(
            center_id=center.id,
            version=1,
            document=document,
            created_at=now,
            updated_at=now,
            updated_by=principal.sub,
        )
        session.add(current)
    elif current.document == document:
        return current, await approval_gaps_for(session, center)
    else:
        current.document = document
        current.version += 1
        current.updated_at = now
        current.updated_by = principal.sub
    await session.flush()
    await events.governance_changed(session, current)
    return current, await approval_gaps_for(session, center)
