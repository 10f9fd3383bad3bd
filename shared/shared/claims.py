"""The roles a token names and the development token itself, without FastAPI.

``shared.auth`` (the bearer check) re-exports both; they live here so that ``mic token`` (``make
token``) imports only PyJWT and the settings and answers well under a second (issue 21).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import jwt

from shared.settings import ServiceSettings


class Role(enum.StrEnum):
    MUNICIPAL_ADMIN = "municipal_admin"
    DISTRICT_ADMIN = "district_admin"
    EXPERT = "expert"
    FINANCE_OFFICER = "finance_officer"
    TALENT_OFFICER = "talent_officer"
    SCENARIO_PUBLISHER = "scenario_publisher"
    CENTER_USER = "center_user"
    INTEGRATION = "integration"


def issue_token(
    settings: ServiceSettings,
    *,
    sub: str,
    roles: list[str],
    district: str | None = None,
    center_id: str | None = None,
    scopes: list[str] | None = None,
    ttl: dt.timedelta = dt.timedelta(hours=12),
) -> str:
    """Sign a token with the local development key (``make token``; tests; ``mic demo``)."""
    now = dt.datetime.now(dt.UTC)
    claims: dict[str, Any] = {
        "sub": sub,
        "roles": roles,
        "iat": now,
        "exp": now + ttl,
        "aud": settings.jwt_audience,
        "iss": settings.jwt_issuer,
    }
    if district:
        claims["district"] = district
    if center_id:
        claims["center_id"] = center_id
    if scopes:
        claims["scope"] = " ".join(scopes)
    return jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm=settings.jwt_algorithm)
