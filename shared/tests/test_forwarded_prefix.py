"""``X-Forwarded-Prefix`` (make run's Caddy gateway) points the docs pages at the service's own
``/<service>/openapi.json``, and changes nothing else."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from shared.docs_pages import install_docs


def _client() -> httpx.AsyncClient:
    app = FastAPI(docs_url=None, redoc_url=None)
    install_docs(app)

    @app.get("/api/v1/things")
    async def things() -> dict[str, str]:
        return {"ok": "yes"}

    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


async def test_the_docs_behind_a_prefix_load_the_prefixed_openapi_document() -> None:
    async with _client() as client:
        docs = await client.get("/docs", headers={"X-Forwarded-Prefix": "/registry"})
        assert "url: '/registry/openapi.json'" in docs.text
        redoc = await client.get("/redoc", headers={"X-Forwarded-Prefix": "/registry"})
        assert 'spec-url="/registry/openapi.json"' in redoc.text
        assert "url: '/openapi.json'" in (await client.get("/docs")).text


async def test_a_prefix_that_is_not_one_plain_segment_is_ignored() -> None:
    async with _client() as client:
        for prefix in ("/a/b", "registry", "/x';alert(1);'", "/"):
            docs = await client.get("/docs", headers={"X-Forwarded-Prefix": prefix})
            assert "url: '/openapi.json'" in docs.text, prefix


async def test_the_prefix_changes_neither_routing_nor_the_openapi_document() -> None:
    async with _client() as client:
        prefixed = {"X-Forwarded-Prefix": "/registry"}
        assert (await client.get("/api/v1/things", headers=prefixed)).json() == {"ok": "yes"}
        assert "servers" not in (await client.get("/openapi.json", headers=prefixed)).json()
