"""Production identity (issue 15): tokens are checked against the identity provider's JWKS —
RS256/ES256 only; exp, nbf, iss and aud checked; the key set cached and fetched again when a
token names a key id it lacks. The provider here is a real HTTP server on a free port."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm, RSAAlgorithm

from shared.auth import Role, TokenVerifier
from shared.errors import ServiceUnavailable, Unauthorized
from shared.settings import ServiceSettings

ISSUER, AUDIENCE = "https://idp.gz.example", "mic-platform"


class IdentityProvider:
    """A JWKS endpoint whose key set the test can change, counting how often it is fetched."""

    def __init__(self) -> None:
        self.keys: dict[str, Any] = {}
        self.fetches = 0
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                provider.fetches += 1
                body = json.dumps({"keys": [provider.public_jwk(k) for k in provider.keys]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/jwks.json"

    def add_rsa(self, kid: str) -> None:
        self.keys[kid] = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def add_ec(self, kid: str) -> None:
        self.keys[kid] = ec.generate_private_key(ec.SECP256R1())

    def public_jwk(self, kid: str) -> dict[str, Any]:
        key = self.keys[kid]
        if isinstance(key, rsa.RSAPrivateKey):
            jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
            jwk["alg"] = "RS256"
        else:
            jwk = json.loads(ECAlgorithm.to_jwk(key.public_key()))
            jwk["alg"] = "ES256"
        return {**jwk, "kid": kid, "use": "sig"}

    def sign(self, kid: str, **overrides: Any) -> str:
        key = self.keys[kid]
        algorithm = "RS256" if isinstance(key, rsa.RSAPrivateKey) else "ES256"
        return jwt.encode(claims(**overrides), key, algorithm=algorithm, headers={"kid": kid})


def claims(**overrides: Any) -> dict[str, Any]:
    now = dt.datetime.now(dt.UTC)
    body: dict[str, Any] = {
        "sub": "sso:officer-chen",
        "roles": ["finance_officer"],
        "iat": now,
        "nbf": now,
        "exp": now + dt.timedelta(minutes=10),
        "iss": ISSUER,
        "aud": AUDIENCE,
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


@pytest.fixture
def idp() -> Iterator[IdentityProvider]:
    provider = IdentityProvider()
    provider.add_rsa("rsa-2026-1")
    thread = threading.Thread(target=provider.server.serve_forever, daemon=True)
    thread.start()
    yield provider
    provider.server.shutdown()
    provider.server.server_close()


def verifier_for(idp: IdentityProvider, *, cooldown_s: float = 30.0) -> TokenVerifier:
    settings = ServiceSettings(
        environment="production",
        jwt_jwks_url=idp.url,
        jwt_issuer=ISSUER,
        jwt_audience=AUDIENCE,
        jwt_jwks_refresh_cooldown_s=cooldown_s,
    )
    return TokenVerifier(settings)


async def test_an_rs256_token_of_the_provider_gives_its_principal(idp: IdentityProvider) -> None:
    principal = await verifier_for(idp).verify(idp.sign("rsa-2026-1"))
    assert principal.sub == "sso:officer-chen"
    assert principal.roles == frozenset({Role.FINANCE_OFFICER})


async def test_an_es256_token_is_accepted_too(idp: IdentityProvider) -> None:
    idp.add_ec("ec-2026-1")
    principal = await verifier_for(idp).verify(idp.sign("ec-2026-1", sub="sso:ec-user"))
    assert principal.sub == "sso:ec-user"


@pytest.mark.parametrize(
    ("what", "overrides"),
    [
        ("expired", {"exp": dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)}),
        ("not yet valid", {"nbf": dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)}),
        ("another audience", {"aud": "another-system"}),
        ("another issuer", {"iss": "https://evil.example"}),
        ("no audience", {"aud": None}),
        ("no issuer", {"iss": None}),
        ("no expiry", {"exp": None}),
    ],
)
async def test_claims_outside_what_the_platform_accepts_are_unauthorized(
    idp: IdentityProvider, what: str, overrides: dict[str, Any]
) -> None:
    with pytest.raises(Unauthorized):
        await verifier_for(idp).verify(idp.sign("rsa-2026-1", **overrides))


async def test_a_token_whose_claims_were_edited_after_signing_is_unauthorized(idp: IdentityProvider) -> None:
    header, payload, signature = idp.sign("rsa-2026-1").split(".")
    raised = jwt.utils.base64url_encode(
        json.dumps({**claims(iat=None, nbf=None, exp=2_000_000_000), "roles": ["municipal_admin"]}).encode()
    ).decode()
    with pytest.raises(Unauthorized):
        await verifier_for(idp).verify(f"{header}.{raised}.{signature}")
    assert payload != raised


async def test_alg_none_and_an_hs256_token_signed_with_the_public_key_are_unauthorized(
    idp: IdentityProvider,
) -> None:
    unsigned = jwt.encode(claims(), key=None, algorithm="none", headers={"kid": "rsa-2026-1"})
    public_pem = (
        idp.keys["rsa-2026-1"]
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    # PyJWT itself refuses to HMAC-sign with a PEM key, so the confused token is built by hand.
    header = jwt.utils.base64url_encode(
        json.dumps({"alg": "HS256", "typ": "JWT", "kid": "rsa-2026-1"}).encode()
    )
    body = jwt.utils.base64url_encode(json.dumps(claims(exp=2_000_000_000, iat=None, nbf=None)).encode())
    mac = hmac.new(public_pem, header + b"." + body, hashlib.sha256).digest()
    confused = b".".join([header, body, jwt.utils.base64url_encode(mac)]).decode()
    verifier = verifier_for(idp)
    for token in (unsigned, confused):
        with pytest.raises(Unauthorized):
            await verifier.verify(token)


async def test_a_key_the_provider_does_not_publish_is_unauthorized(idp: IdentityProvider) -> None:
    stranger = IdentityProvider()
    stranger.add_rsa("rsa-2026-1")  # the same key id, another key
    stranger.server.server_close()
    with pytest.raises(Unauthorized):
        await verifier_for(idp).verify(stranger.sign("rsa-2026-1"))


async def test_the_key_set_is_cached_and_fetched_again_for_a_key_id_it_lacks(idp: IdentityProvider) -> None:
    verifier = verifier_for(idp, cooldown_s=0)
    await verifier.verify(idp.sign("rsa-2026-1", sub="a"))
    await verifier.verify(idp.sign("rsa-2026-1", sub="b"))
    assert idp.fetches == 1  # cached
    idp.add_rsa("rsa-2026-2")  # the provider rotates: a new key appears
    principal = await verifier.verify(idp.sign("rsa-2026-2", sub="c"))
    assert principal.sub == "c"
    assert idp.fetches == 2


async def test_an_unreachable_provider_is_a_503_not_a_401(idp: IdentityProvider) -> None:
    token = idp.sign("rsa-2026-1")
    idp.server.shutdown()
    idp.server.server_close()
    with pytest.raises(ServiceUnavailable):
        await verifier_for(idp).verify(token)


async def test_unknown_key_ids_within_the_cooldown_do_not_fetch_the_key_set_again(
    idp: IdentityProvider,
) -> None:
    verifier = verifier_for(idp, cooldown_s=30)
    await verifier.verify(idp.sign("rsa-2026-1"))
    for kid in ("made-up-1", "made-up-2", "made-up-3"):
        idp.add_rsa(kid)
        with pytest.raises(Unauthorized):
            await verifier.verify(idp.sign(kid))
    assert idp.fetches == 1
