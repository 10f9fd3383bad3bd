"""HTTP metrics for Prometheus, labelled by the route template the router already matched.

prometheus-fastapi-instrumentator matches every route of the app a second time on each request
to find the template: measured at about a quarter of the CPU of registry's ``GET`` of one
center (docs/decisions/0007). This middleware reads the route from the ASGI scope after the app
has handled the request; the metrics themselves are ``prometheus_client``'s, with the
instrumentator's names and labels, so dashboards keep working.
"""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUESTS = Counter("http_requests_total", "HTTP requests", ["method", "status", "handler"])
DURATION = Histogram(
    "http_request_duration_seconds",
    "HTTP request duration, from the first byte in to the last byte out",
    ["method", "handler"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)
UNMATCHED = "none"


class HttpMetricsMiddleware:
    """Counts requests by method, status class (``2xx``…) and route template; times them."""

    def __init__(self, app: ASGIApp, *, excluded: frozenset[str] = frozenset()) -> None:
        self.app = app
        self.excluded = excluded

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note_status)
        finally:
            route: Any = scope.get("route")
            handler = getattr(route, "path_format", None) or getattr(route, "path", None) or UNMATCHED
            if handler not in self.excluded:
                method = scope["method"]
                REQUESTS.labels(method, f"{status // 100}xx", handler).inc()
                DURATION.labels(method, handler).observe(time.perf_counter() - started)


async def metrics(_request: Request) -> Response:
    """The process's metrics in the Prometheus text format."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
