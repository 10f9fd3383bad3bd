"""HTTP routes for guide-fund investments (`五(三)`)."""

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response, status

from funding.idempotency import IdempotencyKey, claim
from funding.investments import service
from funding.investments.schemas import FUND_LABELS, Fund, FundLabel, InvestmentCreate, InvestmentOut, Totals
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/investments", tags=["guide-fund investments"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=InvestmentOut,
    responses=problem_responses(401, 403, 422),
    summary="Record an equity investment of a guide fund in a center or its member enterprise",
)
async def record_investment(
    body: InvestmentCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        investment = await service.record_investment(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, InvestmentOut.model_validate(investment))


@router.get(
    "",
    response_model=Page[InvestmentOut],
    responses=problem_responses(401, 403, 422),
    summary="Investments in the caller's scope, by fund or center",
)
async def list_investments(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    fund: Annotated[Fund | None, Query()] = None,
    center_id: Annotated[uuid.UUID | None, Query()] = None,
) -> Page[InvestmentOut]:
    rows = await service.list_investments(
        session, principal, limit=limit, cursor=cursor, fund=fund, center_id=center_id
    )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[InvestmentOut.model_validate(i) for i in page], next_cursor=next_cursor)


@router.get(
    "/totals",
    response_model=Totals,
    responses=problem_responses(401, 403, 422),
    summary="Invested amounts and counts per fund or per center, in the caller's scope",
)
async def totals(
    session: SessionDep,
    principal: CurrentPrincipal,
    by: Annotated[Literal["fund", "center"], Query()] = "fund",
) -> Totals:
    return await service.totals(session, principal, by=by)


@router.get("/funds", response_model=list[FundLabel], summary="The guide funds with zh/en labels")
async def funds() -> list[FundLabel]:
    return [FundLabel(value=fund, zh=zh, en=en) for fund, (zh, en) in FUND_LABELS.items()]


@router.get(
    "/{investment_id}",
    response_model=InvestmentOut,
    responses=problem_responses(401, 403, 404),
    summary="One investment",
)
async def get_investment(
    investment_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> InvestmentOut:
    return InvestmentOut.model_validate(await service.get_investment(session, principal, investment_id))
