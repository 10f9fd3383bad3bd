"""Swagger UI and ReDoc served by the service itself: the docs work on a network without the
internet (a government intranet), and the pages load no script from a third party.

The assets are those of ``fastapi-offline`` (Swagger UI 5 and ReDoc 2, pinned by ``uv.lock``);
only its static files are used, the pages are FastAPI's own (``get_swagger_ui_html``,
``get_redoc_html``), as FastAPI documents for self-hosted assets.

The pages name their assets by a URL relative to the page (``docs/static/...``), so that they load
the same straight from the service, through nginx (which rewrites only the OpenAPI URL) and through
Caddy (which sends ``X-Forwarded-Prefix``: Caddy's standard build cannot rewrite a page as nginx's
``sub_filter`` does, so the pages read the prefix themselves, see :func:`prefix_of`). The routes are
Starlette routes outside the OpenAPI document, like FastAPI's own docs routes: neither the
permission matrix nor the check of query parameters applies to them.
"""

from __future__ import annotations

import re
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS_DIRECTORY = Path(fastapi_offline.__file__).parent / "static"
ASSETS_PATH = "/docs/static"
# Relative to /docs and /redoc (and to /<service>/docs behind a gateway).
ASSETS_URL = "docs/static"
SWAGGER_PATH = "/docs"
OAUTH2_REDIRECT_PATH = "/docs/oauth2-redirect"
REDOC_PATH = "/redoc"
# make run's Caddy strips ``/<service>`` and says so in this header; the prefix goes into a page's
# script unescaped by FastAPI, so only one plain path segment is taken.
PREFIX_HEADER = "x-forwarded-prefix"
PREFIX = re.compile(r"/[a-z][a-z0-9-]*")


def prefix_of(request: Request) -> str:
    """Where the gateway serves this service (``/registry``), or ``""`` called directly."""
    prefix = request.headers.get(PREFIX_HEADER, "")
    return prefix if PREFIX.fullmatch(prefix) else ""


def install_docs(app: FastAPI) -> None:
    """Serve ``/docs``, ``/docs/oauth2-redirect``, ``/redoc`` and their assets under
    ``/docs/static``; the app must be made with ``docs_url=None, redoc_url=None``."""
    if app.docs_url is not None or app.redoc_url is not None:
        raise ValueError("make the app with docs_url=None and redoc_url=None: install_docs serves them")

    def openapi_url(request: Request) -> str:
        return f"{prefix_of(request)}{app.openapi_url}"

    async def swagger_ui(request: Request) -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url(request),
            title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=f"{prefix_of(request)}{OAUTH2_REDIRECT_PATH}",
            swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{ASSETS_URL}/favicon.png",
            swagger_ui_parameters=app.swagger_ui_parameters,
        )

    async def oauth2_redirect(request: Request) -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    async def redoc(request: Request) -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url(request),
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        )

    app.mount(ASSETS_PATH, StaticFiles(directory=ASSETS_DIRECTORY), name="docs-assets")
    app.add_route(SWAGGER_PATH, swagger_ui, include_in_schema=False)
    app.add_route(OAUTH2_REDIRECT_PATH, oauth2_redirect, include_in_schema=False)
    app.add_route(REDOC_PATH, redoc, include_in_schema=False)
