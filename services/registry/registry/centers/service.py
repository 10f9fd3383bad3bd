"""Use cases on centers. Services flush, never commit: the route owns the transaction."""

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers import events, lifecycle, repository
from registry.centers.exceptions import (
    ActionNotAllowed,
    CenterNotFound,
    SubSectorTaken,
    UpgradeConflict,
    UpgradeNotAllowed,
)
from registry.centers.lifecycle import Action, Status
from registry.centers.models import Center, CenterAction, CenterRecord, CenterUpgrade
from registry.centers.placement import Placement, place
from registry.centers.schemas import CenterCreate, CenterPatch, Mode, UpgradeCreate
from registry.centers.uscc import uscc_problem, uscc_problem_zh
from registry.evaluations.models import CenterEvaluation
from registry.evaluations.revocation import close_open_evaluations
from registry.governance import events as member_events
from registry.governance.exceptions import GovernanceIncomplete
from registry.governance.lead import set_lead
from registry.governance.service import approval_gaps_for
from registry.organizations import service as organizations
from registry.reference import filters as reference_filters
from registry.reference import matching
from registry.reference import repository as reference
from shared.auth import Principal, Role, is_own, list_scope
from shared.contracts.registry import TIER_ORDER
from shared.db import Reader, advisory_lock, utcnow
from shared.errors import FieldError, Forbidden, Unprocessable
from shared.etag import require_match
from shared.pagination import Sort


async def _reference_errors(session: AsyncSession, data: CenterCreate | CenterPatch) -> list[FieldError]:
    """Every field that names unknown reference data or carries a bad USCC (a PATCH may omit any)."""
    errors: list[FieldError] = []
    if data.cluster_code is not None and not await reference.industry_exists(session, data.cluster_code):
        errors.append(
            FieldError(
                "cluster_code",
                f"unknown cluster or industry: {data.cluster_code}",
                f"未知的产业集群或未来产业：{data.cluster_code}",
            )
        )
    if data.district is not None and not await reference.district_exists(session, data.district):
        errors.append(
            FieldError("district", f"unknown district: {data.district}", f"未知的区：{data.district}")
        )
    if data.lead_organization is not None:
        lead_uscc = data.lead_organization.uscc.strip().upper()
        problem = uscc_problem(lead_uscc)
        if problem:
            errors.append(FieldError("lead_organization.uscc", problem, uscc_problem_zh(lead_uscc)))
    return errors


# Statuses in which the applicant side may still edit; a municipal admin may correct any live center.
_EDITABLE_BY_APPLICANT = frozenset({Status.DRAFT.value, Status.RETURNED.value})
_CLOSED = frozenset({Status.REJECTED.value, Status.WITHDRAWN.value, Status.REVOKED.value})


