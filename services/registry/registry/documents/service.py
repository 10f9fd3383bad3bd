"""Use cases on documents. Services flush, never commit: the route owns the transaction.

Who sees a document is who sees its center (`registry.centers.service.can_see`).
"""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from registry.centers import service as centers
from registry.centers.models import Center
from registry.documents import filetypes, repository
from registry.documents.exceptions import DocumentNotFound, EmptyDocument
from registry.documents.models import Document
from registry.documents.storage import DocumentStore
from registry.documents.upload import Upload
from shared.auth import Principal, acts_for
from shared.db import utcnow
from shared.errors import FieldError, Forbidden, Unprocessable


def may_upload(principal: Principal, center: Center) -> bool:
    """The city, the district admin of the center's district, and the center's own users."""
    return acts_for(principal, district=center.district, center_id=center.id)


async def uploadable_center(session: AsyncSession, principal: Principal, center_id: uuid.UUID) -> Center:
    """The center, if the caller may attach documents to it (checked before reading the body)."""
    center = await centers.get_visible(session, principal, center_id)
    if not may_upload(principal, center):
        raise Forbidden(
            "your role may not attach documents to this center",
            detail_zh="您的角色不能为该创新中心上传文件",
        )
    return center


async def upload(
    session: AsyncSession,
    principal: Principal,
    center_id: uuid.UUID,
    *,
    upload: Upload,
    store: DocumentStore,
) -> Document:
    """Record an uploaded document and put its content in place once the row is flushed."""
    center = await uploadable_center(session, principal, center_id)
    action_id = upload.form.action_id
    await _require_action_of(session, center, action_id)
    staged = upload.staged
    if staged.size == 0:
        raise EmptyDocument(
            "the file is empty",
            detail_zh="文件内容为空",
            errors=[FieldError("file", "empty", "不能为空")],
        )
    kind = filetypes.identify(upload.filename, upload.declared_type, staged.head)
    document = Document(
        id=uuid.uuid4(),
        center_id=center.id,
        action_id=action_id,
        filename=upload.filename,
        content_type=kind.media_type,
        size=staged.size,
        sha256=staged.sha256,
        title=upload.form.title,
        uploaded_by=principal.sub,
        uploaded_at=utcnow(),
    )
    session.add(document)
    await session.flush()
    await store.put(staged)
    return document


async def _require_action_of(session: AsyncSession, center: Center, action_id: uuid.UUID | None) -> None:
    """A document is attached to (or listed by) an action of its own center's history only."""
    if action_id is not None and await repository.action_of_center(session, action_id, center.id) is None:
        raise Unprocessable(
            f"no action {action_id} in this center's history",
            detail_zh=f"该创新中心的历史记录中没有操作 {action_id}",
            errors=[FieldError("action_id", "not an action of this center", "不是该中心的操作")],
        )


async def list_for_center(
    session: AsyncSession,
    principal: Principal,
    center_id: uuid.UUID,
    *,
    action_id: uuid.UUID | None,
    limit: int,
    cursor: str | None,
) -> Sequence[Document]:
    """A page of the center's documents; filtered by an action not in its history, 422."""
    center = await centers.get_visible(session, principal, center_id)
    rows = await repository.list_for_center(
        session, center.id, action_id=action_id, limit=limit, cursor=cursor
    )
    if not rows:
        # A document found proves its action is the center's: only an empty page needs the check.
        await _require_action_of(session, center, action_id)
    return rows


async def get_visible(session: AsyncSession, principal: Principal, document_id: uuid.UUID) -> Document:
    """The document, for whoever may see its center."""
    document = await repository.get(session, document_id)
    if document is None:
        raise DocumentNotFound(f"no document {document_id}", detail_zh=f"未找到文件 {document_id}")
    await centers.get_visible(session, principal, document.center_id)
    return document


async def ids_by_action(session: AsyncSession, center_id: uuid.UUID) -> dict[uuid.UUID, list[uuid.UUID]]:
    """Document ids per lifecycle action, for a history the caller was already allowed to see."""
    return await repository.ids_by_action(session, center_id)
