"""Which files a center may attach, and how a file proves what it is.

Pure rules, no I/O. A file is accepted only when three things agree: the extension of its name,
the content type the client declared, and the magic bytes at the start of its content. The
stored content type is ours (the kind's canonical media type), never the client's string, so a
download is never served as something the upload merely claimed to be.
"""

from __future__ import annotations

from dataclasses import dataclass

from registry.documents.exceptions import UnsupportedDocumentType

PDF = b"%PDF-"
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: legacy .doc .xls .ppt .wps
ZIP = b"PK\x03\x04"  # OOXML (.docx .xlsx .pptx) and OFD are ZIP packages

HEAD_BYTES = max(len(m) for m in (PDF, PNG, JPEG, OLE2, ZIP))

# What a browser sends when it does not know the type (often so for .ofd and .wps): the client
# declared nothing, and the extension and the magic bytes decide alone.
UNDECLARED = frozenset({"", "application/octet-stream", "binary/octet-stream"})


@dataclass(frozen=True)
class Kind:
    """One accepted kind of file."""

    media_type: str
    extensions: frozenset[str]
    aliases: frozenset[str]
    magic: bytes

    @property
    def declared_types(self) -> frozenset[str]:
        return self.aliases | {self.media_type}


def _kind(media_type: str, extensions: str, magic: bytes, *aliases: str) -> Kind:
    return Kind(media_type, frozenset(extensions.split()), frozenset(aliases), magic)


_OOXML = "application/vnd.openxmlformats-officedocument"
KINDS: tuple[Kind, ...] = (
    _kind("application/pdf", ".pdf", PDF, "application/x-pdf"),
    _kind("image/png", ".png", PNG),
    _kind("image/jpeg", ".jpg .jpeg", JPEG, "image/pjpeg", "image/jpg"),
    _kind("application/msword", ".doc", OLE2),
    _kind("application/vnd.ms-excel", ".xls", OLE2),
    _kind("application/vnd.ms-powerpoint", ".ppt", OLE2),
    _kind(f"{_OOXML}.wordprocessingml.document", ".docx", ZIP),
    _kind(f"{_OOXML}.spreadsheetml.sheet", ".xlsx", ZIP),
    _kind(f"{_OOXML}.presentationml.presentation", ".pptx", ZIP),
    # WPS Office's own word processor format (金山 WPS), and OFD, the national standard for
    # electronic documents (GB/T 33190) in which government offices issue official papers.
    _kind("application/vnd.ms-works", ".wps", OLE2, "application/kswps", "application/wps-office.wps"),
    _kind("application/ofd", ".ofd", ZIP),
)

_BY_EXTENSION = {ext: kind for kind in KINDS for ext in kind.extensions}
ACCEPTED_EXTENSIONS = tuple(sorted(_BY_EXTENSION))


def extension_of(filename: str) -> str:
    """The lower-cased extension with its dot ('' when the name has none)."""
    stem, dot, ext = filename.rpartition(".")
    return f".{ext.lower()}" if dot and stem else ""


def media_type_of(declared: str | None) -> str:
    """The bare, lower-cased media type of a Content-Type value (no parameters)."""
    return (declared or "").split(";", 1)[0].strip().lower()


def identify(filename: str, declared_type: str | None, head: bytes) -> Kind:
    """The kind of an upload, or an `UnsupportedDocumentType` saying which check refused it."""
    accepted = ", ".join(ACCEPTED_EXTENSIONS)
    extension = extension_of(filename)
    kind = _BY_EXTENSION.get(extension)
    if kind is None:
        raise UnsupportedDocumentType(
            f"files named {extension or 'without an extension'} are not accepted; accepted: {accepted}",
            detail_zh=f"不接受该类型的文件（{extension or '无扩展名'}）；可上传：{accepted}",
            extra={"accepted_extensions": list(ACCEPTED_EXTENSIONS)},
        )
    declared = media_type_of(declared_type)
    if declared not in UNDECLARED and declared not in kind.declared_types:
        raise UnsupportedDocumentType(
            f"the declared content type {declared} does not match a {extension} file ({kind.media_type})",
            detail_zh=f"声明的文件类型 {declared} 与扩展名 {extension} 不符",
        )
    if not head.startswith(kind.magic):
        raise UnsupportedDocumentType(
            f"the content is not a {extension} file (its first bytes do not match)",
            detail_zh=f"文件内容不是 {extension} 格式（文件头不符）",
        )
    return kind
