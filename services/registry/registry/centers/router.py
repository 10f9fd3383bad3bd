"""HTTP routes for centers: create, read, list, lifecycle actions, upgrades."""

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request, Response, status
from pydantic import BaseModel, Field, TypeAdapter
from sqlalchemy import Row

from registry.centers import export, repository, service
from registry.centers.export import CSV, XLSX
from registry.centers.lifecycle import Action, Status
from registry.centers.models import Center, CenterRecord, CenterUpgrade
from registry.centers.schemas import (
    ActionIn,
    ActionOut,
    CenterCreate,
    CenterOut,
    CenterPatch,
    Mode,
    UpgradeCreate,
    UpgradeOut,
)
from registry.documents import service as documents
from registry.evaluations import repository as evaluations
from registry.idempotency import IdempotencyKey, claim
from shared.auth import CurrentPrincipal
from shared.db import ReadConnectionDep, SessionDep
from shared.errors import problem_responses
from shared.etag import etag_of
from shared.pagination import Cursor, Limit, Page, Sort, parse_sort, sorted_page

router = APIRouter(prefix="/api/v1/centers", tags=["centers"])


def center_fields(center: CenterRecord) -> dict[str, Any]:
    """A stored center in the shape of :class:`CenterOut` (its values were validated on the way in)."""
    # A row's columns read by name cost ten times a dict's lookups: fifty rows of them were a
    # tenth of a list request's CPU (docs/decisions/0009).
    if isinstance(center, Row):
        c = dict(zip(center._fields, center, strict=True))
    else:
        c = {name: getattr(center, name) for name in repository.CENTER_COLUMNS}
    return {
        "id": c["id"],
        "name": c["name"],
        "mode": c["mode"],
        "cluster_code": c["cluster_code"],
        "sub_sector": c["sub_sector"],
        "sub_sector_code": c["sub_sector_code"],
        "sub_sector_listed": c["sub_sector_code"] is not None,
        "district": c["district"],
        "lead_organization": {
            "id": c["lead_organization_id"],
            "name": c["lead_organization_name"],
            "uscc": c["lead_organization_uscc"],
            "type": c["lead_organization_type"],
        },
        "status": c["status"],
        "tier": c["tier"],
        "override_justification": c["override_justification"],
        "override_by": c["override_by"],
        "version": c["version"],
        "created_at": c["created_at"],
        "updated_at": c["updated_at"],
    }


def center_out(center: CenterRecord) -> CenterOut:
    """The response body of a stored center, validated in pydantic-core from a dict (cheaper than
    building the model field by field in Python)."""
    return CenterOut.model_validate(center_fields(center))


# A page of centers is written straight to JSON from the rows' dicts: fifty models built only to
# be serialized again cost a fifth of a list request (docs/decisions/0007).
_CENTER_PAGE: TypeAdapter[Any] = TypeAdapter(Page[CenterOut])
_CENTER: TypeAdapter[Any] = TypeAdapter(CenterOut)


