"""Bearer tokens (DESIGN 7): the dev key signs, the verifier checks, production refuses the dev key."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import httpx
import jwt
import pytest
from fastapi import Depends, FastAPI
from pydantic import ValidationError

from shared.auth import (
    CLOCK_SKEW,
    CurrentPrincipal,
    Principal,
    Role,
    TokenVerifier,
    issue_token,
    require_roles,
)
from shared.errors import Unauthorized, install_problem_handlers
from shared.settings import DEVELOPMENT_JWT_SECRET, ServiceSettings


@pytest.fixture
def settings() -> ServiceSettings:
    return ServiceSettings(environment="test")


def raw_token(settings: ServiceSettings, **claims: Any) -> str:
    """A token with exactly the given claims, signed with the settings' key."""
    return jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm=settings.jwt_algorithm)


def standard_claims(settings: ServiceSettings, **overrides: Any) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    claims: dict[str, Any] = {
        "sub": "officer-1",
        "roles": ["municipal_admin"],
        "iat": now,
        "exp": now + dt.timedelta(minutes=5),
        "aud": settings.jwt_audience,
        "iss": settings.jwt_issuer,
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


async def test_a_valid_token_gives_the_principal_with_roles_and_district(settings: ServiceSettings) -> None:
    token = issue_token(settings, sub="huangpu-officer", roles=["district_admin"], district="huangpu")
    principal = await TokenVerifier(settings).verify(token)
    assert principal == Principal(
        sub="huangpu-officer", roles=frozenset({Role.DISTRICT_ADMIN}), district="huangpu"
    )
    assert principal.has(Role.DISTRICT_ADMIN)
    assert not principal.has(Role.MUNICIPAL_ADMIN)


async def test_a_center_user_token_carries_its_center_id(settings: ServiceSettings) -> None:
    center_id = uuid.uuid4()
    token = issue_token(settings, sub="center-staff", roles=["center_user"], center_id=str(center_id))
    principal = await TokenVerifier(settings).verify(token)
    assert principal.roles == frozenset({Role.CENTER_USER})
    assert principal.center_id == center_id
    assert principal.district is None


async def test_several_roles_and_scopes_are_kept_and_the_primary_role_is_the_most_privileged(
    settings: ServiceSettings,
) -> None:
    token = issue_token(
        settings,
        sub="svc-1",
        roles=["integration", "finance_officer", "municipal_admin"],
        scopes=["centers:read", "support-cases:read"],
    )
    principal = await TokenVerifier(settings).verify(token)
    assert principal.roles == {Role.INTEGRATION, Role.FINANCE_OFFICER, Role.MUNICIPAL_ADMIN}
    assert principal.scopes == {"centers:read", "support-cases:read"}
    assert principal.primary_role == "municipal_admin"


async def test_unknown_roles_are_dropped_not_trusted(settings: ServiceSettings) -> None:
    token = issue_token(settings, sub="x", roles=["superuser", "expert"])
    principal = await TokenVerifier(settings).verify(token)
    assert principal.roles == frozenset({Role.EXPERT})


async def test_an_expired_token_is_unauthorized(settings: ServiceSettings) -> None:
    token = issue_token(
        settings, sub="x", roles=["municipal_admin"], ttl=-CLOCK_SKEW - dt.timedelta(seconds=1)
    )
    with pytest.raises(Unauthorized, match="expired"):
        await TokenVerifier(settings).verify(token)


async def test_a_token_expired_within_the_clock_skew_is_still_accepted(settings: ServiceSettings) -> None:
    token = issue_token(settings, sub="x", roles=["municipal_admin"], ttl=-CLOCK_SKEW / 3)
    assert (await TokenVerifier(settings).verify(token)).sub == "x"


async def test_a_token_signed_with_another_key_is_unauthorized(settings: ServiceSettings) -> None:
    forger = ServiceSettings(environment="test", jwt_secret="someone-elses-key-of-sufficient-length-32b")
    token = issue_token(forger, sub="x", roles=["municipal_admin"])
    with pytest.raises(Unauthorized, match=r"[Ss]ignature"):
        await TokenVerifier(settings).verify(token)


async def test_a_token_for_another_audience_is_unauthorized(settings: ServiceSettings) -> None:
    other = ServiceSettings(environment="test", jwt_audience="some-other-platform")
    token = issue_token(other, sub="x", roles=["municipal_admin"])
    with pytest.raises(Unauthorized, match=r"[Aa]udience"):
        await TokenVerifier(settings).verify(token)


async def test_a_token_from_another_issuer_is_unauthorized(settings: ServiceSettings) -> None:
    other = ServiceSettings(environment="test", jwt_issuer="someone-else")
    token = issue_token(other, sub="x", roles=["municipal_admin"])
    with pytest.raises(Unauthorized, match=r"[Ii]ssuer"):
        await TokenVerifier(settings).verify(token)


async def test_an_unsigned_token_is_unauthorized(settings: ServiceSettings) -> None:
    token = jwt.encode(standard_claims(settings), key="", algorithm="none")
    with pytest.raises(Unauthorized):
        await TokenVerifier(settings).verify(token)


@pytest.mark.parametrize("garbage", ["", "not-a-jwt", "a.b.c"])
async def test_garbage_is_unauthorized(settings: ServiceSettings, garbage: str) -> None:
    with pytest.raises(Unauthorized):
        await TokenVerifier(settings).verify(garbage)


@pytest.mark.parametrize("dropped", ["sub", "exp"])
async def test_a_token_without_sub_or_exp_is_unauthorized(settings: ServiceSettings, dropped: str) -> None:
    token = raw_token(settings, **standard_claims(settings, **{dropped: None}))
    with pytest.raises(Unauthorized, match=dropped):
        await TokenVerifier(settings).verify(token)


async def test_roles_that_are_not_a_list_are_unauthorized(settings: ServiceSettings) -> None:
    token = raw_token(settings, **standard_claims(settings, roles="municipal_admin"))
    with pytest.raises(Unauthorized, match="roles"):
        await TokenVerifier(settings).verify(token)


async def test_a_center_id_that_is_not_a_uuid_is_unauthorized(settings: ServiceSettings) -> None:
    token = raw_token(settings, **standard_claims(settings, roles=["center_user"], center_id="c-42"))
    with pytest.raises(Unauthorized, match="center_id"):
        await TokenVerifier(settings).verify(token)


def test_production_settings_refuse_the_development_key() -> None:
    with pytest.raises(ValidationError, match="development signing key"):
        ServiceSettings(environment="production")


def test_production_settings_refuse_the_development_key_even_when_given_explicitly() -> None:
    with pytest.raises(ValidationError, match="development signing key"):
        ServiceSettings(environment="production", jwt_secret=DEVELOPMENT_JWT_SECRET)


def test_production_settings_accept_a_jwks_url_or_a_real_secret() -> None:
    with_jwks = ServiceSettings(environment="production", jwt_jwks_url="https://idp.example/jwks.json")
    assert with_jwks.jwt_jwks_url == "https://idp.example/jwks.json"
    with_secret = ServiceSettings(environment="production", jwt_secret="a-real-secret-from-the-vault-32b+")
    assert with_secret.jwt_secret.get_secret_value() != DEVELOPMENT_JWT_SECRET


@pytest.mark.parametrize("environment", ["local", "test"])
def test_local_and_test_settings_may_use_the_development_key(environment: str) -> None:
    settings = ServiceSettings.model_validate({"environment": environment})
    assert settings.jwt_secret.get_secret_value() == DEVELOPMENT_JWT_SECRET


# The FastAPI dependencies: 401 without a good token, 403 without the role.


def guarded_app(settings: ServiceSettings) -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)
    app.state.token_verifier = TokenVerifier(settings)

    @app.get("/me")
    async def me(principal: CurrentPrincipal) -> dict[str, Any]:
        return {"sub": principal.sub, "roles": sorted(principal.roles), "district": principal.district}

    @app.get("/admin", dependencies=[Depends(require_roles(Role.MUNICIPAL_ADMIN))])
    async def admin() -> dict[str, bool]:
        return {"ok": True}

    return app


