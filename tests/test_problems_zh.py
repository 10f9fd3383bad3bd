"""Every problem in zh-CN when asked, with no English in it (issue 21, Chinese throughout).

Two parts: a static check that each construction of a ProblemError subclass in the services and
``shared`` passes ``detail_zh``, and live requests, against the registry app and a probe route
holding every validation error kind, read in both languages.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import re
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import httpx
import jwt
import pytest
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field

from registry.config import RegistrySettings
from registry.main import build_app
from shared.auth import TokenVerifier, issue_token
from shared.claims import Role
from shared.db import create_engine, create_sessionmaker
from shared.errors import FieldError, ProblemError, install_problem_handlers
from shared.money import Money
from shared.platform import SERVICES
from shared.reference import DISTRICT_CODES, DistrictCode
from shared.testing.fixtures import bearer
from shared.validation_zh import fallback_zh

ROOT = Path(__file__).resolve().parents[1]
ZH = {"Accept-Language": "zh-CN"}
EN = {"Accept-Language": "en"}
# Identifiers a Chinese sentence may name: header names, standard terms, role codes.
ALLOWED = {
    "Idempotency-Key",
    "If-Match",
    "Bearer",
    "UUID",
    "JSON",
    "ISO",
    "YYYY-MM-DD",
    "true",
    "false",
    "null",
}
ALLOWED |= {role.value for role in Role}
# Codes and names a message lists: districts, token claims, a route's query parameters.
ALLOWED |= DISTRICT_CODES | {"roles", "center_id", "cursor", "district", "limit", "type"}
# The operation a permission names (``POST /api/v1/organizations``) is an identifier.
OPERATION = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) /\S*")
ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z_.-]{3,}")
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


# --- Static: every raise site says its problem in Chinese ----------------------------------------


def _problem_classes() -> set[type[ProblemError]]:
    for service in SERVICES:
        importlib.import_module(f"{service}.main")

    def walk(cls: type[ProblemError]) -> Iterator[type[ProblemError]]:
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    return set(walk(ProblemError))


def _modules() -> Iterator[tuple[Path, ModuleType]]:
    """Each source module of the services and of shared, imported (names resolve as they run)."""
    roots = [ROOT / "shared", *(ROOT / "services" / s for s in SERVICES)]
    for root in roots:
        package = root / root.name if root.name != "shared" else root / "shared"
        for path in sorted(package.rglob("*.py")):
            name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
            # Every one imports: a module that could not would escape the check unseen.
            yield path, importlib.import_module(name)


def _called(node: ast.Call, module: ModuleType) -> Any:
    """What a call's ``Name`` or ``a.B`` resolves to in its module, or None."""
    parts: list[str] = []
    func: ast.expr = node.func
    while isinstance(func, ast.Attribute):
        parts.insert(0, func.attr)
        func = func.value
    if not isinstance(func, ast.Name):
        return None
    target: Any = getattr(module, func.id, None)
    for part in parts:
        target = getattr(target, part, None)
    return target


def test_every_problem_raised_has_a_chinese_detail() -> None:
    classes = _problem_classes()
    assert classes, "no ProblemError subclass found"
    missing = []
    for path, module in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called(node, module) not in classes:
                continue
            if not any(k.arg in {"detail_zh", None} for k in node.keywords):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not missing, f"ProblemError without detail_zh: {missing}"


def test_every_field_error_built_has_a_chinese_message() -> None:
    """``FieldError(field, message, message_zh)``: the fallback (the field's name) stays a last
    resort."""
    missing = []
    for path, module in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _called(node, module) is not FieldError:
                continue
            spread = any(isinstance(a, ast.Starred) for a in node.args)
            named = any(k.arg in {"message_zh", None} for k in node.keywords)
            if len(node.args) < 3 and not spread and not named:
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not missing, f"FieldError without message_zh: {missing}"


# --- Live: each problem in both languages -------------------------------------------------------


def english_in(text: str, allowed: set[str]) -> list[str]:
    """ASCII words of four letters or more that are not allowed identifiers (quoted values are
    the client's own input or codes, pydantic style)."""
    return [
        w
        for w in ENGLISH_WORD.findall(OPERATION.sub("", QUOTED.sub("", text)))
        if w not in allowed and not _is_uuid(w)
    ]


