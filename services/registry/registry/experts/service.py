"""Use cases of the expert registry. Services flush, never commit: the route owns the transaction.

A municipal admin registers experts and edits any of them; an expert records their own
declaration. Every change bumps the record's version (its ETag) and writes an
:class:`ExpertRevision` with the whole record after it; a write that changes nothing is no change.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from registry.experts import repository
from registry.experts.exceptions import ExpertExists, ExpertNotFound
from registry.experts.models import Expert, ExpertAffiliation, ExpertDeclaredConflict, ExpertRevision
from registry.experts.schemas import (
    AffiliationIn,
    AffiliationOut,
    Declaration,
    DeclarationOut,
    DeclaredConflictOut,
    ExpertChange,
    ExpertPatch,
    ExpertRegistration,
    RegisteredExpertOut,
)
from registry.organizations import repository as organizations
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import FieldError, Forbidden, Unprocessable
from shared.etag import require_match


@dataclass(frozen=True)
class ExpertRecord:
    """An expert with their declared affiliations and conflicts, organizations loaded."""

    expert: Expert
    affiliations: Sequence[ExpertAffiliation]
    conflicts: Sequence[ExpertDeclaredConflict]

    @property
    def id(self) -> uuid.UUID:
        """The expert's id, which list cursors carry."""
        return self.expert.id


def record_out(record: ExpertRecord) -> RegisteredExpertOut:
    expert = record.expert
    declaration: DeclarationOut | None = None
    if expert.declared_at is not None and expert.declared_by is not None:
        declaration = DeclarationOut(
            affiliations=[
                AffiliationOut(
                    organization_id=a.organization_id,
                    organization_name=a.organization.name,
                    organization_uscc=a.organization.uscc,
                    from_date=a.from_date,
                    to_date=a.to_date,
                )
                for a in record.affiliations
            ],
            conflicts=[
                DeclaredConflictOut(organization_id=c.organization_id, center_id=c.center_id, note=c.note)
                for c in record.conflicts
            ],
            declared_by=expert.declared_by,
            declared_at=expert.declared_at,
        )
    return RegisteredExpertOut(
        expert_sub=expert.sub,
        name=expert.name,
        declaration=declaration,
        version=expert.version,
        created_by=expert.created_by,
        created_at=expert.created_at,
        updated_by=expert.updated_by,
        updated_at=expert.updated_at,
    )


def _require_municipal(principal: Principal, what: str, what_zh: str) -> None:
    if not principal.has(Role.MUNICIPAL_ADMIN):
        raise Forbidden(f"only a municipal admin {what}", detail_zh=f"只有市级管理员可以{what_zh}")


def _require_admin_or_self(principal: Principal, sub: str, what: str, what_zh: str) -> None:
    """The city for every expert; an expert for their own record only (by the token's sub)."""
    if principal.has(Role.MUNICIPAL_ADMIN) or (principal.has(Role.EXPERT) and principal.sub == sub):
        return
    raise Forbidden(
        f"only a municipal admin or the expert themself {what}",
        detail_zh=f"只有市级管理员或专家本人可以{what_zh}",
    )


async def load(session: AsyncSession, expert: Expert) -> ExpertRecord:
    """The expert with their declaration, for reads and for the conflict check."""
    return ExpertRecord(
        expert=expert,
        affiliations=await repository.affiliations(session, [expert.id]),
        conflicts=await repository.declared_conflicts(session, [expert.id]),
    )


async def _find(session: AsyncSession, sub: str, *, for_update: bool = False) -> Expert:
    expert = await repository.find(session, sub, for_update=for_update)
    if expert is None:
        raise ExpertNotFound(f"no expert {sub} in the expert registry", detail_zh=f"专家库中没有专家 {sub}")
    return expert


# The declaration.


