"""Reference data endpoints (read-only until issue 3 makes them editable)."""

from typing import Annotated

from fastapi import APIRouter, Query

from registry.reference import repository
from registry.reference.schemas import DistrictOut, IndustryOut
from shared.db import SessionDep
from shared.pagination import Page

router = APIRouter(prefix="/api/v1", tags=["reference"])


@router.get(
    "/industries", response_model=Page[IndustryOut], summary="Strategic clusters and future industries"
)
async def list_industries(
    session: SessionDep,
    group: Annotated[
        str | None, Query(description="emerging_pillar, strategic_leading, distinctive_advantage or future")
    ] = None,
) -> Page[IndustryOut]:
    rows = await repository.list_industries(session, group=group)
    return Page(items=[IndustryOut.model_validate(r) for r in rows], next_cursor=None)


@router.get("/districts", response_model=Page[DistrictOut], summary="Guangzhou's districts")
async def list_districts(session: SessionDep) -> Page[DistrictOut]:
    rows = await repository.list_districts(session)
    return Page(items=[DistrictOut.model_validate(r) for r in rows], next_cursor=None)
