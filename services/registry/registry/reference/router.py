"""Reference data endpoints: read by anyone, created and edited by municipal admins (DESIGN 2):
industries, their sub-sectors, districts, and the log of every change."""

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from registry.idempotency import IdempotencyKey, claim
from registry.reference import repository, service
from registry.reference.models import District, Industry, SubSector
from registry.reference.schemas import (
    DistrictCreate,
    DistrictOut,
    DistrictPatch,
    IndustryCreate,
    IndustryGroup,
    IndustryOut,
    IndustryPatch,
    ReferenceChangeOut,
    SubSectorCreate,
    SubSectorOut,
    SubSectorPatch,
)
from registry.reference.service import Entity
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of
from shared.pagination import Page

router = APIRouter(prefix="/api/v1", tags=["reference"])

IfMatch = Annotated[str | None, Header(description="the ETag of your last read of this entry")]


def _industry_out(response: Response, industry: Industry) -> IndustryOut:
    response.headers["ETag"] = etag_of(industry.version)
    return IndustryOut.model_validate(industry)


def _sub_sector_out(response: Response, sub_sector: SubSector) -> SubSectorOut:
    response.headers["ETag"] = etag_of(sub_sector.version)
    return SubSectorOut.model_validate(sub_sector)


def _district_out(response: Response, district: District) -> DistrictOut:
    response.headers["ETag"] = etag_of(district.version)
    return DistrictOut.model_validate(district)


@router.get(
    "/industries", response_model=Page[IndustryOut], summary="Strategic clusters and future industries"
)
async def list_industries(
    session: SessionDep,
    group: Annotated[IndustryGroup | None, Query()] = None,
) -> Page[IndustryOut]:
    rows = await repository.list_industries(session, group=group)
    return Page(items=[IndustryOut.model_validate(r) for r in rows], next_cursor=None)


@router.post(
    "/industries",
    status_code=status.HTTP_201_CREATED,
    response_model=IndustryOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Add an industry (e.g. a new future industry); municipal admins only",
)
async def create_industry(
    body: IndustryCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        industry = await service.create_industry(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, IndustryOut.model_validate(industry))


@router.get(
    "/industries/{code}",
    response_model=IndustryOut,
    responses=problem_responses(404),
    summary="One industry, with its ETag",
)
async def get_industry(code: str, session: SessionDep, response: Response) -> IndustryOut:
    return _industry_out(response, await service.get_industry(session, code))


@router.patch(
    "/industries/{code}",
    response_model=IndustryOut,
    responses=problem_responses(401, 403, 404, 412, 422, 428),
    summary="Rename or regroup an industry; needs If-Match; the code never changes",
)
async def update_industry(
    code: str,
    body: IndustryPatch,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: IfMatch = None,
) -> IndustryOut:
    async with session.begin():
        industry = await service.update_industry(session, principal, code, body, if_match=if_match)
    return _industry_out(response, industry)


@router.get(
    "/sub-sectors",
    response_model=Page[SubSectorOut],
    summary="Listed sub-sectors (细分行业领域) of the clusters and future industries",
)
async def list_sub_sectors(
    session: SessionDep,
    cluster_code: Annotated[str | None, Query(max_length=80, description="one cluster's only")] = None,
) -> Page[SubSectorOut]:
    rows = await service.list_sub_sectors(session, cluster_code=cluster_code)
    return Page(items=[SubSectorOut.model_validate(r) for r in rows], next_cursor=None)


@router.post(
    "/sub-sectors",
    status_code=status.HTTP_201_CREATED,
    response_model=SubSectorOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="List a sub-sector (municipal admins); unlisted centers that named it link to it",
)
async def create_sub_sector(
    body: SubSectorCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        sub_sector = await service.create_sub_sector(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, SubSectorOut.model_validate(sub_sector))


@router.get(
    "/sub-sectors/{code}",
    response_model=SubSectorOut,
    responses=problem_responses(404),
    summary="One sub-sector, with its ETag",
)
async def get_sub_sector(code: str, session: SessionDep, response: Response) -> SubSectorOut:
    return _sub_sector_out(response, await service.get_sub_sector(session, code))


@router.patch(
    "/sub-sectors/{code}",
    response_model=SubSectorOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Rename a sub-sector; needs If-Match; the code and the cluster never change",
)
async def update_sub_sector(
    code: str,
    body: SubSectorPatch,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: IfMatch = None,
) -> SubSectorOut:
    async with session.begin():
        sub_sector = await service.update_sub_sector(session, principal, code, body, if_match=if_match)
    return _sub_sector_out(response, sub_sector)


@router.get("/districts", response_model=Page[DistrictOut], summary="Guangzhou's districts")
async def list_districts(session: SessionDep) -> Page[DistrictOut]:
    rows = await repository.list_districts(session)
    return Page(items=[DistrictOut.model_validate(r) for r in rows], next_cursor=None)


@router.post(
    "/districts",
    status_code=status.HTTP_201_CREATED,
    response_model=DistrictOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Add a district; municipal admins only",
)
async def create_district(
    body: DistrictCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        district = await service.create_district(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, DistrictOut.model_validate(district))


@router.get(
    "/districts/{code}",
    response_model=DistrictOut,
    responses=problem_responses(404),
    summary="One district, with its ETag",
)
async def get_district(code: str, session: SessionDep, response: Response) -> DistrictOut:
    return _district_out(response, await service.get_district(session, code))


@router.patch(
    "/districts/{code}",
    response_model=DistrictOut,
    responses=problem_responses(401, 403, 404, 412, 422, 428),
    summary="Rename a district; needs If-Match; the code never changes",
)
async def update_district(
    code: str,
    body: DistrictPatch,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: IfMatch = None,
) -> DistrictOut:
    async with session.begin():
        district = await service.update_district(session, principal, code, body, if_match=if_match)
    return _district_out(response, district)


@router.get(
    "/reference-changes",
    response_model=Page[ReferenceChangeOut],
    responses=problem_responses(401, 422),
    summary="Who created or edited which industry, sub-sector or district, and when; newest first",
)
async def list_reference_changes(
    session: SessionDep,
    _principal: CurrentPrincipal,
    entity: Annotated[Entity | None, Query()] = None,
    code: Annotated[str | None, Query(max_length=80)] = None,
) -> Page[ReferenceChangeOut]:
    rows = await service.list_changes(session, entity=entity, code=code)
    return Page(items=[ReferenceChangeOut.model_validate(r) for r in rows], next_cursor=None)
