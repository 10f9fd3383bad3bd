"""Request fields and response bodies of the documents API."""

import datetime as dt
import uuid

from pydantic import BaseModel, ConfigDict, Field

from shared.text import NonBlank


class DocumentForm(BaseModel):
    """The text fields that come with the file in the multipart upload."""

    model_config = ConfigDict(extra="forbid")

    action_id: uuid.UUID | None = Field(
        default=None, description="a lifecycle action of this center that the document supports"
    )
    title: NonBlank | None = Field(default=None, max_length=200)


class UploadFingerprint(BaseModel):
    """What makes two uploads the same request, for ``Idempotency-Key``: the content's hash and
    the fields, not the multipart framing (its boundary differs on every retry)."""

    sha256: str
    filename: str
    action_id: uuid.UUID | None
    title: str | None


class DocumentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    center_id: uuid.UUID
    action_id: uuid.UUID | None
    filename: str
    content_type: str
    size: int = Field(description="bytes")
    sha256: str = Field(description="hex SHA-256 of the content")
    title: str | None
    uploaded_by: str
    uploaded_at: dt.datetime
