"""JWT bearer authentication and role checks (DESIGN 7)."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Annotated, Any

import jwt
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# Re-exported: callers import the roles and the development token from here, as before.
from shared.claims import Role as Role
from shared.claims import issue_token as issue_token
from shared.errors import Forbidden, ServiceUnavailable, Unauthorized
from shared.settings import ServiceSettings


@dataclass(frozen=True)
class Principal:
    """Who is calling: the token's subject, roles and scoping claims."""

    sub: str
    roles: frozenset[Role]
    district: str | None = None
    center_id: uuid.UUID | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    # The OAuth client the token was issued to (``azp`` or ``client_id``), where the token says.
    client_id: str | None = None

    def has(self, *roles: Role) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def primary_role(self) -> str:
        """The role recorded beside an action in history (first by privilege)."""
        for role in Role:
            if role in self.roles:
                return role.value
        return "unknown"


VERIFIED_TOKENS_KEPT = 10_000
# Clocks of the identity provider and of the services differ a little: exp and nbf get this much.
CLOCK_SKEW = dt.timedelta(seconds=30)
# Asymmetric algorithms only against the identity provider: an HS256 token "signed" with the
# provider's public key (the algorithm confusion attack) is refused by this list alone.
JWKS_ALGORITHMS = ["RS256", "ES256"]
# The provider's key set is cached this long; a token naming a key id the cache lacks makes
# PyJWKClient fetch the set again (the provider rotated its keys).
JWKS_CACHE_S = 300


class TokenVerifier:
    """Validates bearer tokens: the identity provider's JWKS in production, else the dev key."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._settings = settings
        self._jwks = (
            jwt.PyJWKClient(
                settings.jwt_jwks_url,
                cache_jwk_set=True,
                lifespan=JWKS_CACHE_S,
                timeout=5,
                cooldown_duration=settings.jwt_jwks_refresh_cooldown_s,
            )
            if settings.jwt_jwks_url
            else None
        )
        # Verifying a signature costs more than the rest of a simple read; a token is verified
        # once and its principal kept until the token's own expiry.
        self._verified: dict[str, tuple[Principal, float]] = {}

    async def verify(self, token: str) -> Principal:
        """The token's principal; a token seen before is not checked again until it expires."""
        cached = self._verified.get(token)
        if cached is not None and cached[1] > time.time():
            return cached[0]
        principal, expires_at = await self._verify(token)
        if len(self._verified) >= VERIFIED_TOKENS_KEPT:
            self._verified.clear()  # a bound, not an LRU: clients reuse a handful of tokens
        self._verified[token] = (principal, expires_at)
        return principal

    async def _verify(self, token: str) -> tuple[Principal, float]:
        try:
            if self._jwks is not None:
                signing_key = await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)
                key: Any = signing_key.key
                algorithms = JWKS_ALGORITHMS
            else:
                key = self._settings.jwt_secret.get_secret_value()
                algorithms = [self._settings.jwt_algorithm]
            claims = jwt.decode(
                token,
                key,
                algorithms=algorithms,
                audience=self._settings.jwt_audience,
                issuer=self._settings.jwt_issuer,
                leeway=CLOCK_SKEW,
                # exp, nbf and iat are checked whenever present; these must be there.
                options={"require": ["sub", "exp", "iss", "aud"]},
            )
        except jwt.PyJWKClientConnectionError as exc:
            # The provider is away: the token may be fine, so not 401 (the client would drop it).
            raise ServiceUnavailable(
                "the identity provider's keys cannot be fetched; try again shortly",
                detail_zh="暂时无法获取身份认证服务的密钥，请稍后重试",
            ) from exc
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"invalid bearer token: {exc}", detail_zh=token_error_zh(exc)) from exc
        return _principal_from_claims(claims), float(claims["exp"])


# PyJWT's messages are English only: each of its errors in Chinese, most specific class first.
TOKEN_ERRORS_ZH: tuple[tuple[type[jwt.PyJWTError], str], ...] = (
    (jwt.ExpiredSignatureError, "令牌已过期"),
    (jwt.ImmatureSignatureError, "令牌尚未生效"),
    (jwt.InvalidAudienceError, "令牌的受众与本服务不符"),
    (jwt.InvalidIssuerError, "令牌的签发方不受信任"),
    (jwt.InvalidIssuedAtError, "令牌的签发时间不合法"),
    (jwt.MissingRequiredClaimError, "令牌缺少必需的声明"),
    (jwt.InvalidAlgorithmError, "令牌的签名算法不被接受"),
    (jwt.InvalidSignatureError, "令牌签名无效"),
    (jwt.DecodeError, "令牌格式无效，无法解码"),
    (jwt.PyJWKClientError, "找不到令牌所用的签名密钥"),
)


