"""HTTP routes for budgets and their ledger."""

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Request, Response, status

from funding.budgets import export, service
from funding.budgets.schemas import BudgetCreate, BudgetOut, BudgetRaise, MovementOut
from funding.budgets.spreadsheet import CSV, XLSX, download
from funding.idempotency import IdempotencyKey, claim
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of, etag_of_body
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/budgets", tags=["budgets"])

YearQuery = Annotated[int | None, Query(ge=2000, le=2100)]
MovementKind = Literal["allocate", "commit", "release", "disburse"]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=BudgetOut,
    responses=problem_responses(401, 403, 409, 422),
    summary="Allocate a year's budget of one category (municipal admin)",
)
async def create_budget(
    body: BudgetCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        response = claimed.replay
        if response is None:
            budget = await service.create(session, principal, body)
            response = await claimed.respond(status.HTTP_201_CREATED, BudgetOut.model_validate(budget))
    response.headers["ETag"] = etag_of_body(response)
    return response


@router.get(
    "",
    response_model=Page[BudgetOut],
    responses=problem_responses(401, 403, 422),
    summary="Budgets with allocated, committed, disbursed and available",
)
async def list_budgets(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    year: YearQuery = None,
    category: Annotated[str | None, Query(max_length=80)] = None,
) -> Page[BudgetOut]:
    rows = await service.list_budgets(
        session, principal, limit=limit, cursor=cursor, year=year, category=category
    )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[BudgetOut.model_validate(b) for b in page], next_cursor=next_cursor)


@router.get(
    "/ledger",
    response_model=Page[MovementOut],
    responses=problem_responses(401, 403, 422),
    summary="Every movement (allocate, commit, release, disburse) with reference and actor",
)
async def list_movements(
    session: SessionDep,
    principal: CurrentPrincipal,
    limit: Limit = 50,
    cursor: Cursor = None,
    year: YearQuery = None,
    category: Annotated[str | None, Query(max_length=80)] = None,
    kind: Annotated[MovementKind | None, Query()] = None,
) -> Page[MovementOut]:
    rows = await service.movements(
        session, principal, limit=limit, cursor=cursor, year=year, category=category, kind=kind
    )
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[MovementOut.model_validate(m) for m in page], next_cursor=next_cursor)


@router.get(
    "/ledger/export",
    responses={
        200: {"content": {CSV: {}, XLSX: {}}, "description": "the ledger, zh headers"},
        **problem_responses(401, 403, 422),
    },
    response_class=Response,
    summary="The budget ledger as CSV or XLSX, with Chinese headers",
)
async def export_ledger(
    session: SessionDep,
    principal: CurrentPrincipal,
    format: Annotated[Literal["csv", "xlsx"], Query()] = "csv",
    year: YearQuery = None,
    category: Annotated[str | None, Query(max_length=80)] = None,
) -> Response:
    rows = await service.movements(
        session, principal, limit=None, cursor=None, year=year, category=category, kind=None
    )
    name = f"budget-ledger-{year}" if year is not None else "budget-ledger"
    return download(export.table(rows), format=format, name=name, sheet_title="预算台账")


@router.get(
    "/{budget_id}",
    response_model=BudgetOut,
    responses=problem_responses(401, 403, 404),
    summary="One budget (with its ETag for raising the allocation)",
)
async def get_budget(
    budget_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> BudgetOut:
    budget = await service.get(session, principal, budget_id)
    response.headers["ETag"] = etag_of(budget.version)
    return BudgetOut.model_validate(budget)


@router.patch(
    "/{budget_id}",
    response_model=BudgetOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Raise the allocation (municipal admin); needs If-Match",
)
async def raise_allocation(
    budget_id: uuid.UUID,
    body: BudgetRaise,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> BudgetOut:
    async with session.begin():
        budget = await service.raise_allocation(session, principal, budget_id, body, if_match=if_match)
    response.headers["ETag"] = etag_of(budget.version)
    return BudgetOut.model_validate(budget)
