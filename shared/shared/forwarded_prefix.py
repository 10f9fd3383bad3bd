"""The interactive docs behind a gateway prefix: ``/registry/docs`` must load
``/registry/openapi.json``, not the gateway's ``/openapi.json`` (which no service serves).

The Caddy gateway (``make run``) strips ``/registry`` and sends ``X-Forwarded-Prefix: /registry``:
Caddy's standard build cannot rewrite a page as nginx's ``sub_filter`` does. On the docs pages
only, the prefix becomes the ASGI ``root_path``, from which FastAPI writes the page's URLs. Nothing
else sees it: routing, the OpenAPI document (its ``servers``) and every other response stay the
same whether a request came through the gateway or not.
"""

from __future__ import annotations

import re

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.hardening import DOCS_PATHS

HEADER = "x-forwarded-prefix"
# The prefix goes into a page's script unescaped by FastAPI: one plain path segment, nothing else.
PREFIX = re.compile(r"/[a-z][a-z0-9-]*")


class ForwardedPrefixMiddleware:
    """Sets ``root_path`` from ``X-Forwarded-Prefix`` for the docs pages (pure ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in DOCS_PATHS:
            prefix = Headers(scope=scope).get(HEADER, "")
            if PREFIX.fullmatch(prefix):
                scope = {**scope, "root_path": prefix}
        await self.app(scope, receive, send)
