"""The docs pages load every asset from the service itself: a test client without any network
fetches each script, stylesheet and icon the pages name (issue 21, docs offline)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import httpx
import pytest

from registry.main import build_app
from shared.docs_pages import ASSETS_PATH

BASE = "http://testserver"
CONTENT_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png"}


class _AssetUrls(HTMLParser):
    """Every ``<script src>`` and ``<link href>`` of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"script": "src", "link": "href"}.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.urls.append(value)


def _asset_urls(page: httpx.Response) -> list[str]:
    parser = _AssetUrls()
    parser.feed(page.text)
    return parser.urls


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    app = build_app()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as c:
        yield c


@pytest.mark.parametrize("page_path", ["/docs", "/redoc"])
async def test_each_page_loads_its_assets_from_the_service(client: httpx.AsyncClient, page_path: str) -> None:
    page = await client.get(page_path)
    assert page.status_code == 200
    urls = _asset_urls(page)
    assert urls, "the page names no asset"
    for url in urls:
        absolute = urljoin(f"{BASE}{page_path}", url)
        assert urlsplit(absolute).netloc == "testserver", f"{url} is on another host"
        assert urlsplit(absolute).path.startswith(f"{ASSETS_PATH}/"), url
        asset = await client.get(absolute)
        assert asset.status_code == 200, url
        suffix = url[url.rindex(".") :]
        assert CONTENT_TYPES[suffix] in asset.headers["content-type"], url
        assert len(asset.content) > 0, url


async def test_behind_a_gateway_prefix_the_assets_resolve_under_the_prefix(client: httpx.AsyncClient) -> None:
    """Relative asset URLs: ``/registry/docs`` loads ``/registry/docs/static/...``, which the
    gateway (nginx or Caddy) strips to this service's ``/docs/static/...``."""
    page = await client.get("/docs", headers={"X-Forwarded-Prefix": "/registry"})
    assert "url: '/registry/openapi.json'" in page.text
    for url in _asset_urls(page):
        assert urlsplit(urljoin(f"{BASE}/registry/docs", url)).path.startswith(f"/registry{ASSETS_PATH}/")
    # Without the header the page keeps the string nginx's sub_filter rewrites.
    assert "url: '/openapi.json'" in (await client.get("/docs")).text
    assert 'spec-url="/openapi.json"' in (await client.get("/redoc")).text


async def test_the_docs_routes_stay_out_of_the_openapi_document(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert not [p for p in paths if p.startswith(("/docs", "/redoc"))]
    # Outside the document, so outside the refusal of unknown query parameters, as before.
    for path in ("/docs", "/redoc", f"{ASSETS_PATH}/swagger-ui.css"):
        assert (await client.get(path, params={"bogus_param": "1"})).status_code == 200, path
