"""Use cases of the annual evaluation (DESIGN 2). Services flush, never commit: the route owns the
transaction.

The clock is the caller's: every rule about days (a full year of operation, the one-year
rectification, which version of the grading rule is in force) compares with the ``today`` the
route passes in (``datetime.now(UTC).date()``), never with a clock read here. The acceptance
time is read, unaltered, from the center's history (``center_action`` "accept"). There is no
test-only setting, clock override or relaxed rule: production behaves exactly as written. Tests,
which cannot wait a year, move that one accept row into the past through the registry's own
sessionmaker (``tests.evaluation_flows.backdate_acceptance``), their only direct table write.
"""

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers import repository as centers
from registry.centers.exceptions import CenterNotFound
from registry.centers.lifecycle import Status
from registry.centers.models import Center
from registry.centers.service import can_see, get_visible
from registry.evaluations import conflicts, events, grading, repository
from registry.evaluations.exceptions import (
    CenterNotOperating,
    ConflictOfInterest,
    EvaluationClosed,
    EvaluationConcluded,
    EvaluationExists,
    EvaluationNotFound,
    ExpertAlreadyAssigned,
    ExpertUndeclared,
    NoGradingRule,
    NoScores,
    NotAFullYear,
    RecheckNotApplicable,
)
from registry.evaluations.models import CenterEvaluation, EvaluationExpert, GradingRule
from registry.evaluations.schemas import (
    EvaluationCreate,
    EvaluationStatus,
    ExpertAssign,
    RecheckIn,
    RectificationFlag,
    ScoreSheet,
)
from registry.experts import repository as experts
from registry.experts.service import ExpertRecord
from registry.experts.service import load as load_expert
from registry.governance import repository as governance
from registry.governance.schemas import MemberRole
from registry.governance.service import document_of
from registry.meta.labels import ENUM_LABELS
from registry.organizations.models import Organization
from shared.auth import Principal, Role
from shared.db import utcnow
from shared.errors import FieldError, Forbidden, Unprocessable
from shared.etag import require_match

# "运行满一年": at least this many days between acceptance and the report.
FULL_YEAR = dt.timedelta(days=365)
# 不合格 opens a rectification of one year from the conclusion.
RECTIFICATION_PERIOD = dt.timedelta(days=365)


def _require_municipal(principal: Principal, what: str, what_zh: str) -> None:
    if not principal.has(Role.MUNICIPAL_ADMIN):
        raise Forbidden(f"only a municipal admin {what}", detail_zh=f"只有市级管理员可以{what_zh}")


async def _load(
    session: AsyncSession, principal: Principal, evaluation_id: uuid.UUID, *, for_update: bool = False
) -> tuple[CenterEvaluation, Center]:
    """The evaluation and its center, for whoever may see the center (404/403 otherwise)."""
    evaluation = await repository.get(session, evaluation_id, for_update=for_update)
    if evaluation is None:
        raise EvaluationNotFound(
            f"no evaluation {evaluation_id}", detail_zh=f"未找到年度评估 {evaluation_id}"
        )
    center = await centers.get(session, evaluation.center_id)
    if center is None:  # the foreign key makes this impossible; kept for the type checker
        raise CenterNotFound(f"no center {evaluation.center_id}", detail_zh="未找到创新中心")
    if not can_see(principal, center):
        raise Forbidden(
            "this evaluation's center is outside your district or organization",
            detail_zh="该年度评估所属的创新中心不在您的管辖或所属范围内",
        )
    return evaluation, center


def _touch(evaluation: CenterEvaluation) -> None:
    evaluation.version += 1
    evaluation.updated_at = utcnow()


# Submission.