async def _declaration_errors(session: AsyncSession, data: Declaration, *, prefix: str) -> list[FieldError]:
    """Periods that end before they start or overlap at one organization, conflicts that name no
    party or two, a party declared twice, and ids that name no organization or center."""
    errors: list[FieldError] = []
    known = await organizations.by_ids(
        session,
        [a.organization_id for a in data.affiliations]
        + [c.organization_id for c in data.conflicts if c.organization_id is not None],
    )
    centers = await repository.existing_centers(
        session, [c.center_id for c in data.conflicts if c.center_id is not None]
    )
    for i, affiliation in enumerate(data.affiliations):
        field = f"{prefix}affiliations.{i}"
        if affiliation.organization_id not in known:
            errors.append(FieldError(f"{field}.organization_id", "unknown organization", "未知的机构"))
        if not _ordered(affiliation):
            errors.append(FieldError(f"{field}.to_date", "before from_date", "应早于 from_date"))
            continue
        for j, earlier in enumerate(data.affiliations[:i]):
            same = earlier.organization_id == affiliation.organization_id
            if same and _ordered(earlier) and _overlap(earlier, affiliation):
                errors.append(
                    FieldError(
                        field,
                        f"overlaps {prefix}affiliations.{j} at the same organization",
                        f"与同一机构的 {prefix}affiliations.{j} 时间重叠",
                    )
                )
    seen: dict[uuid.UUID, int] = {}
    for i, conflict in enumerate(data.conflicts):
        field = f"{prefix}conflicts.{i}"
        party = conflict.organization_id or conflict.center_id
        if party is None or (conflict.organization_id is not None and conflict.center_id is not None):
            errors.append(
                FieldError(
                    field,
                    "name exactly one of organization_id and center_id",
                    "organization_id 与 center_id 须且只能填写一个",
                )
            )
            continue
        if conflict.organization_id is not None and conflict.organization_id not in known:
            errors.append(FieldError(f"{field}.organization_id", "unknown organization", "未知的机构"))
        if conflict.center_id is not None and conflict.center_id not in centers:
            errors.append(FieldError(f"{field}.center_id", "unknown center", "未知的中心"))
        if party in seen:
            errors.append(
                FieldError(
                    field,
                    f"declared already as {prefix}conflicts.{seen[party]}",
                    f"已在 {prefix}conflicts.{seen[party]} 中申报",
                )
            )
        seen.setdefault(party, i)
    return errors


def _ordered(period: AffiliationIn) -> bool:
    return period.to_date is None or period.from_date <= period.to_date


def _overlap(one: AffiliationIn, other: AffiliationIn) -> bool:
    """Whether two periods share a day (an open end runs on for ever)."""
    return (other.to_date is None or one.from_date <= other.to_date) and (
        one.to_date is None or other.from_date <= one.to_date
    )


async def _validated(session: AsyncSession, data: Declaration, *, prefix: str) -> None:
    errors = await _declaration_errors(session, data, prefix=prefix)
    if errors:
        raise Unprocessable(
            "the declaration has invalid entries", detail_zh="任职与利益关系申报数据校验未通过", errors=errors
        )


def _same_declaration(record: ExpertRecord, data: Declaration) -> bool:
    if record.expert.declared_at is None:
        return False
    current = (
        [(a.organization_id, a.from_date, a.to_date) for a in record.affiliations],
        [(c.organization_id, c.center_id, c.note) for c in record.conflicts],
    )
    sent = (
        [(a.organization_id, a.from_date, a.to_date) for a in data.affiliations],
        [(c.organization_id, c.center_id, c.note) for c in data.conflicts],
    )
    return current == sent


async def _write_declaration(
    session: AsyncSession, principal: Principal, expert: Expert, data: Declaration
) -> None:
    await repository.clear_declaration(session, expert.id)
    session.add_all(
        ExpertAffiliation(
            id=uuid.uuid4(),
            expert_id=expert.id,
            organization_id=a.organization_id,
            from_date=a.from_date,
            to_date=a.to_date,
            position=i,
        )
        for i, a in enumerate(data.affiliations)
    )
    session.add_all(
        ExpertDeclaredConflict(
            id=uuid.uuid4(),
            expert_id=expert.id,
            organization_id=c.organization_id,
            center_id=c.center_id,
            note=c.note,
            position=i,
        )
        for i, c in enumerate(data.conflicts)
    )
    expert.declared_by = principal.sub
    expert.declared_at = utcnow()
    await session.flush()


async def _revise(
    session: AsyncSession, principal: Principal, expert: Expert, change: ExpertChange
) -> ExpertRecord:
    """Keep the record as it now stands as a new revision, and return it."""
    await session.flush()
    record = await load(session, expert)
    session.add(
        ExpertRevision(
            id=uuid.uuid4(),
            expert_id=expert.id,
            version=expert.version,
            change=change.value,
            record=record_out(record).model_dump(mode="json"),
            changed_by=principal.sub,
            changed_at=expert.updated_at,
        )
    )
    await session.flush()
    return record


