"""``GET /api/v1/programme/progress``."""

import datetime as dt

from fastapi import APIRouter

from registry.programme import service
from registry.programme.schemas import ProgrammeProgress
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses

router = APIRouter(prefix="/api/v1/programme", tags=["programme"])


@router.get(
    "/progress",
    response_model=ProgrammeProgress,
    responses=problem_responses(401),
    summary="Counts against the 2027 targets, by tier, status, cluster and district; talent figures by year",
)
async def progress(session: SessionDep, _principal: CurrentPrincipal) -> ProgrammeProgress:
    return await service.progress(session, today=dt.datetime.now(dt.UTC).date())
