"""Use cases on platforms (`五(四)`). Services flush, never commit: the route owns the transaction."""

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from funding.centers.models import CenterView
from funding.investments import access
from funding.platforms import repository, rule
from funding.platforms.models import Platform, PlatformResult
from funding.platforms.schemas import PlatformCreate, PlatformKind, ProjectApproval, ResultsCreate
from funding.policies import repository as policies
from funding.support_cases.models import SupportCase
from funding.support_cases.opening import case_row, open_grant_case
from funding.support_cases.programmes import Kind, platform_year_subject
from shared.auth import Principal, Role, acts_for
from shared.contracts import funding_programmes as contract
from shared.db import utcnow
from shared.errors import Conflict, FieldError, Forbidden, NotFound, Unprocessable

INDICATORS = ("services_delivered", "projects_verified", "projects_commercialized", "external_clients")


class PlatformNotFound(NotFound):
    code = "platform-not-found"


class ResultsAlreadyReported(Conflict):
    code = "results-already-reported"


class ProjectAlreadyApproved(Conflict):
    code = "project-already-approved"


def _may_act_for(principal: Principal, *, district: str, center_id: uuid.UUID) -> None:
    if not acts_for(principal, district=district, center_id=center_id):
        raise Forbidden(
            "only a municipal admin, the center's district admin or the center itself acts for its platforms",
            detail_zh="只有市级管理员、所在区管理员或该创新中心本身可以操作其平台",
        )


