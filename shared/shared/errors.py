"""RFC 9457 problem responses: one place renders every error, in zh-CN or en by Accept-Language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import structlog
from asgi_correlation_id import correlation_id
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from shared.db import is_data_error, is_database_outage
from shared.validation_zh import fallback_zh, message_zh

PROBLEM_MEDIA_TYPE = "application/problem+json"
log = structlog.get_logger(__name__)

TITLES: dict[int, tuple[str, str]] = {
    400: ("Bad request", "请求有误"),
    401: ("Not authenticated", "未认证"),
    403: ("Forbidden", "无权操作"),
    404: ("Not found", "未找到"),
    405: ("Method not allowed", "不支持的请求方法"),
    409: ("Conflict", "与当前状态冲突"),
    412: ("Precondition failed", "前置条件不满足"),
    413: ("Content too large", "内容过大"),
    415: ("Unsupported media type", "不支持的媒体类型"),
    422: ("Validation failed", "数据校验未通过"),
    428: ("Precondition required", "缺少前置条件"),
    429: ("Too many requests", "请求过于频繁"),
    500: ("Internal server error", "服务器内部错误"),
    503: ("Service unavailable", "服务暂不可用"),
}


@dataclass(frozen=True)
class FieldError:
    """One field's problem; without ``message_zh`` a zh-CN response says so in Chinese naming the
    field (``fallback_zh``), so that no English reaches a client that asked for Chinese."""

    field: str
    message: str
    message_zh: str | None = None

    def in_language(self, zh: bool) -> FieldError:
        if not zh:
            return self
        return FieldError(self.field, self.message_zh or fallback_zh(self.field), self.message_zh)


def prefers_chinese(accept_language: str | None) -> bool:
    """True when the first language the client names is Chinese."""
    if not accept_language:
        return False
    first = accept_language.split(",")[0].strip().lower()
    return first.startswith("zh")


class ProblemError(Exception):
    """A domain error that knows its HTTP status; subclasses set ``status`` and ``code``."""

    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad-request"

    def __init__(
        self,
        detail: str,
        *,
        detail_zh: str | None = None,
        errors: Sequence[FieldError] = (),
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.detail_zh = detail_zh
        self.errors = list(errors)
        self.extra = extra or {}


class NotFound(ProblemError):
    status = 404
    code = "not-found"


class Conflict(ProblemError):
    status = 409
    code = "conflict"


class Unprocessable(ProblemError):
    status = 422
    code = "validation-failed"


class Unauthorized(ProblemError):
    status = 401
    code = "not-authenticated"


class Forbidden(ProblemError):
    status = 403
    code = "forbidden"


class ValueOutOfRange(Unprocessable):
    """A value that passed validation but that the database cannot hold or compare."""

    code = "value-out-of-range"

    @classmethod
    def for_request(cls) -> ValueOutOfRange:
        return cls(
            "A value in the request cannot be stored: too long, out of range, or holding a NUL character",
            detail_zh="请求中有数据库无法保存的值（过长、超出范围或含有 NUL 字符）",
        )


class ServiceUnavailable(ProblemError):
    status = 503
    code = "service-unavailable"


class PreconditionFailed(ProblemError):
    status = 412
    code = "precondition-failed"


class PreconditionRequired(ProblemError):
    status = 428
    code = "precondition-required"


class BodyTooLarge(StarletteHTTPException):
    """Raised while the body is read (shared.hardening): an HTTP exception, so that FastAPI's
    body parsing lets it through as it is instead of answering 400."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail="Content Too Large")
        self.limit = limit