async def submit(
    session: AsyncSession,
    principal: Principal,
    center_id: uuid.UUID,
    data: EvaluationCreate,
    *,
    today: dt.date,
) -> CenterEvaluation:
    """The center reports one year's indicators once it has operated for a full year.

    "A full year" is at least 365 days between the accept action in the center's history and
    ``today``. The year reported lies between the year of acceptance and the current year.
    """
    # Locked: two reports for one center take turns, so the per-year check below holds.
    center = await get_visible(session, principal, center_id, for_update=True)
    own_center = principal.has(Role.CENTER_USER) and principal.center_id == center.id
    if not (principal.has(Role.MUNICIPAL_ADMIN) or own_center):
        raise Forbidden(
            "only the center itself or a municipal admin reports the yearly indicators",
            detail_zh="只有创新中心本身或市级管理员可以报送年度评估指标",
        )
    if center.status != Status.OPERATING.value:
        raise CenterNotOperating(
            f"only an operating center is evaluated (status is {center.status})",
            detail_zh=f"只有运行中的创新中心参加年度评估（当前状态 {center.status}）",
        )
    accepted = await repository.accepted_at(session, center.id)
    if accepted is None:
        raise CenterNotOperating(
            "the center's history has no acceptance (accept action)",
            detail_zh="该中心的历史记录中没有验收（accept）记录",
        )
    accepted_on = accepted.date()
    eligible_from = accepted_on + FULL_YEAR
    if today < eligible_from:
        raise NotAFullYear(
            f"the center has operated since {accepted_on} (acceptance); the annual evaluation needs "
            f"a full year of operation, so it can report from {eligible_from}",
            detail_zh=f"该中心自 {accepted_on} 验收后运行，运行未满一年，"
            f"自 {eligible_from} 起方可报送年度评估",
            extra={"accepted_on": accepted_on.isoformat(), "eligible_from": eligible_from.isoformat()},
        )
    if not accepted_on.year <= data.year <= today.year:
        raise Unprocessable(
            f"the year must lie between the year of acceptance ({accepted_on.year}) and this year "
            f"({today.year})",
            detail_zh=f"评估年度须在验收年度（{accepted_on.year}）与本年度（{today.year}）之间",
            errors=[
                FieldError(
                    "year",
                    f"between {accepted_on.year} and {today.year}",
                    f"应在 {accepted_on.year} 至 {today.year} 之间",
                )
            ],
        )
    existing = await repository.find(session, center.id, data.year)
    if existing is not None:
        raise _exists(center, data.year, existing.id)
    now = utcnow()
    indicators = data.indicators
    evaluation = CenterEvaluation(
        id=uuid.uuid4(),
        center_id=center.id,
        year=data.year,
        status=EvaluationStatus.SUBMITTED.value,
        version=1,
        rd_spend=indicators.rd_spend,
        rd_staff_share=indicators.rd_staff_share,
        patents=indicators.patents,
        standards_led=indicators.standards_led,
        results_commercialized=indicators.results_commercialized,
        enterprises_incubated=indicators.enterprises_incubated,
        sme_services=indicators.sme_services,
        talents_introduced=indicators.talents_introduced,
        talents_trained=indicators.talents_trained,
        financing=indicators.financing,
        submitted_by=principal.sub,
        revocation_proposed=False,
        created_at=now,
        updated_at=now,
    )
    session.add(evaluation)
    try:
        await session.flush()
    except IntegrityError as exc:  # the center row lock makes this a last line of defence
        raise _exists(center, data.year, None) from exc
    return evaluation


def _exists(center: Center, year: int, evaluation_id: uuid.UUID | None) -> EvaluationExists:
    return EvaluationExists(
        f"{center.name} already has an evaluation for {year}",
        detail_zh=f"{center.name} 已有 {year} 年度的评估",
        extra={"evaluation_id": str(evaluation_id)} if evaluation_id else None,
    )


# Reading.


async def get_evaluation(
    session: AsyncSession, principal: Principal, evaluation_id: uuid.UUID
) -> tuple[CenterEvaluation, Sequence[EvaluationExpert]]:
    evaluation, _center = await _load(session, principal, evaluation_id)
    return evaluation, await repository.experts(session, evaluation.id)


async def experts_of(session: AsyncSession, evaluation: CenterEvaluation) -> Sequence[EvaluationExpert]:
    return await repository.experts(session, evaluation.id)


def rectification_flag(concluded: Sequence[CenterEvaluation], *, today: dt.date) -> RectificationFlag:
    """Where a center stands on rectification, from all its concluded evaluations."""
    open_ = [e for e in concluded if e.rectification_due is not None and e.recheck_passed is None]
    latest = max(open_, key=lambda e: (e.year, e.rectification_due or dt.date.min), default=None)
    return RectificationFlag(
        under_rectification=latest is not None,
        evaluation_id=latest.id if latest else None,
        rectification_due=latest.rectification_due if latest else None,
        overdue=bool(latest and latest.rectification_due and latest.rectification_due < today),
        revocation_proposed=any(e.revocation_proposed for e in concluded),
    )