async def register_platform(session: AsyncSession, principal: Principal, data: PlatformCreate) -> Platform:
    """A center leads (牵头设立) a concept-verification center or pilot platform."""
    center = await access.known_center(session, data.center_id)
    _may_act_for(principal, district=center.district, center_id=center.id)
    if data.project_approved_on is not None and not principal.has(Role.MUNICIPAL_ADMIN):
        raise Forbidden(
            "only a municipal admin selects a platform on merit (择优立项)",
            detail_zh="只有市级管理员可以择优立项",
        )
    now = utcnow()
    platform = Platform(
        id=uuid.uuid4(),
        kind=data.kind.value,
        name=data.name,
        center_id=center.id,
        description=data.description,
        project_approved_on=data.project_approved_on,
        created_by=principal.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(platform)
    await session.flush()
    body = contract.PlatformRegistered(
        platform_id=platform.id,
        kind=platform.kind,
        name=platform.name,
        center_id=platform.center_id,
        project_approved_on=platform.project_approved_on,
        actor=principal.sub,
        at=now,
    )
    await access.publish(
        session, topic=contract.PLATFORM_TOPIC, type_=contract.PLATFORM_REGISTERED, key=platform.id, body=body
    )
    return platform


async def get_platform(session: AsyncSession, principal: Principal, platform_id: uuid.UUID) -> Platform:
    platform = await repository.get(session, scope=access.read_scope(principal), platform_id=platform_id)
    if platform is None:
        raise PlatformNotFound(
            f"no platform {platform_id} in your scope", detail_zh=f"您的范围内没有平台 {platform_id}"
        )
    return platform


async def list_platforms(
    session: AsyncSession,
    principal: Principal,
    *,
    limit: int,
    cursor: str | None,
    kind: PlatformKind | None,
    center_id: uuid.UUID | None,
) -> Sequence[Platform]:
    return await repository.list_page(
        session,
        scope=access.read_scope(principal),
        limit=limit,
        cursor=cursor,
        kind=kind.value if kind else None,
        center_id=center_id,
    )


async def approve_project(
    session: AsyncSession, principal: Principal, platform_id: uuid.UUID, data: ProjectApproval
) -> Platform:
    """The bureau selects a platform on merit (择优立项), once."""
    access.require_role(principal, Role.MUNICIPAL_ADMIN, what="select platforms on merit", what_zh="择优立项")
    platform = await get_platform(session, principal, platform_id)
    if platform.project_approved_on is not None:
        raise ProjectAlreadyApproved(
            f"the platform was already selected on merit on {platform.project_approved_on}",
            detail_zh=f"该平台已于 {platform.project_approved_on} 择优立项",
        )
    platform.project_approved_on = data.approved_on
    platform.updated_at = utcnow()
    await session.flush()
    body = contract.PlatformProjectApproved(
        platform_id=platform.id,
        center_id=platform.center_id,
        approved_on=data.approved_on,
        actor=principal.sub,
        at=platform.updated_at,
    )
    await access.publish(
        session,
        topic=contract.PLATFORM_TOPIC,
        type_=contract.PLATFORM_PROJECT_APPROVED,
        key=platform.id,
        body=body,
    )
    return platform


def _inputs(platform: Platform, result: PlatformResult) -> dict[str, Any]:
    indicators: dict[str, Any] = {name: getattr(result, name) for name in INDICATORS}
    indicators["revenue"] = None if result.revenue is None else f"{result.revenue:.2f}"
    return {
        "platform_id": str(platform.id),
        "kind": platform.kind,
        "year": result.year,
        "project_approved_on": platform.project_approved_on.isoformat()
        if platform.project_approved_on
        else None,
        "indicators": indicators,
    }


async def report_results(
    session: AsyncSession, principal: Principal, platform_id: uuid.UUID, data: ResultsCreate
) -> tuple[PlatformResult, SupportCase]:
    """Record a finished year's results and open the support case that prices its subsidy by the
    version in force at year end (and then pays it like every programme)."""
    platform = await get_platform(session, principal, platform_id)
    center = await access.known_center(session, platform.center_id)
    _may_act_for(principal, district=center.district, center_id=center.id)
    if data.year >= dt.date.today().year:
        raise Unprocessable(
            f"results of {data.year} are reported after the year ends",
            detail_zh=f"{data.year} 年度运行成效须在年度结束后报送",
            errors=[FieldError("year", "the year has not ended", "该年度尚未结束")],
        )
    if await repository.result_of_year(session, platform.id, data.year) is not None:
        raise _already(data.year)
    now = utcnow()
    result = PlatformResult(
        id=uuid.uuid4(),
        platform_id=platform.id,
        year=data.year,
        services_delivered=data.services_delivered,
        projects_verified=data.projects_verified,
        projects_commercialized=data.projects_commercialized,
        external_clients=data.external_clients,
        revenue=data.revenue,
        reported_by=principal.sub,
        created_at=now,
    )
    session.add(result)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise _already(data.year) from exc  # a concurrent report of the same year won
    case = await _open_case(session, center, platform, result)
    result.case_id = case.id
    await session.flush()
    await access.publish(
        session,
        topic=contract.PLATFORM_TOPIC,
        type_=contract.PLATFORM_RESULTS_REPORTED,
        key=platform.id,
        body=contract.PlatformResultsReported(
            platform_id=platform.id,
            center_id=platform.center_id,
            year=result.year,
            indicators=case.inputs["indicators"],
            support_case_id=case.id,
            actor=principal.sub,
            at=now,
        ),
    )
    return result, case


async def _open_case(
    session: AsyncSession, center: CenterView, platform: Platform, result: PlatformResult
) -> SupportCase:
    """The year's subsidy case: priced by the rule's version in force at year end, or for a
    person to decide when none is (or its figures are provisional)."""
    inputs = _inputs(platform, result)
    case = case_row(
        kind=Kind.PLATFORM_SUBSIDY,
        center_id=center.id,
        tier=center.tier,
        subject_key=platform_year_subject(platform.id, result.year),
        inputs=inputs,
    )
    year_end = dt.date(result.year, 12, 31)
    return await open_grant_case(
        session,
        case,
        policy_code=rule.POLICY_CODE,
        on=year_end,
        version=await policies.version_in_force(session, rule.POLICY_CODE, year_end),
        price=lambda parameters: rule.evaluate(parameters, rule.facts_from_inputs(inputs)),
    )


def _already(year: int) -> ResultsAlreadyReported:
    return ResultsAlreadyReported(
        f"results of {year} were already reported for this platform",
        detail_zh=f"该平台 {year} 年度运行成效已报送",
        errors=[FieldError("year", "already reported", "已上报")],
    )


async def results_of(
    session: AsyncSession, principal: Principal, platform_id: uuid.UUID
) -> Sequence[tuple[PlatformResult, SupportCase | None]]:
    platform = await get_platform(session, principal, platform_id)
    return await repository.results_with_cases(session, platform.id)
