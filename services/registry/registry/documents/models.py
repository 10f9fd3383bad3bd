"""Documents attached to a center or to one of its lifecycle actions (metadata only).

The content lives on disk (see `registry.documents.storage`), keyed by its SHA-256; the row
keeps the hash, so a download proves it serves the bytes that were uploaded.
"""

import datetime as dt
import uuid

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from registry.base import Base
from shared.db import UTCDateTime, utcnow


class Document(Base):
    __tablename__ = "document"
    __table_args__ = (
        Index("ix_document_center_id_uploaded_at_id", "center_id", "uploaded_at", "id"),
        CheckConstraint("size > 0", name="size_positive"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    # The lifecycle action the document supports (an approval, an acceptance...), if any.
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("center_action.id"), nullable=True, index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(String(200), nullable=True)
    uploaded_by: Mapped[str] = mapped_column(String(200))
    uploaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
