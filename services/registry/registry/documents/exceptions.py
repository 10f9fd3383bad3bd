"""Problems the documents API can return."""

from shared.errors import NotFound, ProblemError, Unprocessable


class DocumentNotFound(NotFound):
    code = "document-not-found"


class DocumentTooLarge(ProblemError):
    """The file is over ``REGISTRY_MAX_DOCUMENT_BYTES``."""

    status = 413
    code = "document-too-large"


class UnsupportedDocumentType(ProblemError):
    """Extension, declared content type and magic bytes do not agree on an accepted kind."""

    status = 415
    code = "unsupported-document-type"


class MultipartRequired(ProblemError):
    """The upload is not a ``multipart/form-data`` request."""

    status = 415
    code = "multipart-required"


class MalformedUpload(ProblemError):
    """The multipart body cannot be parsed."""

    status = 400
    code = "malformed-multipart"


class EmptyDocument(Unprocessable):
    code = "empty-document"


class DocumentContentLost(ProblemError):
    """The stored content is missing or no longer matches its SHA-256: an operator's matter."""

    status = 500
    code = "document-content-lost"
