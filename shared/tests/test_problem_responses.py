"""RFC 9457 problem bodies (DESIGN 7): one renderer for every error, zh-CN or en by Accept-Language."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

import httpx
import pytest
from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI, Query
from pydantic import BaseModel, Field

from shared.errors import (
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    PreconditionFailed,
    ProblemError,
    Unauthorized,
    Unprocessable,
    install_problem_handlers,
)

PROBLEM = "application/problem+json"
SECRET = "db-password=hunter2 in /srv/app/secret_module.py"


class Organization(BaseModel):
    name: str = Field(min_length=1)
    uscc: str = Field(min_length=18, max_length=18)


class Registration(BaseModel):
    name: str = Field(min_length=1)
    employees: int
    lead_organization: Organization


class TeapotError(ProblemError):
    status = 418
    code = "teapot"


def build_app() -> FastAPI:
    app = FastAPI()
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    install_problem_handlers(app)

    @app.get("/missing")
    async def missing() -> None:
        raise NotFound("no center 42", detail_zh="未找到创新中心 42")

    @app.get("/conflict")
    async def conflict() -> None:
        raise Conflict(
            "'approve' is not allowed from status 'draft'",
            detail_zh="当前状态 draft 下不能执行 approve",
            extra={"current_status": "draft"},
        )

    @app.get("/forbidden")
    async def forbidden() -> None:
        raise Forbidden("not your district")

    @app.get("/unauthorized")
    async def unauthorized() -> None:
        raise Unauthorized("a bearer token is required", detail_zh="需要 Bearer 令牌")

    @app.get("/stale")
    async def stale() -> None:
        raise PreconditionFailed("the center changed since you read it")

    @app.get("/gaps")
    async def gaps() -> None:
        raise Unprocessable(
            "the application has gaps",
            detail_zh="申请材料不完整",
            errors=[
                FieldError("decision_body", "missing"),
                FieldError("lead_organization.uscc", "the check digit (18th character) is wrong"),
            ],
        )

    @app.get("/teapot")
    async def teapot() -> None:
        raise TeapotError("short and stout")

    @app.get("/crash")
    async def crash() -> None:
        raise RuntimeError(SECRET)

    @app.post("/registrations", status_code=201)
    async def register(body: Registration) -> dict[str, Any]:
        return body.model_dump()

    @app.get("/items")
    async def items(limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict[str, int]:
        return {"limit": limit}

    return app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=build_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


def assert_problem(response: httpx.Response, *, status: int, code: str, instance: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["type"] == f"urn:gz-mic:problem:{code}"
    assert body["status"] == status
    assert body["instance"] == instance
    assert isinstance(body["title"], str)
    assert body["title"]
    assert isinstance(body["detail"], str)
    assert body["detail"]
    return body


VALID = {"name": "创新中心", "employees": 12, "lead_organization": {"name": "某公司", "uscc": "9" * 18}}


async def test_a_valid_request_is_not_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.post("/registrations", json=VALID)
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("path", "status", "code", "title", "detail"),
    [
        ("/missing", 404, "not-found", "Not found", "no center 42"),
        ("/conflict", 409, "conflict", "Conflict", "'approve' is not allowed from status 'draft'"),
        ("/forbidden", 403, "forbidden", "Forbidden", "not your district"),
        ("/unauthorized", 401, "not-authenticated", "Not authenticated", "a bearer token is required"),
        ("/stale", 412, "precondition-failed", "Precondition failed", "the center changed since you read it"),
        ("/gaps", 422, "validation-failed", "Validation failed", "the application has gaps"),
    ],
)
async def test_a_domain_error_renders_as_its_status_and_code(
    client: httpx.AsyncClient, path: str, status: int, code: str, title: str, detail: str
) -> None:
    body = assert_problem(await client.get(path), status=status, code=code, instance=path)
    assert body["title"] == title
    assert body["detail"] == detail


async def test_a_problem_subclass_with_an_unlisted_status_still_renders(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.get("/teapot"), status=418, code="teapot", instance="/teapot")
    assert body["title"] == "Error"


async def test_extra_members_of_a_problem_are_part_of_the_body(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.get("/conflict"), status=409, code="conflict", instance="/conflict")
    assert body["current_status"] == "draft"


async def test_field_errors_of_a_domain_problem_are_listed(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.get("/gaps"), status=422, code="validation-failed", instance="/gaps")
    assert body["errors"] == [
        {"field": "decision_body", "message": "missing"},
        {"field": "lead_organization.uscc", "message": "the check digit (18th character) is wrong"},
    ]


async def test_a_401_carries_a_bearer_challenge(client: httpx.AsyncClient) -> None:
    response = await client.get("/unauthorized")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_a_problem_without_errors_has_no_errors_member(client: httpx.AsyncClient) -> None:
    body = (await client.get("/missing")).json()
    assert "errors" not in body


async def test_the_request_id_is_echoed_in_the_body_and_header(client: httpx.AsyncClient) -> None:
    request_id = "0b9c4e2a5f3d4c7e8a1b2c3d4e5f6a7b"
    response = await client.get("/missing", headers={"X-Request-ID": request_id})
    assert response.json()["request_id"] == request_id
    assert response.headers["x-request-id"] == request_id


async def test_a_request_id_is_generated_when_the_client_sends_none(client: httpx.AsyncClient) -> None:
    response = await client.get("/missing")
    assert response.json()["request_id"]
    assert response.json()["request_id"] == response.headers["x-request-id"]


async def test_body_validation_is_422_with_every_field_named(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/registrations", json={"employees": "many", "lead_organization": {"name": "", "uscc": "123"}}
    )
    body = assert_problem(response, status=422, code="validation-failed", instance="/registrations")
    assert body["title"] == "Validation failed"
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"name", "employees", "lead_organization.name", "lead_organization.uscc"}
    assert all(isinstance(e["message"], str) and e["message"] for e in body["errors"])
    assert all(set(e) == {"field", "message"} for e in body["errors"])


async def test_a_missing_body_is_422_naming_the_body(client: httpx.AsyncClient) -> None:
    response = await client.post("/registrations")
    body = assert_problem(response, status=422, code="validation-failed", instance="/registrations")
    assert [e["field"] for e in body["errors"]] == ["body"]


async def test_query_validation_is_422_naming_the_parameter(client: httpx.AsyncClient) -> None:
    response = await client.get("/items", params={"limit": 500})
    body = assert_problem(response, status=422, code="validation-failed", instance="/items")
    assert [e["field"] for e in body["errors"]] == ["limit"]


@pytest.mark.parametrize(
    "content", [b'{"name": "x",', b"not json at all", b"{'name': 'x'}"], ids=["truncated", "text", "quotes"]
)
async def test_invalid_json_is_400_malformed_json(client: httpx.AsyncClient, content: bytes) -> None:
    response = await client.post(
        "/registrations", content=content, headers={"Content-Type": "application/json"}
    )
    body = assert_problem(response, status=400, code="malformed-json", instance="/registrations")
    assert body["title"] == "Bad request"
    assert body["detail"] == "The request body is not valid JSON"
    assert "errors" not in body


async def test_chinese_is_chosen_by_accept_language(client: httpx.AsyncClient) -> None:
    zh = {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}
    missing = (await client.get("/missing", headers=zh)).json()
    assert missing["title"] == "未找到"
    assert missing["detail"] == "未找到创新中心 42"
    invalid = (await client.post("/registrations", json={}, headers=zh)).json()
    assert invalid["title"] == "数据校验未通过"
    assert invalid["detail"] == "请求数据校验未通过"
    malformed = (
        await client.post("/registrations", content=b"{", headers={**zh, "Content-Type": "application/json"})
    ).json()
    assert malformed["title"] == "请求有误"
    assert malformed["detail"] == "请求体不是合法的 JSON"


async def test_a_problem_without_a_chinese_detail_says_its_title_in_chinese(
    client: httpx.AsyncClient,
) -> None:
    """No English in a zh-CN response (issue 21); tests/test_problems_zh.py finds raise sites
    without ``detail_zh``, so this is a last resort."""
    body = (await client.get("/forbidden", headers={"Accept-Language": "zh-CN"})).json()
    assert body["title"] == "无权操作"
    assert body["detail"] == "无权操作"
    english = (await client.get("/forbidden")).json()
    assert english["detail"] == "not your district"


@pytest.mark.parametrize("language", [None, "en-US,en;q=0.9", "en-GB,zh-CN;q=0.8", "fr"])
async def test_english_is_the_default_unless_chinese_comes_first(
    client: httpx.AsyncClient, language: str | None
) -> None:
    headers = {"Accept-Language": language} if language else {}
    body = (await client.get("/missing", headers=headers)).json()
    assert body["title"] == "Not found"
    assert body["detail"] == "no center 42"


async def test_an_unexpected_error_is_a_500_problem_without_internals() -> None:
    transport = httpx.ASGITransport(app=build_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/crash", headers={"X-Request-ID": "5f0c1d2e3a4b4c5d9e8f7a6b5c4d3e2f"})
        zh = await client.get("/crash", headers={"Accept-Language": "zh-CN"})
    body = assert_problem(response, status=500, code="internal-error", instance="/crash")
    assert body["title"] == "Internal server error"
    assert body["request_id"] == "5f0c1d2e3a4b4c5d9e8f7a6b5c4d3e2f"
    for leaked in ("Traceback", "RuntimeError", "hunter2", "secret_module", 'File "'):
        assert leaked not in response.text
    assert zh.status_code == 500
    assert zh.json()["title"] == "服务器内部错误"
    assert "hunter2" not in zh.text


async def test_an_unknown_route_is_a_404_problem(client: httpx.AsyncClient) -> None:
    body = assert_problem(
        await client.get("/no/such/route"), status=404, code="not-found", instance="/no/such/route"
    )
    assert body["title"] == "Not found"


async def test_a_wrong_method_is_a_405_problem(client: httpx.AsyncClient) -> None:
    response = await client.delete("/missing")
    assert_problem(response, status=405, code="method-not-allowed", instance="/missing")
    assert "GET" in response.headers["allow"]