def _touch(principal: Principal, expert: Expert) -> None:
    expert.version += 1
    expert.updated_by = principal.sub
    expert.updated_at = utcnow()


# Use cases.


async def register(session: AsyncSession, principal: Principal, data: ExpertRegistration) -> ExpertRecord:
    """A municipal admin registers an expert, with their declaration if it is at hand."""
    _require_municipal(principal, "registers experts", "登记专家")
    if data.declaration is not None:
        await _validated(session, data.declaration, prefix="declaration.")
    if await repository.find(session, data.expert_sub) is not None:
        raise _exists(data.expert_sub)
    now = utcnow()
    expert = Expert(
        id=uuid.uuid4(),
        sub=data.expert_sub,
        name=data.name,
        version=1,
        created_by=principal.sub,
        created_at=now,
        updated_by=principal.sub,
        updated_at=now,
    )
    session.add(expert)
    try:
        await session.flush()
    except IntegrityError as exc:  # the same sub registered by a concurrent request
        raise _exists(data.expert_sub) from exc
    if data.declaration is not None:
        await _write_declaration(session, principal, expert, data.declaration)
    return await _revise(session, principal, expert, ExpertChange.REGISTERED)


def _exists(sub: str) -> ExpertExists:
    return ExpertExists(
        f"expert {sub} is already registered",
        detail_zh=f"专家 {sub} 已登记",
        errors=[FieldError("expert_sub", "already registered", "已登记")],
    )


async def get_expert(session: AsyncSession, principal: Principal, sub: str) -> ExpertRecord:
    _require_admin_or_self(principal, sub, "reads an expert's record", "查看专家信息")
    return await load(session, await _find(session, sub))


async def list_experts(
    session: AsyncSession, principal: Principal, *, limit: int, cursor: str | None, declared: bool | None
) -> list[ExpertRecord]:
    """``limit + 1`` experts with their declarations, for the city only."""
    _require_municipal(principal, "lists the expert registry", "查看专家库")
    experts = await repository.list_page(session, limit=limit, cursor=cursor, declared=declared)
    ids = [e.id for e in experts]
    affiliations = await repository.affiliations(session, ids)
    conflicts = await repository.declared_conflicts(session, ids)
    return [
        ExpertRecord(
            expert=e,
            affiliations=[a for a in affiliations if a.expert_id == e.id],
            conflicts=[c for c in conflicts if c.expert_id == e.id],
        )
        for e in experts
    ]


async def rename(
    session: AsyncSession, principal: Principal, sub: str, data: ExpertPatch, *, if_match: str | None
) -> ExpertRecord:
    """The city corrects an expert's name (the declaration is the expert's, through ``declare``)."""
    _require_municipal(principal, "edits an expert's name", "修改专家姓名")
    expert = await _find(session, sub, for_update=True)
    require_match(if_match, expert.version)
    if expert.name == data.name:
        return await load(session, expert)
    expert.name = data.name
    _touch(principal, expert)
    return await _revise(session, principal, expert, ExpertChange.RENAMED)


async def declare(
    session: AsyncSession, principal: Principal, sub: str, data: Declaration, *, if_match: str | None
) -> ExpertRecord:
    """Record the expert's declaration, replacing the last; both lists empty declares "none"."""
    _require_admin_or_self(principal, sub, "records an expert's declaration", "申报专家的任职与利益关系")
    # Locked: two declarations take turns, so If-Match and the version never skip a change.
    expert = await _find(session, sub, for_update=True)
    require_match(if_match, expert.version)
    await _validated(session, data, prefix="")
    record = await load(session, expert)
    if _same_declaration(record, data):
        return record
    await _write_declaration(session, principal, expert, data)
    _touch(principal, expert)
    return await _revise(session, principal, expert, ExpertChange.DECLARED)


async def history(
    session: AsyncSession, principal: Principal, sub: str, *, limit: int, cursor: str | None
) -> Sequence[ExpertRevision]:
    """``limit + 1`` revisions of the expert's record, oldest first."""
    _require_admin_or_self(principal, sub, "reads an expert's history", "查看专家信息的变更记录")
    expert = await _find(session, sub)
    return await repository.revisions_page(session, expert.id, limit=limit, cursor=cursor)
