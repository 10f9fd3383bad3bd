"""Document content on disk, content-addressed by SHA-256 (``<root>/ab/cd/<sha256>``).

Why not in the database: documents are large blobs (megabytes each, many per center). In
PostgreSQL they would swell the table, every backup and replica, and travel badly through the
driver; the database keeps the metadata and the hash, and the bytes go to a directory here and to
object storage in production (the same content-addressed keys fit a bucket unchanged).

An upload is written to a temporary file under ``<root>/tmp`` (the same file system), hashed and
counted as it arrives, and renamed into place only after its database row is flushed: a refusal
or a failed flush leaves no file. A commit that fails after the rename leaves at worst a file no
row names, which is harmless (the next upload of the same bytes takes the same name) and which a
sweep comparing the tree with the table can collect. Identical uploads share one file.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import structlog

from registry.documents.exceptions import DocumentContentLost, DocumentTooLarge
from registry.documents.filetypes import HEAD_BYTES

CHUNK_BYTES = 64 * 1024
log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class StagedFile:
    """An upload received in full into a temporary file, not yet in place."""

    path: Path
    size: int
    sha256: str
    head: bytes  # the first bytes, for the magic-number check


def mebibytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB" if size >= 1024 * 1024 else f"{size} bytes"


def too_large(limit: int) -> DocumentTooLarge:
    return DocumentTooLarge(
        f"the file is larger than the limit of {mebibytes(limit)}",
        detail_zh=f"文件超过大小上限（{mebibytes(limit)}）",
        extra={"max_bytes": limit},
    )


class Staging:
    """A temporary file receiving one upload; refuses the first byte past ``limit``.

    Its methods block on the disk: call them from a worker thread.
    """

    def __init__(self, directory: Path, *, limit: int) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=directory, prefix="upload-", suffix=".part")
        self.path = Path(name)
        self._file: BinaryIO = os.fdopen(fd, "wb")
        self._hash = hashlib.sha256()
        self._limit = limit
        self._size = 0
        self._head = b""

    def write(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise too_large(self._limit)
        if len(self._head) < HEAD_BYTES:
            self._head += data[: HEAD_BYTES - len(self._head)]
        self._hash.update(data)
        self._file.write(data)

    def finish(self) -> StagedFile:
        """Close the file, durably, and say what it holds."""
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        return StagedFile(path=self.path, size=self._size, sha256=self._hash.hexdigest(), head=self._head)

    def abort(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


class StoredContent:
    """An open, verified stored file, read in chunks for a download."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    async def chunks(self) -> AsyncIterator[bytes]:
        try:
            while chunk := await asyncio.to_thread(self._handle.read, CHUNK_BYTES):
                yield chunk
        finally:
            self._handle.close()


class DocumentStore:
    """The content of every document, under ``root`` (``REGISTRY_DOCUMENT_DIR``)."""

    def __init__(self, root: Path, *, max_bytes: int) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    async def stage(self) -> Staging:
        return await asyncio.to_thread(Staging, self.root / "tmp", limit=self.max_bytes)

    async def put(self, staged: StagedFile) -> None:
        """Move a staged upload to its content address (after its row is flushed)."""
        await asyncio.to_thread(self._put, staged)

    def _put(self, staged: StagedFile) -> None:
        target = self.path_of(staged.sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Atomic on one file system; over an existing copy it replaces like with like (and heals
        # a copy that had been damaged).
        os.replace(staged.path, target)

    async def discard(self, staged: StagedFile) -> None:
        """Drop a staged upload that was refused or replayed (nothing once it was put)."""
        await asyncio.to_thread(staged.path.unlink, missing_ok=True)

    async def open_verified(self, sha256: str) -> StoredContent:
        """The stored content, after proving it still hashes to ``sha256``."""
        return StoredContent(await asyncio.to_thread(self._open_verified, sha256))

    def _open_verified(self, sha256: str) -> BinaryIO:
        path = self.path_of(sha256)
        try:
            handle: BinaryIO = path.open("rb")
        except FileNotFoundError:
            log.error("document_content_missing", sha256=sha256, path=str(path))
            raise DocumentContentLost(
                "the stored content of this document is missing; the operators have been alerted",
                detail_zh="该文件的存储内容缺失，已通知运维人员",
            ) from None
        digest = hashlib.sha256()
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
        if digest.hexdigest() != sha256:
            handle.close()
            log.error("document_content_corrupted", sha256=sha256, found=digest.hexdigest(), path=str(path))
            raise DocumentContentLost(
                "the stored content of this document no longer matches its SHA-256; "
                "the operators have been alerted",
                detail_zh="该文件的存储内容与其 SHA-256 不符，已通知运维人员",
            )
        # The file is served from this same open handle: the bytes sent are the bytes verified
        # (a rename over the path cannot swap them).
        handle.seek(0)
        return handle
