"""HTTP routes of the annual evaluation: report, assign experts, score, conclude, re-check."""

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response, status
from sqlalchemy.ext.asyncio import AsyncSession

from registry.evaluations import service
from registry.evaluations.grading import GRADE_LABELS, Grade
from registry.evaluations.models import CenterEvaluation, EvaluationExpert
from registry.evaluations.schemas import (
    ActionComment,
    CenterEvaluationsPage,
    ClosureOut,
    EvaluationCreate,
    EvaluationOut,
    EvaluationStatus,
    EvaluationSummary,
    ExpertAssign,
    ExpertOut,
    GradingRuleOut,
    Indicators,
    RecheckIn,
    RecheckOut,
    RectificationOut,
    ResultOut,
    ScoreSheet,
    ScoreSheetOut,
)
from registry.idempotency import IdempotencyKey, claim
from registry.talent_figures import repository as talent_figures
from registry.talent_figures.models import TalentFiguresView
from registry.talent_figures.schemas import TalentRecords
from shared.auth import CurrentPrincipal, Principal, Role
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1", tags=["annual evaluations"])


def today() -> dt.date:
    """The day every date rule of the evaluation compares with (UTC)."""
    return dt.datetime.now(dt.UTC).date()


def _grade_zh(grade: str | None) -> str | None:
    return GRADE_LABELS[Grade(grade)][0] if grade is not None else None


def _score(value: object) -> str | None:
    return f"{value:.2f}" if value is not None else None


def indicators_of(evaluation: CenterEvaluation) -> Indicators:
    return Indicators(
        rd_spend=evaluation.rd_spend,
        rd_staff_share=evaluation.rd_staff_share,
        patents=evaluation.patents,
        standards_led=evaluation.standards_led,
        results_commercialized=evaluation.results_commercialized,
        enterprises_incubated=evaluation.enterprises_incubated,
        sme_services=evaluation.sme_services,
        talents_introduced=evaluation.talents_introduced,
        talents_trained=evaluation.talents_trained,
        financing=evaluation.financing,
    )


def talent_records_of(figures: TalentFiguresView | None) -> TalentRecords | None:
    if figures is None:
        return None
    return TalentRecords(
        introduced=figures.introduced,
        trained=figures.trained,
        awarded=figures.awarded,
        services_fulfilled=figures.services_fulfilled,
        as_of=figures.updated_at,
    )


async def talent_figures_of(session: AsyncSession, evaluation: CenterEvaluation) -> TalentFiguresView | None:
    """What talent recorded for the evaluation's center and year: looked up on every read, never
    copied into the evaluation, so a later figures event shows at the next read."""
    found = await talent_figures.of_center(session, evaluation.center_id, [evaluation.year])
    return found.get(evaluation.year)


def expert_out(expert: EvaluationExpert, principal: Principal) -> ExpertOut:
    # Experts score independently: a sheet is shown to the city and to its own expert only.
    shown = principal.has(Role.MUNICIPAL_ADMIN) or principal.sub == expert.expert_sub
    return ExpertOut(
        expert_sub=expert.expert_sub,
        expert_version=expert.expert_version,
        assigned_by=expert.assigned_by,
        assigned_at=expert.created_at,
        scored=expert.scores is not None,
        scored_at=expert.scored_at,
        scores=ScoreSheet.model_validate(expert.scores) if shown and expert.scores is not None else None,
    )


