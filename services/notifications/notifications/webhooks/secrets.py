"""Signing secrets: made here, shown once, kept sealed.

The Standard Webhooks signature is an HMAC with the secret, so the service needs the secret itself
at every delivery: it is sealed with Fernet (keys from settings, newest first, rotatable as
talent's personal-data keys are), not hashed.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence

from cryptography.fernet import Fernet, MultiFernet

PREFIX = "whsec_"


def new_secret() -> str:
    """24 random bytes, base64, with the ``whsec_`` prefix the Standard Webhooks libraries read."""
    return PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


class SecretBox:
    """Seals with the newest key, opens with any."""

    def __init__(self, keys: Sequence[str]) -> None:
        self._multi = MultiFernet([Fernet(k) for k in keys])

    def seal(self, secret: str) -> str:
        return self._multi.encrypt(secret.encode()).decode()

    def open(self, sealed: str) -> str:
        return self._multi.decrypt(sealed.encode()).decode()
