"""What every service puts in front of its routes: body size and rate limits, CORS, security
headers.

The body size limit is a small middleware rather than FastAPI's own ``max_body_size``: that one
answers a plain-text 413 from outside the exception handlers (and replaces any response to a
request whose ``Content-Length`` is too large), where ours raises :class:`BodyTooLarge` as the
body is read, which renders as an RFC 9457 problem. A route declares a different limit with
FastAPI's own ``max_body_size=`` (larger only: FastAPI's limiter would answer first for a smaller
one); :data:`OWN_BODY_LIMIT` marks a route that limits its streamed body itself.

Order, outermost first: security headers, CORS (so a 429 can be read by the browser that got
it), rate limit, body limit. :func:`install_hardening` is called before the request id middleware
is added, so that middleware wraps these and a 429 carries the request id.
"""

from __future__ import annotations

import math
import sys
import time

import structlog
from fastapi import FastAPI
from limits import RateLimitItem, parse_many
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.auth import TokenVerifier
from shared.errors import BodyTooLarge, ProblemError, prefers_chinese, problem_response
from shared.settings import ServiceSettings

log = structlog.get_logger(__name__)

# ``max_body_size=`` of a route that reads ``request.stream()`` itself and refuses past a limit of
# its own, from its settings (registry's document upload): the service-wide limit does not apply.
OWN_BODY_LIMIT = sys.maxsize
# Probes and scrapes come often and from one address: never limited.
RATE_LIMIT_EXEMPT = frozenset({"/healthz", "/readyz", "/metrics"})
CORS_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
CORS_REQUEST_HEADERS = [
    "Authorization",
    "Content-Type",
    "If-Match",
    "If-None-Match",
    "Idempotency-Key",
    "Accept-Language",
    "X-Request-ID",
]
CORS_RESPONSE_HEADERS = [
    "ETag",
    "Location",
    "Idempotency-Key",
    "Retry-After",
    "X-Request-ID",
    "Content-Disposition",
]
CORS_MAX_AGE_S = 600

# Every response. The JSON API loads nothing, so its policy allows nothing; only the interactive
# documentation (Swagger UI and ReDoc, whose assets the service serves itself, shared.docs_pages,
# and whose pages run one inline script) gets what it needs, all from the service's own origin.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
API_CSP = "default-src 'none'; frame-ancestors 'none'"
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src blob:; "
    "frame-ancestors 'none'"
)
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc"})
HSTS = "max-age=63072000; includeSubDomains"
# Responses carry personal and unpublished data: no browser or proxy keeps them, unless a route
# says otherwise with its own Cache-Control.
CACHE_CONTROL = "no-store"


class RateLimited(ProblemError):
    status = 429
    code = "rate-limited"


class SecurityHeadersMiddleware:
    """Adds the security headers to every response (pure ASGI: no per-request task, unlike
    ``BaseHTTPMiddleware``; the ``secure`` package only builds these strings, so it is not used)."""

    def __init__(self, app: ASGIApp, *, hsts: bool) -> None:
        self.app = app
        self.hsts = hsts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] in DOCS_PATHS else API_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                headers.setdefault("Content-Security-Policy", csp)
                headers.setdefault("Cache-Control", CACHE_CONTROL)
                if self.hsts:
                    headers.setdefault("Strict-Transport-Security", HSTS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimitMiddleware:
    """Refuses a body past the limit: an announced ``Content-Length`` before a byte is read, a
    streamed body (chunked, no length) as soon as the bytes received pass it."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        announced_raw = Headers(scope=scope).get("content-length", "")
        announced = int(announced_raw) if announced_raw.isdigit() else None
        received = 0

        async def receive_limited() -> Message:
            nonlocal received
            # Read when the body is, after routing: the route may declare a limit of its own.
            route_limit: int | None = getattr(scope.get("route"), "max_body_size", None)
            limit = self.max_bytes if route_limit is None else route_limit
            if announced is not None and announced > limit:
                raise BodyTooLarge(limit)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, receive_limited, send)


def client_key(scope: Scope) -> str:
    """Whom a request is counted against when no valid token names a subject: its address."""
    client = scope.get("client")
    return f"ip:{client[0]}" if client else "ip:unknown"


class RateLimitMiddleware:
    """Per-client limits with the ``limits`` library (moving window): 429 with ``Retry-After``.

    The client is the token's ``sub`` when the bearer token verifies (the verifier caches, so a
    token is checked once), else the client address; the route still answers 401 for a bad token.
    """

    def __init__(self, app: ASGIApp, *, limits: list[RateLimitItem], storage: Storage) -> None:
        self.app = app
        self.limits = limits
        self.limiter = MovingWindowRateLimiter(storage)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in RATE_LIMIT_EXEMPT:
            await self.app(scope, receive, send)
            return
        key = await self._key(scope)
        for item in self.limits:
            if not await self.limiter.hit(item, key):
                await self._refuse(scope, receive, send, item, key)
                return
        await self.app(scope, receive, send)

    async def _key(self, scope: Scope) -> str:
        authorization = Headers(scope=scope).get("authorization", "")
        scheme, _, token = authorization.partition(" ")
        verifier: TokenVerifier | None = getattr(scope["app"].state, "token_verifier", None)
        if verifier is None or scheme.lower() != "bearer" or not token:
            return client_key(scope)
        try:
            principal = await verifier.verify(token.strip())
        except ProblemError:
            return client_key(scope)
        return f"sub:{principal.sub}"

    async def _refuse(
        self, scope: Scope, receive: Receive, send: Send, item: RateLimitItem, key: str
    ) -> None:
        stats = await self.limiter.get_window_stats(item, key)
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        request = Request(scope, receive)
        log.info("rate_limited", key=key, limit=str(item), retry_after_s=retry_after)
        zh = prefers_chinese(request.headers.get("accept-language"))
        response = problem_response(
            request,
            status=RateLimited.status,
            code=RateLimited.code,
            detail=f"请求过于频繁（上限 {item}），请 {retry_after} 秒后重试"
            if zh
            else f"too many requests (limit {item}); retry in {retry_after} s",
            headers={"Retry-After": str(retry_after)},
        )
        await response(scope, receive, send)


def rate_limit_storage(uri: str) -> Storage:
    """The ``limits`` async storage for a URI as the library spells it (``memory://``,
    ``redis://host:6379/0``); the ``async+`` prefix is added when missing."""
    storage = storage_from_string(uri if uri.startswith("async+") else f"async+{uri}")
    assert isinstance(storage, Storage)
    return storage


def install_hardening(app: FastAPI, settings: ServiceSettings) -> None:
    """Body limit, rate limit, CORS (only with allowed origins) and security headers, inside out."""
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.rate_limit.strip():
        app.add_middleware(
            RateLimitMiddleware,
            limits=parse_many(settings.rate_limit),
            storage=rate_limit_storage(settings.rate_limit_storage),
        )
    origin_regex = settings.cors_origin_regex
    if settings.cors_allow_origins or origin_regex:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_allow_origins,
            allow_origin_regex=origin_regex,
            allow_methods=CORS_METHODS,
            allow_headers=CORS_REQUEST_HEADERS,
            expose_headers=CORS_RESPONSE_HEADERS,
            max_age=CORS_MAX_AGE_S,
        )
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.environment == "production")
