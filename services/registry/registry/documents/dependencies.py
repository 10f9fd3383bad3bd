"""The document store of a request, from the service's settings."""

from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from registry.config import RegistrySettings
from registry.documents.storage import DocumentStore


def document_store(request: Request) -> DocumentStore:
    settings: RegistrySettings = request.app.state.settings
    return DocumentStore(Path(settings.document_dir), max_bytes=settings.max_document_bytes)


DocumentStoreDep = Annotated[DocumentStore, Depends(document_store)]