async def update_center(
    session: AsyncSession,
    principal: Principal,
    center_id: uuid.UUID,
    data: CenterPatch,
    *,
    if_match: str | None,
) -> Center:
    """Edit a center's fields under optimistic concurrency (``If-Match`` on its version)."""
    center = await get_visible(session, principal, center_id, for_update=True)
    require_match(if_match, center.version)
    if center.status in _CLOSED:
        raise ActionNotAllowed(
            f"a {center.status} center is closed for edits",
            detail_zh=f"状态为 {center.status} 的中心不能再修改",
        )
    is_municipal = principal.has(Role.MUNICIPAL_ADMIN)
    if not is_municipal:
        applicant = is_own(principal, district=center.district, center_id=center.id)
        if not applicant:
            raise Forbidden("your role may not edit this center", detail_zh="您的角色不能修改该创新中心")
        if center.status not in _EDITABLE_BY_APPLICANT:
            raise ActionNotAllowed(
                f"the applicant edits only a draft or returned center (status is {center.status})",
                detail_zh=f"申报方只能修改草稿或退回状态的中心（当前 {center.status}）",
            )
        if data.district is not None and data.district != center.district:
            raise Forbidden(
                "only a municipal admin moves a center to another district",
                detail_zh="只有市级管理员可以变更中心所在区",
            )
    errors = await _reference_errors(session, data)
    if errors:
        raise Unprocessable(
            "the center refers to unknown or invalid data",
            detail_zh="创新中心数据引用了未知或无效的值",
            errors=errors,
        )
    cluster_code = data.cluster_code or center.cluster_code
    sub_sector = data.sub_sector or center.sub_sector
    current = Placement(code=center.sub_sector_code, key=center.sub_sector_key)
    placement = current
    if cluster_code != center.cluster_code or matching.normalize(sub_sector) != center.sub_sector_key:
        # Re-mapped: the same text in the same cluster keeps its link, even if the catalogue moved on.
        placement = await place(session, cluster_code, sub_sector)
    if cluster_code != center.cluster_code or placement != current:
        await _one_center_per_sub_sector(
            session,
            principal,
            cluster_code=cluster_code,
            placement=placement,
            sub_sector=sub_sector,
            justification=data.override_justification,
            exclude=center.id,
        )
        if data.override_justification is not None:
            center.override_justification, center.override_by = data.override_justification, principal.sub
    changed: list[str] = []
    if placement != current:
        center.sub_sector_code, center.sub_sector_key = placement.code, placement.key
        if placement.code != current.code:
            changed.append("sub_sector_code")
    for field in ("name", "mode", "cluster_code", "sub_sector", "district"):
        value = getattr(data, field)
        if value is not None:
            value = value.value if isinstance(value, Mode) else value
            if getattr(center, field) != value:
                setattr(center, field, value)
                changed.append(field)
    lead_change = None
    if data.lead_organization is not None:
        lead = await organizations.find_or_register(
            session, principal, data.lead_organization, district=center.district, field="lead_organization"
        )
        lead_change = await set_lead(session, principal, center, lead)
        if lead_change is not None:
            changed.append("lead_organization")
    if changed:
        center.version += 1
        center.updated_at = utcnow()
        await session.flush()
        await events.center_updated(session, center, changed_fields=changed, actor=principal.sub)
    if lead_change is not None:
        await member_events.members_changed(
            session,
            center,
            change="lead_changed",
            member=lead_change.lead,
            previous=lead_change.previous,
            actor=principal.sub,
        )
    return center


def _may_create(principal: Principal, district: str) -> bool:
    if principal.has(Role.MUNICIPAL_ADMIN):
        return True
    return principal.has(Role.DISTRICT_ADMIN) and principal.district == district


LIVE_STATUSES = frozenset(s.value for s in Status) - {
    Status.REJECTED.value,
    Status.WITHDRAWN.value,
    Status.REVOKED.value,
}


async def _one_center_per_sub_sector(
    session: AsyncSession,
    principal: Principal,
    *,
    cluster_code: str,
    placement: Placement,
    sub_sector: str,
    justification: str | None,
    exclude: uuid.UUID | None,
) -> None:
    """`二`: "原则上在一个细分行业领域布局一家" — a second live center in the same cluster and
    sub-sector is refused unless a municipal admin overrides it with a written justification.
    "The same sub-sector" is the same listed one where the center links to the catalogue, else
    the same text once normalized. Any live center counts, whatever its tier: the plan does
    not exempt upgraded ones."""
    await advisory_lock(session, placement.lock_key(cluster_code))
    existing = await repository.live_in_sub_sector(
        session,
        cluster_code,
        code=placement.code,
        key=placement.key,
        statuses=LIVE_STATUSES,
        exclude=exclude,
    )
    if not existing:
        return
    if justification is not None and principal.has(Role.MUNICIPAL_ADMIN):
        return
    names = "、".join(c.name for c in existing)
    raise SubSectorTaken(
        f"the sub-sector '{sub_sector}' of {cluster_code} already has a center ({names}); "
        "a municipal admin may override with override_justification",
        detail_zh=f"细分行业领域“{sub_sector}”已布局创新中心（{names}），原则上一个领域一家；"
        "如确需布局，须由市级管理员填写 override_justification 说明理由",
        extra={
            "existing_center_ids": [str(c.id) for c in existing],
            "sub_sector_code": placement.code,
        },
    )


