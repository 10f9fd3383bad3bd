"""HTTP routes for first-set / first-batch / first-version recognitions (`五(五)`)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from funding.first_set import service
from funding.first_set.models import ProductRecognition
from funding.first_set.schemas import (
    Catalogue,
    EligibleOfferingOut,
    RecognitionCreate,
    RecognitionOut,
    SingleSourceEligibility,
)
from funding.idempotency import IdempotencyKey, claim
from funding.support_cases.views import case_out
from funding.support_cases.workflow import SupportCaseStatus
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/recognitions", tags=["recognitions"])


def recognition_out(r: ProductRecognition) -> RecognitionOut:
    """``r`` with its case loaded (the repository's reads load it)."""
    return RecognitionOut(
        id=r.id,
        catalogue=Catalogue(r.catalogue),
        year=r.year,
        product_name=r.product_name,
        center_id=r.center_id,
        maker_name=r.maker_name,
        maker_uscc=r.maker_uscc,
        buyer_name=r.buyer_name,
        price=r.price,
        sales=r.sales,
        sales_months=r.sales_months,
        recognized_on=r.recognized_on,
        document_no=r.document_no,
        offering_id=r.offering_id,
        support_case=case_out(r.case) if r.case is not None else None,
        single_source_procurement=service.single_source(r),
        recorded_by=r.recorded_by,
        created_at=r.created_at,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=RecognitionOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Record a product's recognition in a catalogue; its subsidy's support case opens at once",
)
async def record_recognition(
    body: RecognitionCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        recognition = await service.record_recognition(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, recognition_out(recognition))


@router.get(
    "",
    response_model=Page[RecognitionOut],
    responses=problem_responses(401, 403, 422),
    summary="Recognitions in the caller's scope",
)
async def list_recognitions(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    catalogue: Annotated[Catalogue | None, Query()] = None,
    year: Annotated[int | None, Query()] = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
    maker_uscc: Annotated[str | None, Query(max_length=40)] = None,
    status_: Annotated[
        SupportCaseStatus | None,
        Query(alias="status", description="the status of the subsidy's support case"),
    ] = None,
) -> Page[RecognitionOut]:
    filters: dict[str, object | None] = {
        "catalogue": catalogue.value if catalogue else None,
        "year": year,
        "center_id": center_id,
        "maker_uscc": maker_uscc.strip().upper() if maker_uscc else None,
        "status": status_.value if status_ else None,
    }
    rows = await service.list_recognitions(session, principal, limit=limit, cursor=cursor, filters=filters)
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[recognition_out(r) for r in page], next_cursor=next_cursor)


@router.get(
    "/single-source",
    response_model=SingleSourceEligibility,
    responses=problem_responses(401, 422),
    summary="Whether a product may be procured from its single source (单一来源采购) in a year",
)
async def single_source(
    session: SessionDep,
    _principal: CurrentPrincipal,
    product_name: Annotated[str, Query(min_length=1, max_length=200)],
    maker_uscc: Annotated[str, Query(min_length=1, max_length=40)],
    year: Annotated[int, Query(ge=2000, le=2100)],
) -> SingleSourceEligibility:
    return await service.single_source_eligibility(
        session, product_name=product_name, maker_uscc=maker_uscc, year=year
    )


@router.get(
    "/eligible-offerings",
    response_model=Page[EligibleOfferingOut],
    responses=problem_responses(401, 403, 422),
    summary="Offerings a successful pilot made eligible for the procurement catalogues",
)
async def eligible_offerings(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[EligibleOfferingOut]:
    rows = await service.eligible_offerings(
        session, principal, limit=limit, cursor=cursor, center_id=center_id
    )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[EligibleOfferingOut.model_validate(o) for o in page], next_cursor=next_cursor)


@router.get(
    "/eligible-offerings/{offering_id}",
    response_model=EligibleOfferingOut,
    responses=problem_responses(401, 403, 404),
    summary="One catalogue-eligible offering (404: no successful pilot known)",
)
async def eligible_offering(
    offering_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> EligibleOfferingOut:
    return EligibleOfferingOut.model_validate(
        await service.eligible_offering(session, principal, offering_id)
    )


@router.get(
    "/{recognition_id}",
    response_model=RecognitionOut,
    responses=problem_responses(401, 403, 404),
    summary="One recognition with the support case of its subsidy",
)
async def get_recognition(
    recognition_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> RecognitionOut:
    return recognition_out(await service.get_recognition(session, principal, recognition_id))