async def list_for_center(
    session: AsyncSession,
    principal: Principal,
    center_id: uuid.UUID,
    *,
    limit: int,
    cursor: str | None,
    today: dt.date,
) -> tuple[Sequence[CenterEvaluation], RectificationFlag]:
    center = await get_visible(session, principal, center_id)
    rows = await repository.list_page(session, center.id, limit=limit, cursor=cursor)
    flag = rectification_flag(await repository.concluded_of_center(session, center.id), today=today)
    return rows, flag


async def grading_rules(session: AsyncSession) -> Sequence[GradingRule]:
    return await repository.rules(session)


# Experts.


async def _parties(session: AsyncSession, center: Center) -> list[conflicts.Party]:
    """Every organization tied to the center: its lead, its members, its governance's parties."""
    role_labels = ENUM_LABELS["member_role"]
    lead = conflicts.Party(
        "the center's lead organization", "该中心的牵头单位", organization_id=center.lead_organization_id
    )
    parties = [lead]
    for organization_id, role in await repository.members(session, center.id):
        if role == MemberRole.LEAD.value:
            # The lead member is the center's lead_organization (one lead per center, kept in the
            # same transaction); were it ever another organization, that one counts as well.
            if organization_id != center.lead_organization_id:
                parties.append(replace(lead, organization_id=organization_id))
            continue
        parties.append(
            conflicts.Party(
                f"a member of the center (role {role})",
                f"该中心的成员（{role_labels.get(role, (role, role))[0]}）",
                organization_id=organization_id,
            )
        )
    document = document_of(await governance.get_governance(session, center.id))
    if document is not None:
        named: list[tuple[str | None, str, str]] = []
        entity, alliance = document.legal_entity, document.alliance
        if entity is not None:
            named.append((entity.uscc, "the center's legal entity", "该中心的法人实体"))
            named.extend((s.uscc, "a shareholder of the center", "该中心的股东") for s in entity.shareholders)
        if alliance is not None:
            named.extend(
                (u.uscc, "a member unit of the center's alliance", "该中心联盟的成员单位")
                for u in alliance.member_units
            )
        parties.extend(
            conflicts.Party(f"{what} (governance)", f"{what_zh}（治理结构）", uscc=uscc)
            for uscc, what, what_zh in named
            if uscc is not None
        )
    return parties


def _organization(organization: Organization) -> conflicts.OrganizationFact:
    return conflicts.OrganizationFact(id=organization.id, name=organization.name, uscc=organization.uscc)


async def _conflicts(
    session: AsyncSession, center: Center, record: ExpertRecord, *, on: dt.date
) -> list[conflicts.Reason]:
    """Why the registered expert may not evaluate ``center`` on ``on`` (empty: no conflict)."""
    affiliations = [
        conflicts.Affiliation(
            position=a.position,
            organization=_organization(a.organization),
            from_date=a.from_date,
            to_date=a.to_date,
        )
        for a in record.affiliations
    ]
    declared = [
        conflicts.DeclaredConflict(
            position=c.position,
            note=c.note,
            organization=_organization(c.organization) if c.organization is not None else None,
            center_id=c.center_id,
        )
        for c in record.conflicts
    ]
    return conflicts.reasons(center.id, await _parties(session, center), affiliations, declared, on=on)


async def _declared_expert(session: AsyncSession, sub: str) -> ExpertRecord:
    """The expert's registry record with its declaration; 409 without one (回避 needs it)."""
    # Shared lock: a declaration cannot change between this check and the assignment's commit, so
    # the recorded ``expert_version`` is the one the check read.
    expert = await experts.find(session, sub, for_share=True)
    if expert is None:
        raise ExpertUndeclared(
            f"expert {sub} is not in the expert registry: register them (POST /api/v1/experts) and "
            "record their declaration of affiliations and conflicts before assigning them",
            detail_zh=f"专家 {sub} 未在专家库中登记：请先登记并由其申报任职单位与利益关系，再行指派",
            extra={"expert_sub": sub, "registered": False},
        )
    if expert.declared_at is None:
        raise ExpertUndeclared(
            f"expert {sub} has not declared their affiliations and conflicts "
            f"(PUT /api/v1/experts/{sub}/declaration; none is a declaration too)",
            detail_zh=f"专家 {sub} 尚未申报任职单位与利益关系（无任职、无利益关系也须申报）",
            extra={"expert_sub": sub, "registered": True},
        )
    return await load_expert(session, expert)