def token_error_zh(exc: jwt.PyJWTError) -> str:
    """A Chinese sentence for a refused token; never PyJWT's English text."""
    for kind, sentence in TOKEN_ERRORS_ZH:
        if isinstance(exc, kind):
            if isinstance(exc, jwt.MissingRequiredClaimError):
                return f"{sentence}：{exc.claim}"
            return sentence
    return "令牌无效"


def _principal_from_claims(claims: dict[str, Any]) -> Principal:
    raw_roles = claims.get("roles") or []
    if not isinstance(raw_roles, list):
        raise Unauthorized("claim 'roles' must be a list", detail_zh="roles 声明必须是列表")
    known = {r.value for r in Role}
    roles = frozenset(Role(r) for r in raw_roles if r in known)
    center_raw = claims.get("center_id")
    try:
        center_id = uuid.UUID(str(center_raw)) if center_raw else None
    except ValueError as exc:
        raise Unauthorized("claim 'center_id' is not a UUID", detail_zh="center_id 声明不是 UUID") from exc
    scope = claims.get("scope") or ""
    return Principal(
        sub=str(claims["sub"]),
        roles=roles,
        district=claims.get("district"),
        center_id=center_id,
        scopes=frozenset(str(scope).split()),
        client_id=str(client) if (client := claims.get("azp") or claims.get("client_id")) else None,
    )


class BearerPrincipal(HTTPBearer):
    """The caller's principal from ``Authorization: Bearer``; also the OpenAPI security scheme.

    One dependency instead of a scheme plus a resolver: FastAPI's work per dependency is a
    noticeable part of a simple read.
    """

    def __init__(self) -> None:
        super().__init__(auto_error=False, scheme_name="HTTPBearer")

    async def __call__(self, request: Request) -> Principal:  # type: ignore[override]
        credentials: HTTPAuthorizationCredentials | None = await super().__call__(request)
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise Unauthorized("a bearer token is required", detail_zh="需要 Bearer 令牌")
        verifier: TokenVerifier = request.app.state.token_verifier
        principal = await verifier.verify(credentials.credentials)
        # The service's permission matrix (shared.permissions), where it has one.
        permissions = getattr(request.app.state, "permissions", None)
        if permissions is not None:
            permissions.require(request, principal)
        # The audit trail names the caller of whatever this request changes (shared.audit).
        request.state.principal = principal
        return principal


current_principal = BearerPrincipal()

CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def require_role(principal: Principal, *roles: Role, what: str, what_zh: str) -> None:
    """403 unless the caller holds one of ``roles``; ``what`` says what they may then do."""
    if not principal.has(*roles):
        names = ", ".join(r.value for r in roles)
        raise Forbidden(f"only {names} may {what}", detail_zh=f"只有 {names} 可以{what_zh}")


def require_roles(*roles: Role) -> Callable[..., Coroutine[Any, Any, Principal]]:
    """A dependency that lets through only callers holding one of ``roles``."""

    async def _check(principal: CurrentPrincipal) -> Principal:
        if not principal.has(*roles):
            names = ", ".join(r.value for r in roles)
            raise Forbidden(
                f"this needs one of the roles: {names}", detail_zh=f"此操作需要以下角色之一：{names}"
            )
        return principal

    return _check


def is_own(principal: Principal, *, district: str, center_id: uuid.UUID) -> bool:
    """The district admin of that district, or a user of that very center."""
    if principal.has(Role.DISTRICT_ADMIN) and principal.district == district:
        return True
    return principal.has(Role.CENTER_USER) and principal.center_id == center_id


def acts_for(principal: Principal, *, district: str, center_id: uuid.UUID) -> bool:
    """Who edits what belongs to a center: the city, the center's district, the center itself."""
    return principal.has(Role.MUNICIPAL_ADMIN) or is_own(principal, district=district, center_id=center_id)


@dataclass(frozen=True)
class Scope:
    """What a list shows the caller: everything, one district, or one center."""

    district: str | None = None
    center_id: uuid.UUID | None = None


def list_scope(principal: Principal, *, city_wide: tuple[Role, ...]) -> Scope | None:
    """Scoping of lists (DESIGN 7); None when the caller's roles see no list at all."""
    if principal.has(*city_wide):
        return Scope()
    if principal.has(Role.DISTRICT_ADMIN) and principal.district:
        return Scope(district=principal.district)
    if principal.has(Role.CENTER_USER) and principal.center_id:
        return Scope(center_id=principal.center_id)
    return None