async def create_center(session: AsyncSession, principal: Principal, data: CenterCreate) -> Center:
    if not _may_create(principal, data.district):
        raise Forbidden(
            "only a municipal admin, or the district admin of the center's district, registers a center",
            detail_zh="只有市级管理员或所在区管理员可以登记创新中心",
        )
    errors = await _reference_errors(session, data)
    if errors:
        raise Unprocessable(
            "the center refers to unknown or invalid data",
            detail_zh="创新中心数据引用了未知或无效的值",
            errors=errors,
        )
    placement = await place(session, data.cluster_code, data.sub_sector)
    await _one_center_per_sub_sector(
        session,
        principal,
        cluster_code=data.cluster_code,
        placement=placement,
        sub_sector=data.sub_sector,
        justification=data.override_justification,
        exclude=None,
    )
    lead = await organizations.find_or_register(
        session, principal, data.lead_organization, district=data.district, field="lead_organization"
    )
    now = utcnow()
    center = Center(
        id=uuid.uuid4(),
        name=data.name,
        mode=data.mode.value,
        cluster_code=data.cluster_code,
        sub_sector=data.sub_sector.strip(),
        sub_sector_code=placement.code,
        sub_sector_key=placement.key,
        district=data.district,
        lead_organization_id=lead.id,
        lead_organization_name=lead.name,
        lead_organization_uscc=lead.uscc,
        lead_organization_type=lead.type,
        status=Status.DRAFT.value,
        tier="municipal",
        version=1,
        members_version=0,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
        override_justification=data.override_justification,
        override_by=principal.sub if data.override_justification else None,
    )
    session.add(center)
    await session.flush()
    change = await set_lead(session, principal, center, lead)
    members = [member_events.member_of(change.lead)] if change else []
    await events.center_created(session, center, members=members)
    return center


# Roles that work city-wide and therefore see every center.
CITY_WIDE_ROLES = (
    Role.MUNICIPAL_ADMIN,
    Role.EXPERT,
    Role.FINANCE_OFFICER,
    Role.TALENT_OFFICER,
    Role.SCENARIO_PUBLISHER,
    Role.INTEGRATION,
)


def can_see(principal: Principal, center: CenterRecord) -> bool:
    """Scoping (DESIGN 7): district admins see their district, center users their center."""
    return principal.has(*CITY_WIDE_ROLES) or is_own(principal, district=center.district, center_id=center.id)


async def get_visible(
    session: AsyncSession, principal: Principal, center_id: uuid.UUID, *, for_update: bool = False
) -> Center:
    center = await repository.get(session, center_id, for_update=for_update)
    if center is None:
        raise _not_found(center_id)
    _ensure_visible(principal, center)
    return center


async def read_visible(db: Reader, principal: Principal, center_id: uuid.UUID) -> CenterRecord:
    """Like :func:`get_visible` for showing a center only: a plain row, no ORM object."""
    center = await repository.get_row(db, center_id)
    if center is None:
        raise _not_found(center_id)
    _ensure_visible(principal, center)
    return center


def _not_found(center_id: uuid.UUID) -> CenterNotFound:
    return CenterNotFound(f"no center {center_id}", detail_zh=f"未找到创新中心 {center_id}")


def _ensure_visible(principal: Principal, center: CenterRecord) -> None:
    if not can_see(principal, center):
        raise Forbidden(
            "this center is outside your district or organization",
            detail_zh="该创新中心不在您的管辖或所属范围内",
        )


async def take_action(
    session: AsyncSession, principal: Principal, center_id: uuid.UUID, action: Action, comment: str | None
) -> Center:
    center = await get_visible(session, principal, center_id, for_update=True)
    kinds = lifecycle.actor_kinds(
        principal.roles,
        same_district=principal.district == center.district,
        own_center=principal.center_id == center.id,
    )
    if not lifecycle.may_take(action, kinds):
        raise Forbidden(
            f"your role may not {action.value} this center",
            detail_zh=f"您的角色不能对该创新中心执行 {action.value}",
        )
    current = Status(center.status)
    target = lifecycle.next_status(action, current)
    if target is Status.APPROVED:
        gaps = await approval_gaps_for(session, center)
        if gaps:
            raise GovernanceIncomplete(
                "the center lacks what the work plan (四) requires before approval: "
                + "; ".join(f"{g.field}: {g.message}" for g in gaps),
                detail_zh="该中心尚不满足工作方案第四部分的建设要求，不能批准："
                + "；".join(g.field for g in gaps),
                errors=gaps,
            )
    if target is None:
        raise ActionNotAllowed(
            f"'{action.value}' is not allowed from status '{current.value}'",
            detail_zh=f"当前状态 {current.value} 下不能执行 {action.value}",
        )
    now = utcnow()
    record = CenterAction(
        id=uuid.uuid4(),
        center_id=center.id,
        action=action.value,
        from_status=current.value,
        to_status=target.value,
        actor=principal.sub,
        actor_role=principal.primary_role,
        comment=comment,
        created_at=now,
    )
    center.status = target.value
    center.version += 1
    center.updated_at = now
    session.add(record)
    await session.flush()
    closed: Sequence[CenterEvaluation] = ()
    if target is Status.REVOKED:
        closed = await close_open_evaluations(session, center, record)
    await events.center_status_changed(session, center, record, closed_evaluation_ids=[e.id for e in closed])
    return center


