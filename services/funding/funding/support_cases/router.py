"""HTTP routes for support cases: read, list, export, history, payments and workflow actions."""

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response
from pydantic import BaseModel, Field

from funding.budgets.spreadsheet import CSV, XLSX, download
from funding.support_cases import actions, export, service
from funding.support_cases.programmes import Kind
from funding.support_cases.schemas import ActionIn, DisbursementOut, SupportCaseOut, SupportCaseTransitionOut
from funding.support_cases.views import case_out
from funding.support_cases.workflow import SupportCaseAction, SupportCaseStatus
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1/support-cases", tags=["support cases"])


class CaseQuery(BaseModel):
    """The filters shared by the list and the export (a query-parameter model: a class
    dependency would run in FastAPI's thread pool on every request)."""

    center_id: uuid.UUID | None = None
    kind: Kind | None = Field(default=None, description="the programme")
    status: SupportCaseStatus | None = None
    tier: Literal["municipal", "provincial", "national"] | None = None

    def filters(self) -> dict[str, object | None]:
        return {
            "center_id": self.center_id,
            "kind": self.kind.value if self.kind else None,
            "status": self.status.value if self.status else None,
            "tier": self.tier,
        }


@router.get(
    "",
    response_model=Page[SupportCaseOut],
    responses=problem_responses(401, 403, 422),
    summary="Support cases in the caller's scope",
)
async def list_cases(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[CaseQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[SupportCaseOut]:
    rows = await service.list_cases(session, principal, limit=limit, cursor=cursor, filters=query.filters())
    page, next_cursor = keyset_page(list(rows), limit)
    return Page(items=[case_out(c) for c in page], next_cursor=next_cursor)


@router.get(
    "/export",
    responses={
        200: {"content": {CSV: {}, XLSX: {}}, "description": "the cases in scope, zh headers"},
        **problem_responses(401, 403, 422),
    },
    response_class=Response,
    summary="The support cases in the caller's scope as CSV or XLSX, with Chinese headers",
)
async def export_cases(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[CaseQuery, Query()],
    format: Annotated[Literal["csv", "xlsx"], Query()] = "csv",
) -> Response:
    rows = await service.list_cases(session, principal, limit=None, cursor=None, filters=query.filters())
    return download(export.table(rows), format=format, name="support-cases", sheet_title="支持案件")


@router.get(
    "/{case_id}",
    response_model=SupportCaseOut,
    responses=problem_responses(401, 403, 404),
    summary="One support case with its lines and trace (and its ETag)",
)
async def get_case(
    case_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, response: Response
) -> SupportCaseOut:
    case = await service.get_case(session, principal, case_id)
    response.headers["ETag"] = etag_of(case.version)
    return case_out(case)


@router.get(
    "/{case_id}/history",
    response_model=Page[SupportCaseTransitionOut],
    responses=problem_responses(401, 403, 404),
    summary="Every transition of the case (actor, role, time, comment, from/to), oldest first",
)
async def case_history(
    case_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> Page[SupportCaseTransitionOut]:
    rows = await service.history(session, principal, case_id)
    return Page(items=[SupportCaseTransitionOut.model_validate(r) for r in rows], next_cursor=None)


@router.get(
    "/{case_id}/disbursements",
    response_model=Page[DisbursementOut],
    responses=problem_responses(401, 403, 404),
    summary="The payment tranches of the case, oldest first",
)
async def case_disbursements(
    case_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> Page[DisbursementOut]:
    rows = await service.disbursements(session, principal, case_id)
    return Page(items=[DisbursementOut.model_validate(r) for r in rows], next_cursor=None)


@router.post(
    "/{case_id}/actions/{action}",
    response_model=SupportCaseOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422),
    summary="Take a workflow action",
    description=(
        "`select_option` {option: grant|equity, line_options?} by the center's own center_user or a "
        "municipal_admin; `approve` by two different finance_officers (two calls); `reject` {comment}; "
        "`disburse` {voucher_no, amount, paid_on} by a finance_officer, one or more tranches; `close`; "
        "`resolve` {decision: pay|ineligible, justification, lines?} of a needs_review case by a "
        "municipal_admin; `cancel` {comment}, `suspend` {comment}, `resume` by a municipal_admin. "
        "If-Match (the case's ETag) is checked when sent."
    ),
)
async def take_action(
    case_id: uuid.UUID,
    action: SupportCaseAction,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    body: ActionIn | None = None,
    if_match: Annotated[str | None, Header()] = None,
) -> SupportCaseOut:
    async with session.begin():
        case = await actions.take_action(
            session, principal, case_id, action, body or ActionIn(), if_match=if_match
        )
    response.headers["ETag"] = etag_of(case.version)
    return case_out(case)