def _is_uuid(word: str) -> bool:
    try:
        uuid.UUID(word)
    except ValueError:
        return False
    return True


def assert_chinese(body: dict[str, Any]) -> None:
    allowed = ALLOWED | {e["field"] for e in body.get("errors", [])}
    allowed |= {part for e in body.get("errors", []) for part in e["field"].split(".")}
    texts = [body["title"], body["detail"], *(e["message"] for e in body.get("errors", []))]
    for text in texts:
        assert not english_in(text, allowed), f"English in {text!r} of {body}"


def assert_english(body: dict[str, Any]) -> None:
    texts = [body["title"], body["detail"], *(e["message"] for e in body.get("errors", []))]
    for text in texts:
        assert not re.search(r"[\u4e00-\u9fff]", text), f"Chinese in {text!r} of {body}"
        assert re.search(r"[A-Za-z]{2,}", text), text


class Probe(BaseModel):
    """A body holding each kind of field the services validate."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=2, max_length=5)
    code: str = Field(default="A1", pattern=r"^[A-Z][0-9]$")
    count: int = Field(default=1, ge=1, le=10)
    ratio: float = Field(default=0.5, gt=0, lt=1)
    flag: bool = False
    day: dt.date | None = None
    moment: dt.datetime | None = None
    ref: uuid.UUID | None = None
    kind: Literal["first", "second"] = "first"
    tags: list[str] = []
    extra_data: dict[str, str] = {}
    amount: Money | None = None
    district: DistrictCode | None = None


VALID = {"name": "abc"}
PROBE_CASES: dict[str, Any] = {
    "missing": {},
    "extra_forbidden": {**VALID, "bogus": 1},
    "string_type": {"name": 12},
    "string_too_short": {"name": "a"},
    "string_too_long": {"name": "abcdefgh"},
    "string_pattern_mismatch": {**VALID, "code": "zz"},
    "int_parsing": {**VALID, "count": "many"},
    "greater_than_equal": {**VALID, "count": 0},
    "less_than_equal": {**VALID, "count": 11},
    "greater_than": {**VALID, "ratio": 0},
    "less_than": {**VALID, "ratio": 1},
    "float_parsing": {**VALID, "ratio": "half"},
    "bool_parsing": {**VALID, "flag": "maybe"},
    "date_from_datetime_parsing": {**VALID, "day": "yesterday"},
    "datetime_from_date_parsing": {**VALID, "moment": "soon"},
    "uuid_parsing": {**VALID, "ref": "not-a-uuid"},
    "literal_error": {**VALID, "kind": "third"},
    "list_type": {**VALID, "tags": "one"},
    "dict_type": {**VALID, "extra_data": "one"},
    "model_type": [],
    "money (ZhValueError)": {**VALID, "amount": "1.234"},
    "money float (ZhValueError)": {**VALID, "amount": 1.5},
    "reference code (ZhValueError)": {**VALID, "district": "atlantis"},
}


def _probe_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.post("/probe")
    async def probe(body: Probe) -> dict[str, str]:
        return {"name": body.name}

    return app


@pytest.fixture
async def probe() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=_probe_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.mark.parametrize("case", PROBE_CASES)
async def test_each_validation_error_kind_in_both_languages(probe: httpx.AsyncClient, case: str) -> None:
    zh = await probe.post("/probe", json=PROBE_CASES[case], headers=ZH)
    assert zh.status_code == 422, zh.text
    assert_chinese(zh.json())
    # A sentence of its own for the kind, not the fallback every unknown kind gets.
    assert all(e["message"] != fallback_zh(e["field"]) for e in zh.json()["errors"]), zh.text
    en = await probe.post("/probe", json=PROBE_CASES[case], headers=EN)
    assert_english(en.json())


async def test_malformed_json_in_both_languages(probe: httpx.AsyncClient) -> None:
    for headers, check in ((ZH, assert_chinese), (EN, assert_english)):
        response = await probe.post(
            "/probe", content=b"{", headers={**headers, "Content-Type": "application/json"}
        )
        assert response.status_code == 400
        check(response.json())


SETTINGS = RegistrySettings()


def _token(**changes: Any) -> str:
    now = dt.datetime.now(dt.UTC)
    claims: dict[str, Any] = {
        "sub": "someone",
        "roles": ["municipal_admin"],
        "iss": SETTINGS.jwt_issuer,
        "aud": SETTINGS.jwt_audience,
        "iat": now,
        "exp": now + dt.timedelta(hours=1),
    }
    claims |= changes
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, SETTINGS.jwt_secret.get_secret_value(), algorithm=SETTINGS.jwt_algorithm)


HOUR = dt.timedelta(hours=1)
NOW = dt.datetime.now(dt.UTC)
ORGANIZATIONS = "/api/v1/organizations"
# (method, path, headers, json body, status)
REGISTRY_CASES: dict[str, tuple[str, str, dict[str, str], Any, int]] = {
    "no route (404)": ("GET", "/nowhere", {}, None, 404),
    "wrong method (405)": ("DELETE", "/healthz", {}, None, 405),
    "no token": ("GET", ORGANIZATIONS, {}, None, 401),
    "garbage token": ("GET", ORGANIZATIONS, bearer("not.a.token"), None, 401),
    "expired token": ("GET", ORGANIZATIONS, bearer(_token(exp=NOW - 2 * HOUR)), None, 401),
    "token not yet valid": ("GET", ORGANIZATIONS, bearer(_token(nbf=NOW + HOUR)), None, 401),
    "wrong audience": ("GET", ORGANIZATIONS, bearer(_token(aud="elsewhere")), None, 401),
    "wrong issuer": ("GET", ORGANIZATIONS, bearer(_token(iss="https://evil.example")), None, 401),
    "missing claim": ("GET", ORGANIZATIONS, bearer(_token(sub=None)), None, 401),
    "wrong signature": (
        "GET",
        ORGANIZATIONS,
        bearer(jwt.encode({"sub": "x"}, "another-secret-of-thirty-two-bytes!", algorithm="HS256")),
        None,
        401,
    ),
    "roles not a list": ("GET", ORGANIZATIONS, bearer(_token(roles="platform_admin")), None, 401),
    "role not permitted": (
        "POST",
        ORGANIZATIONS,
        bearer(issue_token(SETTINGS, sub="x", roles=["expert"])),
        {"name": "x", "uscc": "x", "type": "university"},
        403,
    ),
    "unknown query parameter": (
        "GET",
        ORGANIZATIONS,
        bearer(_token()),
        None,
        422,
    ),
    "limit out of range": ("GET", f"{ORGANIZATIONS}?limit=0", bearer(_token()), None, 422),
    "limit not a number": ("GET", f"{ORGANIZATIONS}?limit=ten", bearer(_token()), None, 422),
    "id not a UUID": ("GET", f"{ORGANIZATIONS}/nope", bearer(_token()), None, 422),
    "body fields": ("POST", ORGANIZATIONS, bearer(_token()), {"name": "", "type": "castle", "x": 1}, 422),
}


@pytest.fixture
async def registry() -> AsyncIterator[httpx.AsyncClient]:
    """The registry app without its lifespan: what the lifespan would set, minus the work (no
    request here reaches the database)."""
    app = build_app(SETTINGS)
    app.state.token_verifier = TokenVerifier(SETTINGS)
    engine = create_engine("sqlite+aiosqlite://")
    app.state.sessionmaker = create_sessionmaker(engine)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
    await engine.dispose()


@pytest.mark.parametrize("case", REGISTRY_CASES)
async def test_each_service_problem_in_both_languages(registry: httpx.AsyncClient, case: str) -> None:
    method, path, headers, body, status = REGISTRY_CASES[case]
    params = {"bogus_param": "1"} if case == "unknown query parameter" else None
    for language, check in ((ZH, assert_chinese), (EN, assert_english)):
        response = await registry.request(
            method, path, headers={**headers, **language}, json=body, params=params
        )
        assert response.status_code == status, response.text
        check(response.json())