def _same_upgrade(existing: CenterUpgrade, data: UpgradeCreate) -> bool:
    return (
        existing.approved_on == data.approved_on
        and existing.document_no == data.document_no
        and existing.total_share_capital == data.total_share_capital
        and existing.paid_in_capital == data.paid_in_capital
        and existing.requires_matching_funds == data.requires_matching_funds
    )


async def upgrade(
    session: AsyncSession, principal: Principal, center_id: uuid.UUID, data: UpgradeCreate
) -> tuple[CenterUpgrade, Center, bool]:
    """Record an upgrade (`二`, `五(一)`); returns (upgrade, center, created).

    The same upgrade sent again is a no-op (no second event); a tier never goes down. The center
    stays locked until the caller's transaction ends, so concurrent upgrades and a revocation
    take turns.
    """
    if not principal.has(Role.MUNICIPAL_ADMIN):
        raise Forbidden("only a municipal admin records an upgrade", detail_zh="只有市级管理员可以登记升级")
    found = await repository.lock_with_upgrade(session, center_id, data.to_tier)
    if found is None:
        raise _not_found(center_id)
    center, existing = found
    _ensure_visible(principal, center)
    if existing is not None:
        if _same_upgrade(existing, data):
            return existing, center, False
        raise UpgradeConflict(
            f"center already upgraded to {data.to_tier} with different facts",
            detail_zh=f"该中心已升级为 {data.to_tier}，且登记信息不同",
        )
    if center.status != Status.OPERATING.value:
        raise UpgradeNotAllowed(
            f"only an operating center is upgraded (status is {center.status})",
            detail_zh=f"只有运行中的创新中心可以升级（当前状态 {center.status}）",
        )
    if TIER_ORDER[data.to_tier] <= TIER_ORDER[center.tier]:
        raise UpgradeNotAllowed(
            f"a tier never goes down: {center.tier} → {data.to_tier}",
            detail_zh=f"层级不能降低或持平：{center.tier} → {data.to_tier}",
        )
    if data.approved_on > dt.datetime.now(dt.UTC).date():
        raise Unprocessable(
            "the approval date is in the future",
            detail_zh="批准日期不能晚于今天",
            errors=[FieldError("approved_on", "must not be in the future", "不能是将来的日期")],
        )
    now = utcnow()
    record = CenterUpgrade(
        id=uuid.uuid4(),
        center_id=center.id,
        from_tier=center.tier,
        to_tier=data.to_tier,
        approved_on=data.approved_on,
        approving_authority=data.approving_authority,
        document_no=data.document_no,
        total_share_capital=data.total_share_capital,
        paid_in_capital=data.paid_in_capital,
        requires_matching_funds=data.requires_matching_funds,
        recorded_by=principal.sub,
        created_at=now,
    )
    center.tier = data.to_tier
    center.version += 1
    center.updated_at = now
    writes = repository.upgrade_writes(center, record)
    await events.center_upgraded(session, center, record, together_with=writes)
    return record, center, True


async def list_centers(
    db: Reader,
    principal: Principal,
    *,
    limit: int | None,
    cursor: str | None,
    sort: Sort,
    filters: dict[str, str | None],
    text: str | None = None,
    flags: dict[str, bool | None] | None = None,
) -> Sequence[CenterRecord]:
    """A page of the centers in the caller's scope; a filter naming unknown reference data is 422."""
    scope = list_scope(principal, city_wide=CITY_WIDE_ROLES)
    if scope is None:
        raise Forbidden("your role may not list centers", detail_zh="您的角色不能查看创新中心列表")
    rows = await repository.list_page(
        db,
        limit=limit,
        cursor=cursor,
        sort=sort,
        filters=filters,
        text=text,
        flags=flags or {},
        district_scope=scope.district,
        center_scope=scope.center_id,
    )
    if not rows:
        named = {name: filters.get(name) for name in reference_filters.BY_PARAMETER}
        await reference_filters.refuse_unknown(db, named)
    return rows


async def history(
    session: AsyncSession, principal: Principal, center_id: uuid.UUID
) -> Sequence[CenterAction]:
    """Every lifecycle action of a center, oldest first, for whoever may see the center."""
    center = await get_visible(session, principal, center_id)
    return await repository.history(session, center.id)