def evaluation_out(
    evaluation: CenterEvaluation,
    experts: Sequence[EvaluationExpert],
    principal: Principal,
    talent: TalentFiguresView | None,
) -> EvaluationOut:
    result: ResultOut | None = None
    if (
        evaluation.grade is not None
        and evaluation.total_score is not None
        and evaluation.grading_rule_version is not None
        and evaluation.concluded_at is not None
        and evaluation.concluded_by is not None
    ):
        result = ResultOut(
            total_score=f"{evaluation.total_score:.2f}",
            grade=Grade(evaluation.grade),
            grade_zh=GRADE_LABELS[Grade(evaluation.grade)][0],
            rule_version=evaluation.grading_rule_version,
            concluded_at=evaluation.concluded_at,
            concluded_by=evaluation.concluded_by,
            comment=evaluation.conclusion_comment,
            trace=evaluation.grading_trace if principal.has(Role.MUNICIPAL_ADMIN) else None,
        )
    rectification: RectificationOut | None = None
    if evaluation.rectification_due is not None:
        recheck: RecheckOut | None = None
        if (
            evaluation.recheck_passed is not None
            and evaluation.rechecked_by is not None
            and evaluation.rechecked_at is not None
        ):
            recheck = RecheckOut(
                passed=evaluation.recheck_passed,
                comment=evaluation.recheck_comment,
                by=evaluation.rechecked_by,
                at=evaluation.rechecked_at,
            )
        rectification = RectificationOut(due=evaluation.rectification_due, recheck=recheck)
    closure: ClosureOut | None = None
    if (
        evaluation.closed_reason is not None
        and evaluation.closed_by is not None
        and evaluation.closed_at is not None
        and evaluation.closed_by_action_id is not None
    ):
        closure = ClosureOut(
            reason=evaluation.closed_reason,
            by=evaluation.closed_by,
            at=evaluation.closed_at,
            action_id=evaluation.closed_by_action_id,
        )
    return EvaluationOut(
        id=evaluation.id,
        center_id=evaluation.center_id,
        year=evaluation.year,
        status=EvaluationStatus(evaluation.status),
        indicators=indicators_of(evaluation),
        talent_records=talent_records_of(talent),
        submitted_by=evaluation.submitted_by,
        experts=[expert_out(e, principal) for e in experts],
        result=result,
        rectification=rectification,
        revocation_proposed=evaluation.revocation_proposed,
        closure=closure,
        version=evaluation.version,
        created_at=evaluation.created_at,
        updated_at=evaluation.updated_at,
    )


def summary_of(evaluation: CenterEvaluation, talent: TalentFiguresView | None) -> EvaluationSummary:
    return EvaluationSummary(
        id=evaluation.id,
        year=evaluation.year,
        status=EvaluationStatus(evaluation.status),
        talent_records=talent_records_of(talent),
        grade=Grade(evaluation.grade) if evaluation.grade is not None else None,
        grade_zh=_grade_zh(evaluation.grade),
        total_score=_score(evaluation.total_score),
        rule_version=evaluation.grading_rule_version,
        concluded_at=evaluation.concluded_at,
        rectification_due=evaluation.rectification_due,
        recheck_passed=evaluation.recheck_passed,
        revocation_proposed=evaluation.revocation_proposed,
        closed_reason=evaluation.closed_reason,
        created_at=evaluation.created_at,
    )


# Declared before /evaluations/{evaluation_id}, which would otherwise take the path.
@router.get(
    "/evaluations/grading-rules",
    response_model=Page[GradingRuleOut],
    responses=problem_responses(401),
    summary="Every version of the grading rule, oldest first",
)
async def grading_rules(session: SessionDep, principal: CurrentPrincipal) -> Page[GradingRuleOut]:
    rules = await service.grading_rules(session)
    return Page(items=[GradingRuleOut.model_validate(r) for r in rules], next_cursor=None)