async def call(settings: ServiceSettings, path: str, headers: dict[str, str] | None = None) -> httpx.Response:
    transport = httpx.ASGITransport(app=guarded_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        return await client.get(path, headers=headers or {})


async def test_a_route_gives_the_principal_to_a_caller_with_a_valid_token(settings: ServiceSettings) -> None:
    token = issue_token(settings, sub="d-1", roles=["district_admin"], district="tianhe")
    response = await call(settings, "/me", {"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {"sub": "d-1", "roles": ["district_admin"], "district": "tianhe"}


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": "Bearer not-a-jwt"}],
    ids=["none", "basic", "garbage"],
)
async def test_a_route_without_a_valid_bearer_token_is_401_with_a_challenge(
    settings: ServiceSettings, headers: dict[str, str]
) -> None:
    response = await call(settings, "/me", headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["type"] == "urn:gz-mic:problem:not-authenticated"


async def test_a_route_needing_a_role_is_403_for_others_and_200_for_the_role(
    settings: ServiceSettings,
) -> None:
    expert = issue_token(settings, sub="e", roles=["expert"])
    denied = await call(settings, "/admin", {"Authorization": f"Bearer {expert}"})
    assert denied.status_code == 403
    assert denied.json()["type"] == "urn:gz-mic:problem:forbidden"
    assert "municipal_admin" in denied.json()["detail"]
    admin = issue_token(settings, sub="m", roles=["municipal_admin"])
    allowed = await call(settings, "/admin", {"Authorization": f"Bearer {admin}"})
    assert allowed.status_code == 200