async def assign_expert(
    session: AsyncSession,
    principal: Principal,
    evaluation_id: uuid.UUID,
    data: ExpertAssign,
    *,
    today: dt.date,
) -> EvaluationExpert:
    """Assign a declared expert; one tied to the center by the expert registry is refused (回避).

    The affiliations that count are those in force ``today``, the assignment date.
    """
    _require_municipal(principal, "assigns experts", "指派评估专家")
    evaluation, center = await _load(session, principal, evaluation_id, for_update=True)
    _ensure_open(evaluation)
    record = await _declared_expert(session, data.expert_sub)
    reasons = await _conflicts(session, center, record, on=today)
    if reasons:
        raise ConflictOfInterest(
            f"expert {data.expert_sub} has a conflict of interest with {center.name}: "
            + "; ".join(r.message for r in reasons),
            detail_zh=f"专家 {data.expert_sub} 与 {center.name} 存在利益关联，应当回避："
            + "；".join(r.message_zh for r in reasons),
            errors=[FieldError(r.field, r.message, r.message_zh) for r in reasons],
            extra={"expert_sub": data.expert_sub, "expert_version": record.expert.version},
        )
    if await repository.find_expert(session, evaluation.id, data.expert_sub) is not None:
        raise _already_assigned(data.expert_sub)
    expert = EvaluationExpert(
        id=uuid.uuid4(),
        evaluation_id=evaluation.id,
        expert_sub=data.expert_sub,
        expert_version=record.expert.version,
        assigned_by=principal.sub,
        scores=None,
        scores_version=0,
        created_at=utcnow(),
    )
    session.add(expert)
    if evaluation.status == EvaluationStatus.SUBMITTED.value:
        evaluation.status = EvaluationStatus.UNDER_REVIEW.value
    _touch(evaluation)
    try:
        await session.flush()
    except IntegrityError as exc:  # the evaluation row lock makes this a last line of defence
        raise _already_assigned(data.expert_sub) from exc
    return expert


def _already_assigned(expert_sub: str) -> ExpertAlreadyAssigned:
    return ExpertAlreadyAssigned(
        f"expert {expert_sub} is already assigned to this evaluation",
        detail_zh=f"专家 {expert_sub} 已被指派参加本次评估",
    )


def _ensure_open(evaluation: CenterEvaluation) -> None:
    """Experts, scores and the conclusion only while the evaluation is open (409 otherwise)."""
    if evaluation.status == EvaluationStatus.CONCLUDED.value:
        raise EvaluationConcluded(
            f"the {evaluation.year} evaluation is concluded", detail_zh=f"{evaluation.year} 年度评估已评定"
        )
    if evaluation.status == EvaluationStatus.CLOSED_BY_REVOCATION.value:
        raise EvaluationClosed(
            f"the {evaluation.year} evaluation was closed when the center was revoked",
            detail_zh=f"该中心已被撤销，{evaluation.year} 年度评估已终止",
            extra={"closed_by_action_id": str(evaluation.closed_by_action_id)},
        )


async def put_scores(
    session: AsyncSession,
    principal: Principal,
    evaluation_id: uuid.UUID,
    expert_sub: str,
    data: ScoreSheet,
    *,
    if_match: str | None,
) -> EvaluationExpert:
    """An assigned expert fills in, or revises until the conclusion, their own score sheet.

    ``If-Match`` is optional here (only the expert writes the sheet); when sent it must match.
    """
    # Locked: a score and the conclusion take turns, so a conclusion never misses a saved sheet.
    evaluation, _center = await _load(session, principal, evaluation_id, for_update=True)
    if not (principal.has(Role.EXPERT) and principal.sub == expert_sub):
        raise Forbidden(
            "only the expert themself fills in their score sheet",
            detail_zh="评分表只能由专家本人填写",
        )
    expert = await repository.find_expert(session, evaluation.id, expert_sub, for_update=True)
    if expert is None:
        raise Forbidden("you are not assigned to this evaluation", detail_zh="您未被指派参加本次评估")
    _ensure_open(evaluation)
    if if_match is not None:
        require_match(if_match, expert.scores_version)
    document = data.model_dump(mode="json")
    if expert.scores == document:
        return expert
    expert.scores = document
    expert.scores_version += 1
    expert.scored_at = utcnow()
    _touch(evaluation)
    await session.flush()
    return expert


