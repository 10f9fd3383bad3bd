"""Hardening in front of every service (issue 15): body size, rate limits, CORS, security headers,
no internals in a 500, secrets out of reprs and logs and readable from files."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import structlog
from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI, Request
from pydantic import BaseModel

from shared.auth import TokenVerifier, issue_token
from shared.docs_pages import install_docs
from shared.errors import install_problem_handlers
from shared.hardening import DOCS_CSP, install_hardening
from shared.logging import configure_logging
from shared.settings import SECRETS_DIR_VARIABLE, ServiceSettings

ORIGIN = "https://portal.example.cn"
SQL = "SELECT password_hash FROM account WHERE name = 'root'"


class Note(BaseModel):
    text: str


def build_app(**overrides: Any) -> FastAPI:
    """The middleware of ``create_app`` (same installer, same order) around a few test routes."""
    settings = ServiceSettings(**{"environment": "test", **overrides})
    app = FastAPI(docs_url=None, redoc_url=None)
    install_docs(app)
    install_hardening(app, settings)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    install_problem_handlers(app)
    app.state.token_verifier = TokenVerifier(settings)

    @app.post("/notes")
    async def create(note: Note) -> dict[str, int]:
        return {"length": len(note.text)}

    @app.post("/raw")
    async def raw(request: Request) -> dict[str, int]:
        return {"length": len(await request.body())}

    @app.get("/notes")
    async def read() -> dict[str, str]:
        return {"text": "hello"}

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/crash")
    async def crash() -> None:
        raise RuntimeError(f"syntax error at or near 'FROM' in: {SQL}")

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=build_app(max_body_bytes=1000)), base_url="http://testserver"
    ) as c:
        yield c


def token(sub: str) -> str:
    return issue_token(ServiceSettings(environment="test"), sub=sub, roles=["municipal_admin"])


async def test_a_body_under_the_limit_is_accepted(client: httpx.AsyncClient) -> None:
    response = await client.post("/notes", json={"text": "x" * 900})
    assert response.status_code == 200
    assert response.json() == {"length": 900}


async def test_an_announced_body_over_the_limit_is_a_413_problem(client: httpx.AsyncClient) -> None:
    response = await client.post("/notes", json={"text": "x" * 2000})
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:gz-mic:problem:content-too-large"
    assert body["max_bytes"] == 1000
    assert body["request_id"] == response.headers["x-request-id"]


async def test_a_streamed_body_without_content_length_is_counted(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(5):
            yield b"y" * 400

    response = await client.post("/raw", content=chunks())
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["type"] == "urn:gz-mic:problem:content-too-large"


async def test_a_tight_rate_limit_answers_429_with_retry_after_then_recovers() -> None:
    app = build_app(rate_limit="3/second")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        alice = {"Authorization": f"Bearer {token('alice')}"}
        assert [(await c.get("/notes", headers=alice)).status_code for _ in range(3)] == [200] * 3
        refused = await c.get("/notes", headers=alice)
        assert refused.status_code == 429
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"] == "urn:gz-mic:problem:rate-limited"
        assert refused.json()["request_id"] == refused.headers["x-request-id"]
        assert refused.headers["retry-after"] == "1"
        # Another subject has a count of its own; probes are never limited.
        assert (await c.get("/notes", headers={"Authorization": f"Bearer {token('bob')}"})).status_code == 200
        assert [(await c.get("/healthz", headers=alice)).status_code for _ in range(5)] == [200] * 5
        await asyncio.sleep(1.1)
        assert (await c.get("/notes", headers=alice)).status_code == 200


async def test_unauthenticated_clients_are_limited_by_address() -> None:
    app = build_app(rate_limit="2/second")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        bad = {"Authorization": "Bearer not-a-token"}
        statuses = [(await c.get("/notes", headers=bad if i % 2 else {})).status_code for i in range(3)]
        assert statuses == [200, 200, 429]


async def test_an_empty_rate_limit_turns_limiting_off() -> None:
    app = build_app(rate_limit="")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        assert [(await c.get("/notes")).status_code for _ in range(20)] == [200] * 20


async def test_an_allowed_origin_gets_cors_headers_and_another_does_not() -> None:
    app = build_app(cors_allow_origins=[ORIGIN])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        preflight = await c.options(
            "/notes",
            headers={
                "Origin": ORIGIN,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "Authorization, If-Match, Idempotency-Key, Accept-Language",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == ORIGIN
        allowed = preflight.headers["access-control-allow-headers"].lower()
        assert {"authorization", "if-match", "idempotency-key", "accept-language"} <= {
            h.strip() for h in allowed.split(",")
        }
        get = await c.get("/notes", headers={"Origin": ORIGIN})
        assert get.headers["access-control-allow-origin"] == ORIGIN
        exposed = {h.strip().lower() for h in get.headers["access-control-expose-headers"].split(",")}
        assert {"etag", "retry-after", "x-request-id"} <= exposed

        other = "https://evil.example"
        refused = await c.options(
            "/notes", headers={"Origin": other, "Access-Control-Request-Method": "POST"}
        )
        assert "access-control-allow-origin" not in refused.headers
        assert "access-control-allow-origin" not in (await c.get("/notes", headers={"Origin": other})).headers


async def test_without_an_allow_list_there_are_no_cors_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/notes", headers={"Origin": ORIGIN})
    assert not [h for h in response.headers if h.startswith("access-control-")]


async def test_every_response_carries_the_security_headers(client: httpx.AsyncClient) -> None:
    for response in (await client.get("/notes"), await client.get("/nowhere")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
        assert response.headers["cache-control"] == "no-store"
        assert "strict-transport-security" not in response.headers
    docs = await client.get("/docs")
    assert docs.status_code == 200
    assert docs.headers["content-security-policy"] == DOCS_CSP
    # Swagger UI's assets come from the service itself (shared.docs_pages), so from no other host.
    assert "docs/static/swagger-ui-bundle.js" in docs.text
    assert "https:" not in DOCS_CSP


async def test_production_adds_strict_transport_security() -> None:
    app = build_app(environment="production", jwt_secret="a-real-secret-from-the-vault-32b+")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        response = await c.get("/notes")
    assert response.headers["strict-transport-security"].startswith("max-age=")


async def test_an_unhandled_error_shows_neither_its_message_nor_a_traceback_but_is_logged(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging(service="test", json=True)
    try:
        app = build_app()
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            response = await c.get("/crash")
    finally:
        structlog.reset_defaults()
        logging.getLogger().handlers = []
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:gz-mic:problem:internal-error"
    assert body["request_id"]
    for leak in ("SELECT", "password_hash", "Traceback", "RuntimeError", 'File "', "syntax error"):
        assert leak not in response.text
    logged = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    error = next(e for e in logged if e["event"] == "unhandled_error")
    assert SQL in error["exception"]
    assert "Traceback" in error["exception"]


def test_secrets_are_not_in_the_settings_repr_nor_logged(capsys: pytest.CaptureFixture[str]) -> None:
    settings = ServiceSettings(
        jwt_secret="vault-signing-key-0123456789abcdef",
        database_url="postgresql+asyncpg://mic:s3cr3t-pw@db:5432/registry",
    )
    assert settings.jwt_secret.get_secret_value() == "vault-signing-key-0123456789abcdef"
    configure_logging(service="test", json=True)
    try:
        structlog.get_logger("t").info("settings_loaded", settings=settings, as_text=str(settings))
    finally:
        structlog.reset_defaults()
        logging.getLogger().handlers = []
    logged = capsys.readouterr().err
    assert "settings_loaded" in logged
    for text in (repr(settings), logged):
        assert "vault-signing-key" not in text
        assert "s3cr3t-pw" not in text


def test_secrets_are_read_from_files_in_the_secrets_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mic_jwt_secret").write_text("from-a-file-0123456789abcdef0123\n")
    (tmp_path / "mic_database_url").write_text("postgresql+asyncpg://mic:pw@db/registry")
    monkeypatch.setenv(SECRETS_DIR_VARIABLE, str(tmp_path))
    settings = ServiceSettings()
    assert settings.jwt_secret.get_secret_value() == "from-a-file-0123456789abcdef0123"
    assert settings.database_url == "postgresql+asyncpg://mic:pw@db/registry"
    # The environment wins over a file.
    monkeypatch.setenv("MIC_JWT_SECRET", "from-the-environment-0123456789ab")
    assert ServiceSettings().jwt_secret.get_secret_value() == "from-the-environment-0123456789ab"


async def test_locally_a_dev_server_on_any_localhost_port_may_call_and_read_the_api_headers() -> None:
    app = build_app(environment="local")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as c:
        for origin in ("http://localhost:5173", "http://127.0.0.1:3000", "http://localhost"):
            preflight = await c.options(
                "/notes", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}
            )
            assert preflight.status_code == 200
            assert preflight.headers["access-control-allow-origin"] == origin
        get = await c.get("/notes", headers={"Origin": "http://localhost:5173"})
        exposed = {h.strip().lower() for h in get.headers["access-control-expose-headers"].split(",")}
        assert {"etag", "location", "idempotency-key", "retry-after"} <= exposed
        for other in ("https://localhost:5173", "http://localhost.evil.example", "http://evil.example"):
            refused = await c.get("/notes", headers={"Origin": other})
            assert "access-control-allow-origin" not in refused.headers


async def test_the_local_dev_origins_are_off_outside_local_and_when_set_empty() -> None:
    for app in (
        build_app(environment="production", jwt_secret="x" * 40),
        build_app(),
        build_app(environment="local", cors_allow_origin_regex=""),
    ):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as c:
            response = await c.get("/notes", headers={"Origin": "http://localhost:5173"})
            assert not [h for h in response.headers if h.startswith("access-control-")]