@router.post(
    "/centers/{center_id}/evaluations",
    status_code=status.HTTP_201_CREATED,
    response_model=EvaluationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Report a year's indicators for the annual evaluation (after a full year of operation)",
)
async def submit_evaluation(
    center_id: uuid.UUID,
    body: EvaluationCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        evaluation = await service.submit(session, principal, center_id, body, today=today())
        talent = await talent_figures_of(session, evaluation)
        return await claimed.respond(
            status.HTTP_201_CREATED, evaluation_out(evaluation, [], principal, talent)
        )


@router.get(
    "/centers/{center_id}/evaluations",
    response_model=CenterEvaluationsPage,
    responses=problem_responses(401, 403, 404, 422),
    summary="The center's evaluations, oldest first, and where it stands on rectification",
)
async def list_center_evaluations(
    center_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CenterEvaluationsPage:
    rows, flag = await service.list_for_center(
        session, principal, center_id, limit=limit, cursor=cursor, today=today()
    )
    page, next_cursor = keyset_page(list(rows), limit)
    talent = await talent_figures.of_center(session, center_id, {e.year for e in page})
    return CenterEvaluationsPage(
        items=[summary_of(e, talent.get(e.year)) for e in page], next_cursor=next_cursor, rectification=flag
    )


@router.get(
    "/evaluations/{evaluation_id}",
    response_model=EvaluationOut,
    responses=problem_responses(401, 403, 404),
    summary="One evaluation: indicators, experts, result, rectification",
)
async def get_evaluation(
    evaluation_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> EvaluationOut:
    evaluation, experts = await service.get_evaluation(session, principal, evaluation_id)
    response.headers["ETag"] = etag_of(evaluation.version)
    return evaluation_out(evaluation, experts, principal, await talent_figures_of(session, evaluation))


@router.post(
    "/evaluations/{evaluation_id}/experts",
    status_code=status.HTTP_201_CREATED,
    response_model=ExpertOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Assign a registered, declared expert (refused on a conflict of interest with the center)",
)
async def assign_expert(
    evaluation_id: uuid.UUID,
    body: ExpertAssign,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        expert = await service.assign_expert(session, principal, evaluation_id, body, today=today())
        return await claimed.respond(status.HTTP_201_CREATED, expert_out(expert, principal))


@router.put(
    "/evaluations/{evaluation_id}/scores/{expert_sub}",
    response_model=ScoreSheetOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="An assigned expert fills in or revises their own score sheet (until the conclusion)",
)
async def put_scores(
    evaluation_id: uuid.UUID,
    expert_sub: str,
    body: ScoreSheet,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[
        str | None, Header(description="optional: the ETag of your last write of this sheet")
    ] = None,
) -> ScoreSheetOut:
    async with session.begin():
        expert = await service.put_scores(
            session, principal, evaluation_id, expert_sub, body, if_match=if_match
        )
    assert expert.scored_at is not None  # set by put_scores
    response.headers["ETag"] = etag_of(expert.scores_version)
    return ScoreSheetOut(
        evaluation_id=expert.evaluation_id,
        expert_sub=expert.expert_sub,
        scores=ScoreSheet.model_validate(expert.scores),
        scored_at=expert.scored_at,
        version=expert.scores_version,
    )


@router.post(
    "/evaluations/{evaluation_id}/actions/conclude",
    response_model=EvaluationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Grade the evaluation by the rule in force today (municipal admin)",
)
async def conclude(
    evaluation_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    body: ActionComment | None = None,
) -> EvaluationOut:
    async with session.begin():
        evaluation = await service.conclude(
            session, principal, evaluation_id, body.comment if body else None, today=today()
        )
        experts = await service.experts_of(session, evaluation)
        talent = await talent_figures_of(session, evaluation)
    return evaluation_out(evaluation, experts, principal, talent)


@router.post(
    "/evaluations/{evaluation_id}/actions/recheck",
    response_model=EvaluationOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Record the re-check (复核) after a 不合格 grade; a failed one proposes revocation",
)
async def recheck(
    evaluation_id: uuid.UUID, body: RecheckIn, session: SessionDep, principal: CurrentPrincipal
) -> EvaluationOut:
    async with session.begin():
        evaluation = await service.recheck(session, principal, evaluation_id, body)
        experts = await service.experts_of(session, evaluation)
        talent = await talent_figures_of(session, evaluation)
    return evaluation_out(evaluation, experts, principal, talent)