# Conclusion and re-check.


async def conclude(
    session: AsyncSession,
    principal: Principal,
    evaluation_id: uuid.UUID,
    comment: str | None,
    *,
    today: dt.date,
) -> CenterEvaluation:
    """Grade the evaluation by the rule version in force ``today`` from every sheet filled in.

    Experts who have not scored are left out (and named in the trace). 不合格 opens a one-year
    rectification; a 不合格 while an earlier year's rectification is unresolved (no re-check, or
    a failed one) proposes revocation.
    """
    _require_municipal(principal, "concludes an evaluation", "评定年度评估")
    evaluation, center = await _load(session, principal, evaluation_id, for_update=True)
    _ensure_open(evaluation)
    experts = await repository.experts(session, evaluation.id)
    sheets = {e.expert_sub: e.scores for e in experts if e.scores is not None}
    if not sheets:
        raise NoScores(
            "no expert has scored this evaluation yet; assign experts and wait for their scores",
            detail_zh="尚无专家评分，不能评定；请先指派专家并完成评分",
        )
    stored = await repository.rule_in_force(session, today)
    if stored is None:
        raise NoGradingRule(
            f"no version of the grading rule is in force on {today}",
            detail_zh=f"{today} 没有生效的评估评分规则",
        )
    rule = grading.GradingRule.from_parameters(stored.version, stored.parameters)
    result = grading.grade(rule, sheets)
    trace = dict(result.trace)
    trace["unscored_experts"] = sorted(e.expert_sub for e in experts if e.scores is None)
    evaluation.status = EvaluationStatus.CONCLUDED.value
    evaluation.total_score = result.total
    evaluation.grade = result.grade.value
    evaluation.grading_rule_version = stored.version
    evaluation.concluded_by = principal.sub
    evaluation.concluded_at = utcnow()
    evaluation.conclusion_comment = comment
    if result.grade is grading.Grade.UNQUALIFIED:
        evaluation.rectification_due = today + RECTIFICATION_PERIOD
        unresolved = [
            e
            for e in await repository.concluded_of_center(session, center.id)
            if e.year < evaluation.year and e.rectification_due is not None and e.recheck_passed is not True
        ]
        if unresolved:
            evaluation.revocation_proposed = True
            trace["revocation_proposed_because"] = [
                f"{e.year}: 不合格 with rectification due {e.rectification_due} and no passed re-check"
                for e in unresolved
            ]
    evaluation.grading_trace = trace
    _touch(evaluation)
    await session.flush()
    await events.center_evaluated(session, center, evaluation)
    return evaluation


async def recheck(
    session: AsyncSession, principal: Principal, evaluation_id: uuid.UUID, data: RecheckIn
) -> CenterEvaluation:
    """Record the re-check (复核) of a 不合格 evaluation, once; a failed one proposes revocation."""
    _require_municipal(principal, "records a re-check", "登记复核结果")
    evaluation, center = await _load(session, principal, evaluation_id, for_update=True)
    if evaluation.rectification_due is None:
        raise RecheckNotApplicable(
            "only a concluded evaluation graded unqualified (不合格) is re-checked",
            detail_zh="只有评定为不合格的年度评估需要复核",
        )
    if evaluation.recheck_passed is not None:
        raise RecheckNotApplicable(
            f"the re-check of the {evaluation.year} evaluation is already recorded",
            detail_zh=f"{evaluation.year} 年度评估的复核结果已登记",
        )
    evaluation.recheck_passed = data.passed
    evaluation.recheck_comment = data.comment
    evaluation.rechecked_by = principal.sub
    evaluation.rechecked_at = utcnow()
    if not data.passed:
        evaluation.revocation_proposed = True
    _touch(evaluation)
    await session.flush()
    await events.center_evaluated(session, center, evaluation)
    return evaluation
