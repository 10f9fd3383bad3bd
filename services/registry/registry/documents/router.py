"""HTTP routes for documents: upload to a center or one of its actions, list, read, download."""

import uuid
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from registry.documents import service
from registry.documents.dependencies import DocumentStoreDep
from registry.documents.schemas import DocumentOut, UploadFingerprint
from registry.documents.upload import OPENAPI_BODY, receive
from registry.idempotency import IdempotencyKey, claim
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.hardening import OWN_BODY_LIMIT
from shared.pagination import Cursor, Limit, Page, keyset_page

router = APIRouter(prefix="/api/v1", tags=["documents"])


def content_disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback name and the exact UTF-8 name (RFC 6266, 8187)."""
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in filename)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


@router.post(
    "/centers/{center_id}/documents",
    status_code=status.HTTP_201_CREATED,
    response_model=DocumentOut,
    responses=problem_responses(400, 401, 403, 404, 413, 415, 422),
    openapi_extra=OPENAPI_BODY,
    # receive() refuses past settings.max_document_bytes, announced or streamed.
    max_body_size=OWN_BODY_LIMIT,
    summary="Attach a document (PDF, image, office file) to a center or to one of its actions",
)
async def upload_document(
    center_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    request: Request,
    store: DocumentStoreDep,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    # A caller who may not upload is refused before a byte of the body is read; no transaction
    # stays open while the body streams in.
    async with session.begin():
        await service.uploadable_center(session, principal, center_id)
    upload = await receive(request, store)
    try:
        fingerprint = UploadFingerprint(
            sha256=upload.staged.sha256,
            filename=upload.filename,
            action_id=upload.form.action_id,
            title=upload.form.title,
        )

        async with session.begin():
            claimed = await claim(session, request, principal, idempotency_key, fingerprint)
            if claimed.replay is not None:
                return claimed.replay
            document = await service.upload(session, principal, center_id, upload=upload, store=store)
            return await claimed.respond(status.HTTP_201_CREATED, DocumentOut.model_validate(document))
    finally:
        # Refused or replayed: the staged file goes (once put in place there is nothing left).
        await store.discard(upload.staged)


@router.get(
    "/centers/{center_id}/documents",
    response_model=Page[DocumentOut],
    responses=problem_responses(401, 403, 404, 422),
    summary="The center's documents, oldest first (optionally those of one action)",
)
async def list_documents(
    center_id: uuid.UUID,
    session: SessionDep,
    principal: CurrentPrincipal,
    action_id: Annotated[uuid.UUID | None, Query()] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[DocumentOut]:
    rows = list(
        await service.list_for_center(
            session, principal, center_id, action_id=action_id, limit=limit, cursor=cursor
        )
    )
    page, next_cursor = keyset_page(list(rows), limit, value_of=lambda d: d.uploaded_at)
    return Page(items=[DocumentOut.model_validate(d) for d in page], next_cursor=next_cursor)


@router.get(
    "/documents/{document_id}",
    response_model=DocumentOut,
    responses=problem_responses(401, 403, 404),
    summary="One document's metadata",
)
async def get_document(
    document_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal
) -> DocumentOut:
    return DocumentOut.model_validate(await service.get_visible(session, principal, document_id))


@router.get(
    "/documents/{document_id}/content",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "the file, as uploaded"},
        **problem_responses(401, 403, 404, 500),
    },
    summary="Download a document (its SHA-256 is checked before it is served)",
)
async def download_document(
    document_id: uuid.UUID, session: SessionDep, principal: CurrentPrincipal, store: DocumentStoreDep
) -> StreamingResponse:
    document = await service.get_visible(session, principal, document_id)
    content = await store.open_verified(document.sha256)
    return StreamingResponse(
        content.chunks(),
        media_type=document.content_type,
        headers={
            "Content-Disposition": content_disposition(document.filename),
            "Content-Length": str(document.size),
            "ETag": f'"{document.sha256}"',
            "X-Content-Type-Options": "nosniff",
        },
    )
