"""Receiving an upload as a stream: the file goes to staging on disk as its bytes arrive.

Starlette's form parser spools a whole body to a temporary file before a route sees it, so a
limit checked afterwards has already let the client send every byte. Here the multipart body is
parsed chunk by chunk and refused the moment the file passes the limit, or before a byte is read
when the client announces a ``Content-Length`` already beyond it.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from pydantic import ValidationError
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header

from registry.documents.exceptions import MalformedUpload, MultipartRequired
from registry.documents.schemas import DocumentForm
from registry.documents.storage import DocumentStore, StagedFile, Staging, too_large
from shared.errors import FieldError, Unprocessable, pydantic_field_error

FILE_FIELD = "file"
TEXT_FIELDS = frozenset(DocumentForm.model_fields)
MAX_FIELD_BYTES = 4096
# Part headers and the text fields beside the file, for the Content-Length pre-check.
MULTIPART_ALLOWANCE = 64 * 1024
MAX_FILENAME = 255
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

# The request body as OpenAPI shows it (the route reads the stream itself).
OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": [FILE_FIELD],
                    "properties": {
                        FILE_FIELD: {"type": "string", "format": "binary"},
                        "action_id": {"type": "string", "format": "uuid"},
                        "title": {"type": "string", "maxLength": 200},
                    },
                }
            }
        },
    }
}


@dataclass
class Upload:
    """What the client sent: the file, staged, with its name and declared type, and the fields."""

    staged: StagedFile
    filename: str
    declared_type: str | None
    form: DocumentForm


def clean_filename(raw: str) -> str:
    """The last path component (browsers on Windows may send a full path), without control
    characters, at most 255 characters with the extension kept."""
    name = raw.replace("%22", '"')  # the HTML form encoding escapes a quote as %22
    name = _CONTROL.sub("", re.split(r"[\\/]", name)[-1]).strip()
    if len(name) > MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        name = (
            f"{stem[: MAX_FILENAME - len(ext) - 1]}.{ext}" if dot and len(ext) < 16 else name[:MAX_FILENAME]
        )
    return name


def _invalid(field_name: str, message: str, message_zh: str) -> Unprocessable:
    return Unprocessable(
        f"the upload is invalid: {field_name}: {message}",
        detail_zh=f"上传内容无效：{field_name}：{message_zh}",
        errors=[FieldError(field_name, message, message_zh)],
    )


@dataclass
class _Part:
    name: str = ""
    filename: str | None = None
    content_type: str | None = None
    data: bytearray = field(default_factory=bytearray)


class _Receiver:
    """python-multipart callbacks: text fields are collected, the one file goes to staging.

    They run in a worker thread, with the parser (staging writes to disk).
    """

    def __init__(self, staging: Staging) -> None:
        self.staging = staging
        self.fields: dict[str, str] = {}
        self.file: _Part | None = None
        self.ended = False
        self._part = _Part()
        self._header_name = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}

    def callbacks(self) -> Any:
        return {
            "on_part_begin": self.on_part_begin,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_end": self.on_end,
        }

    def on_part_begin(self) -> None:
        self._part = _Part()
        self._headers = {}

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._header_name.lower()] = self._header_value
        self._header_name, self._header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition"))
        if b"name" not in options:
            raise MalformedUpload(
                "a part of the multipart body has no name", detail_zh="multipart 请求体中有未命名的部分"
            )
        part = self._part
        part.name = options[b"name"].decode("utf-8", "replace")
        if part.name == FILE_FIELD:
            if self.file is not None:
                raise _invalid(FILE_FIELD, "one file per upload", "每次只能上传一个文件")
            raw = options.get(b"filename")
            if raw is None:
                raise _invalid(FILE_FIELD, "must be a file, not a text field", "应为文件，不能是文本字段")
            part.filename = clean_filename(raw.decode("utf-8", "replace"))
            content_type = self._headers.get(b"content-type")
            part.content_type = content_type.decode("latin-1") if content_type is not None else None
            self.file = part
        elif part.name not in TEXT_FIELDS:
            raise _invalid(
                part.name,
                f"unknown field (expected {FILE_FIELD}, {', '.join(sorted(TEXT_FIELDS))})",
                f"未知的字段（可用：{FILE_FIELD}、{'、'.join(sorted(TEXT_FIELDS))}）",
            )
        elif part.name in self.fields:
            raise _invalid(part.name, "given more than once", "重复给出")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._part is self.file:
            self.staging.write(data[start:end])
            return
        self._part.data += data[start:end]
        if len(self._part.data) > MAX_FIELD_BYTES:
            raise _invalid(
                self._part.name, f"longer than {MAX_FIELD_BYTES} bytes", f"超过 {MAX_FIELD_BYTES} 字节"
            )

    def on_part_end(self) -> None:
        if self._part is self.file:
            return
        try:
            self.fields[self._part.name] = self._part.data.decode("utf-8")
        except UnicodeDecodeError:
            raise _invalid(self._part.name, "not UTF-8 text", "不是 UTF-8 文本") from None

    def on_end(self) -> None:
        self.ended = True


def _form(fields: dict[str, str]) -> DocumentForm:
    # An HTML form sends an input left empty as "": that is "not given".
    given = {name: value for name, value in fields.items() if value.strip()}
    try:
        return DocumentForm.model_validate(given)
    except ValidationError as exc:
        errors = [pydantic_field_error(e, prefix=[]) for e in exc.errors()]
        raise Unprocessable(
            "the upload's fields did not pass validation", detail_zh="上传字段校验未通过", errors=errors
        ) from exc


def _boundary(request: Request) -> bytes:
    media_type, options = parse_options_header(request.headers.get("content-type"))
    boundary = options.get(b"boundary")
    if media_type != b"multipart/form-data" or not boundary:
        raise MultipartRequired(
            "upload a document as multipart/form-data with a 'file' part",
            detail_zh="请以 multipart/form-data 格式上传，文件字段名为 file",
        )
    return boundary


def _refuse_announced_excess(request: Request, limit: int) -> None:
    announced = request.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > limit + MULTIPART_ALLOWANCE:
        raise too_large(limit)


async def receive(request: Request, store: DocumentStore) -> Upload:
    """Parse the multipart body into an upload whose file is staged on disk (the caller puts or
    discards it); refused past the store's size limit without reading further."""
    boundary = _boundary(request)
    _refuse_announced_excess(request, store.max_bytes)
    staging = await store.stage()
    receiver = _Receiver(staging)
    try:
        parser = MultipartParser(boundary, receiver.callbacks())
        async for chunk in request.stream():
            if chunk:
                await asyncio.to_thread(parser.write, chunk)
        if not receiver.ended:
            raise MalformedUpload(
                "the multipart body ends before its closing boundary", detail_zh="multipart 请求体不完整"
            )
        file = receiver.file
        if file is None or not file.filename:
            raise _invalid(FILE_FIELD, "required: the document to upload", "必填：要上传的文件")
        form = _form(receiver.fields)
        staged = await asyncio.to_thread(staging.finish)
    except FormParserError as exc:
        staging.abort()
        raise MalformedUpload(
            f"the multipart body cannot be parsed: {exc}", detail_zh="multipart 请求体无法解析"
        ) from exc
    except BaseException:
        # Synchronously (a close and an unlink): it must also run when the task is cancelled,
        # e.g. on a client disconnect, so that no staged file outlives a refused upload.
        staging.abort()
        raise
    return Upload(staged=staged, filename=file.filename, declared_type=file.content_type, form=form)