def problem_response(
    request: Request,
    *,
    status: int,
    code: str,
    detail: str,
    errors: Sequence[FieldError] = (),
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    title_en, title_zh = TITLES.get(status, ("Error", "错误"))
    zh = prefers_chinese(request.headers.get("accept-language"))
    body: dict[str, Any] = {
        "type": f"urn:gz-mic:problem:{code}",
        "title": title_zh if zh else title_en,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        "request_id": correlation_id.get(),
    }
    if errors:
        body["errors"] = [{"field": e.field, "message": e.message} for e in errors]
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _field_name(loc: Sequence[int | str]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in {"body", "query", "path", "header"}:
        parts = parts[1:] if len(parts) > 1 else parts
    return ".".join(parts)


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    zh = prefers_chinese(request.headers.get("accept-language"))
    detail = (exc.detail_zh or TITLES.get(exc.status, ("", "请求未能处理"))[1]) if zh else exc.detail
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return problem_response(
        request,
        status=exc.status,
        code=exc.code,
        detail=detail,
        errors=[e.in_language(zh) for e in exc.errors],
        extra=exc.extra,
        headers=headers,
    )


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    zh = prefers_chinese(request.headers.get("accept-language"))
    raw = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in raw):
        return problem_response(
            request,
            status=400,
            code="malformed-json",
            detail="请求体不是合法的 JSON" if zh else "The request body is not valid JSON",
        )
    errors = [pydantic_field_error(e).in_language(zh) for e in raw]
    return problem_response(
        request,
        status=422,
        code="validation-failed",
        detail="请求数据校验未通过" if zh else "The request did not pass validation",
        errors=errors,
    )


def pydantic_field_error(error: Mapping[str, Any], *, prefix: Sequence[str] | None = None) -> FieldError:
    """One item of pydantic's ``errors()`` as a FieldError in both languages. Without ``prefix``,
    a request's error (its location starts with body, query…); with one, a model a service
    validates itself, its fields placed under ``prefix`` (``parameters.rate``; ``[]`` for none)."""
    loc = error.get("loc", ())
    field = _field_name(loc) if prefix is None else ".".join([*prefix, *(str(p) for p in loc)])
    return FieldError(field, str(error.get("msg", "")), message_zh(error, field))


# Starlette's own HTTP errors (no route, wrong method) in Chinese; any other keeps its detail.
HTTP_DETAILS_ZH = {404: "请求的地址不存在", 405: "该地址不支持此请求方法"}


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc, BodyTooLarge):
        limit = exc.limit
        zh = prefers_chinese(request.headers.get("accept-language"))
        return problem_response(
            request,
            status=413,
            code="content-too-large",
            detail=f"请求体超过大小上限（{limit} 字节）"
            if zh
            else f"the request body is larger than the limit of {limit} bytes",
            extra={"max_bytes": limit},
        )
    code = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
    zh = prefers_chinese(request.headers.get("accept-language"))
    detail_zh = HTTP_DETAILS_ZH.get(exc.status_code) or TITLES.get(exc.status_code, ("", "请求未能处理"))[1]
    return problem_response(
        request,
        status=exc.status_code,
        code=code,
        detail=detail_zh if zh else str(exc.detail),
        headers=dict(exc.headers) if exc.headers else None,
    )


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    if is_data_error(exc):
        # One place for every field: whatever passed validation but cannot be stored or compared.
        log.info("database_refused_value", path=request.url.path, error=type(exc).__name__)
        return await _on_problem(request, ValueOutOfRange.for_request())
    if is_database_outage(exc):
        log.warning("database_unavailable", path=request.url.path, error=type(exc).__name__)
        zh = prefers_chinese(request.headers.get("accept-language"))
        return problem_response(
            request,
            status=503,
            code="database-unavailable",
            detail="数据库暂不可用，请稍后重试（新建请求可携带 Idempotency-Key 安全重试）"
            if zh
            else "The database is briefly unavailable; retry shortly (creates retry safely with "
            "an Idempotency-Key)",
            headers={"Retry-After": "1"},
        )
    log.exception("unhandled_error", path=request.url.path)
    zh = prefers_chinese(request.headers.get("accept-language"))
    return problem_response(
        request,
        status=500,
        code="internal-error",
        detail="服务器发生意外错误，请携带 request_id 联系运维"
        if zh
        else "An unexpected error occurred; quote the request_id to the operators",
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Route every error through RFC 9457 rendering; no stack trace ever reaches a client."""
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    # Database errors get their own handler so an outage is answered 503, not re-raised as a 500.
    app.add_exception_handler(DBAPIError, _on_unexpected)
    app.add_exception_handler(Exception, _on_unexpected)


class Problem(BaseModel):
    """The RFC 9457 body, for the OpenAPI document."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    request_id: str | None = None
    errors: list[dict[str, str]] | None = None


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries so routes declare the problems they can return."""
    return {s: {"model": Problem, "description": TITLES.get(s, ("Error", ""))[0]} for s in statuses}


PROBLEM_REF = "#/components/schemas/Problem"
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})


def _problem_entry(status: int) -> dict[str, Any]:
    return {
        "description": TITLES.get(status, ("Error", ""))[0],
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": PROBLEM_REF}}},
    }


def document_problems(spec: dict[str, Any]) -> None:
    """Make an OpenAPI document say what the handlers above send: every 4xx/5xx response is an
    ``application/problem+json`` Problem (FastAPI's own 422 ``HTTPValidationError`` included), and
    every operation lists the problems any route can answer — 422 for an unknown query parameter
    or a value the database cannot hold, 503 while the database is down, and 400 for a body that
    is not JSON where the operation takes one."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Problem", Problem.model_json_schema())
    for methods in spec.get("paths", {}).values():
        for method, operation in methods.items():
            if method not in HTTP_METHODS:
                continue
            responses: dict[str, Any] = operation.setdefault("responses", {})
            statuses = {422, 503} | ({400} if "requestBody" in operation else set())
            for generic in statuses:
                responses.setdefault(str(generic), _problem_entry(generic))
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    entry = _problem_entry(int(status))
                    description = response.get("description") or entry["description"]
                    responses[status] = {**response, **entry, "description": description}
    # FastAPI's validation schemas are no longer what any response sends.
    for name in ("HTTPValidationError", "ValidationError"):
        if f"#/components/schemas/{name}" not in json_references(spec):
            schemas.pop(name, None)


def json_references(node: Any) -> set[str]:
    """Every ``$ref`` in a JSON document."""
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                found.add(ref)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