def upgrade_out(upgrade: CenterUpgrade, center: Center) -> UpgradeOut:
    return UpgradeOut(
        id=upgrade.id,
        center_id=upgrade.center_id,
        from_tier=upgrade.from_tier,
        to_tier=upgrade.to_tier,
        approved_on=upgrade.approved_on,
        approving_authority=upgrade.approving_authority,
        document_no=upgrade.document_no,
        total_share_capital=upgrade.total_share_capital,
        paid_in_capital=upgrade.paid_in_capital,
        requires_matching_funds=upgrade.requires_matching_funds,
        created_at=upgrade.created_at,
        center=center_out(center),
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CenterOut,
    responses=problem_responses(401, 403, 422),
    summary="Register a center (draft)",
)
async def create_center(
    body: CenterCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        center = await service.create_center(session, principal, body)
        return await claimed.respond(status.HTTP_201_CREATED, center_out(center))


class CenterQuery(BaseModel):
    """The filters, text query and sort shared by the list and the export.

    A query-parameter model, not a dataclass dependency: FastAPI runs a class dependency in its
    thread pool, a thread hop on every list request.
    """

    cluster_code: str | None = None
    district: str | None = None
    status: Status | None = None
    tier: Literal["municipal", "provincial", "national"] | None = None
    mode: Mode | None = None
    sub_sector_code: str | None = Field(default=None, description="centers linked to this listed sub-sector")
    sub_sector_listed: bool | None = Field(
        default=None, description="false: the centers whose sub-sector is not in the catalogue (for review)"
    )
    revocation_proposed: bool | None = Field(
        default=None,
        description="true: centers an annual evaluation proposes to revoke (the bureau's queue); "
        "false: the others",
    )
    under_rectification: bool | None = Field(
        default=None, description="true: centers with a 不合格 evaluation awaiting its re-check (复核)"
    )
    q: str | None = Field(default=None, max_length=100, description="text in name or sub-sector")
    sort: str | None = Field(
        default=None, description="created_at (default), updated_at or name; prefix - to reverse"
    )

    def filters(self) -> dict[str, str | None]:
        return {
            "cluster_code": self.cluster_code,
            "sub_sector_code": self.sub_sector_code,
            "district": self.district,
            "status": self.status.value if self.status else None,
            "tier": self.tier,
            "mode": self.mode.value if self.mode else None,
        }

    def flags(self) -> dict[str, bool | None]:
        return {
            "sub_sector_listed": self.sub_sector_listed,
            "revocation_proposed": self.revocation_proposed,
            "under_rectification": self.under_rectification,
        }

    def order(self) -> Sort:
        return parse_sort(self.sort, repository.SORTABLE, default="created_at")


@router.get(
    "",
    response_model=Page[CenterOut],
    responses=problem_responses(401, 403, 422),
    summary="List centers in the caller's scope",
)
async def list_centers(
    principal: CurrentPrincipal,
    db: ReadConnectionDep,
    query: Annotated[CenterQuery, Query()],
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Response:
    order = query.order()
    rows = await service.list_centers(
        db,
        principal,
        limit=limit,
        cursor=cursor,
        sort=order,
        filters=query.filters(),
        text=query.q,
        flags=query.flags(),
    )
    page, next_cursor = sorted_page(
        list(rows), limit, order, value_of=lambda c: getattr(c, order.token.removeprefix("-"))
    )
    body = {"items": [center_fields(c) for c in page], "next_cursor": next_cursor}
    return Response(_CENTER_PAGE.dump_json(body, warnings=False), media_type="application/json")


@router.get(
    "/export",
    responses={
        200: {"content": {CSV: {}, XLSX: {}}, "description": "the centers in scope, zh headers"},
        **problem_responses(401, 403, 422),
    },
    response_class=Response,
    summary="The centers in the caller's scope as CSV or XLSX, with Chinese headers",
)
async def export_centers(
    session: SessionDep,
    principal: CurrentPrincipal,
    query: Annotated[CenterQuery, Query()],
    format: Annotated[Literal["csv", "xlsx"], Query()] = "csv",
) -> Response:
    rows = await service.list_centers(
        session,
        principal,
        limit=None,
        cursor=None,
        sort=query.order(),
        filters=query.filters(),
        text=query.q,
        flags=query.flags(),
    )
    table = await export.table(session, rows)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d")
    if format == "xlsx":
        return Response(
            export.to_xlsx(table),
            media_type=XLSX,
            headers={"Content-Disposition": f'attachment; filename="centers-{stamp}.xlsx"'},
        )
    return Response(
        export.to_csv(table),
        media_type=CSV,
        headers={"Content-Disposition": f'attachment; filename="centers-{stamp}.csv"'},
    )


@router.get(
    "/{center_id}/history",
    response_model=Page[ActionOut],
    responses=problem_responses(401, 403, 404),
    summary="Every lifecycle action of the center, oldest first",
)
async def center_history(
    center_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> Page[ActionOut]:
    actions = await service.history(session, principal, center_id)
    attached = await documents.ids_by_action(session, center_id)
    closed = await evaluations.closed_by_action(session, center_id)
    return Page(
        items=[
            ActionOut.model_validate(a).model_copy(
                update={"documents": attached.get(a.id, []), "closed_evaluations": closed.get(a.id, [])}
            )
            for a in actions
        ],
        next_cursor=None,
    )


@router.get(
    "/{center_id}",
    response_model=CenterOut,
    responses=problem_responses(401, 403, 404),
    summary="One center (with its ETag for a later PATCH)",
)
async def get_center(center_id: uuid.UUID, principal: CurrentPrincipal, db: ReadConnectionDep) -> Response:
    center = await service.read_visible(db, principal, center_id)
    return Response(
        _CENTER.dump_json(center_fields(center), warnings=False),
        media_type="application/json",
        headers={"ETag": etag_of(center.version)},
    )


@router.patch(
    "/{center_id}",
    response_model=CenterOut,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
    summary="Edit a center's fields; needs If-Match with the ETag of your last read",
)
async def update_center(
    center_id: uuid.UUID,
    body: CenterPatch,
    session: SessionDep,
    principal: CurrentPrincipal,
    response: Response,
    if_match: Annotated[str | None, Header()] = None,
) -> CenterOut:
    async with session.begin():
        center = await service.update_center(session, principal, center_id, body, if_match=if_match)
    response.headers["ETag"] = etag_of(center.version)
    return center_out(center)


@router.post(
    "/{center_id}/actions/{action}",
    response_model=CenterOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Take a lifecycle action (submit, recommend, approve, ...)",
)
async def take_action(
    center_id: uuid.UUID,
    action: Action,
    session: SessionDep,
    principal: CurrentPrincipal,
    body: ActionIn | None = None,
) -> CenterOut:
    async with session.begin():
        center = await service.take_action(
            session, principal, center_id, action, body.comment if body else None
        )
    return center_out(center)


@router.post(
    "/{center_id}/upgrades",
    status_code=status.HTTP_201_CREATED,
    response_model=UpgradeOut,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Record an upgrade to provincial or national tier",
)
async def create_upgrade(
    center_id: uuid.UUID,
    body: UpgradeCreate,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    async with session.begin():
        claimed = await claim(session, request, principal, idempotency_key, body)
        if claimed.replay is not None:
            return claimed.replay
        upgrade, center, created = await service.upgrade(session, principal, center_id, body)
        return await claimed.respond(
            status.HTTP_201_CREATED if created else status.HTTP_200_OK, upgrade_out(upgrade, center)
        )
