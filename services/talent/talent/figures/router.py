"""``GET /api/v1/centers/{id}/talent-summary``: a center's talent figures by year (the gateway
routes this one path under ``/centers`` to talent, which owns the figures)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import NotFound, problem_responses
from talent import access
from talent.centers.models import CenterView
from talent.figures import service
from talent.figures.schemas import TalentSummary, YearFigures

router = APIRouter(prefix="/api/v1/centers", tags=["talent figures"])


class CenterNotFound(NotFound):
    code = "center-not-found"


@router.get(
    "/{center_id}/talent-summary",
    response_model=TalentSummary,
    responses=problem_responses(401, 403, 404),
    summary="A center's talents introduced and trained, awards and services given, by year",
)
async def talent_summary(
    center_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> TalentSummary:
    scope = access.read_scope(principal)
    async with session.begin():
        center = await session.get(CenterView, center_id)
        if center is None or not access.in_scope(scope, center):
            raise CenterNotFound(
                f"no center {center_id} in your scope", detail_zh=f"您的范围内没有创新中心 {center_id}"
            )
        rows = await service.of_center(session, center_id)
    years = [
        YearFigures(
            year=r.year,
            introduced=r.introduced,
            trained=r.trained,
            awarded=r.awarded,
            services_fulfilled=r.services_fulfilled,
        )
        for r in rows
    ]
    total = YearFigures(
        year=0,
        introduced=sum(y.introduced for y in years),
        trained=sum(y.trained for y in years),
        awarded=sum(y.awarded for y in years),
        services_fulfilled=sum(y.services_fulfilled for y in years),
    )
    return TalentSummary(
        center_id=center_id, years=years, total=total, as_of=max((r.updated_at for r in rows), default=None)
    )
