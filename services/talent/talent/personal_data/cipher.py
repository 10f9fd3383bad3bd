"""Authenticated encryption of personal data with rotating keys, and its keyed search index.

Fernet (AES-128-CBC with HMAC-SHA256) from ``cryptography``; ``MultiFernet`` encrypts with the
newest key and decrypts with any, which is what lets keys rotate without downtime. Each sealed
value is stored beside the id of the key that sealed it, so re-encryption finds what is left.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

__all__ = ["InvalidToken", "PersonalDataCipher", "key_id_of"]


def key_id_of(key: str) -> str:
    """A short, public name of a key (never the key): the first 12 hex digits of its SHA-256."""
    return hashlib.sha256(key.encode()).hexdigest()[:12]


class PersonalDataCipher:
    """Seals and opens personal data; digests it for exact-match search."""

    def __init__(self, keys: Sequence[str], index_key: str) -> None:
        if not keys:
            raise ValueError("at least one personal data key is needed")
        self._multi = MultiFernet([Fernet(k) for k in keys])
        self.active_key_id = key_id_of(keys[0])
        self.key_ids = frozenset(key_id_of(k) for k in keys)
        self._index_key = index_key.encode()

    def seal(self, plaintext: str) -> str:
        """Encrypt with the newest key; the result differs on every call."""
        return self._multi.encrypt(plaintext.encode()).decode()

    def open(self, sealed: str) -> str:
        """Decrypt with whichever known key sealed it; ``InvalidToken`` when none did (or tampered)."""
        return self._multi.decrypt(sealed.encode()).decode()

    def reseal(self, sealed: str) -> str:
        """The same plaintext sealed again with the newest key."""
        return self._multi.rotate(sealed.encode()).decode()

    def digest(self, kind: str, value: str) -> str:
        """The keyed hash that finds ``value`` (of ``kind``, e.g. a document type) without decrypting:
        HMAC-SHA256, so nobody without the index key can test guesses against the column."""
        message = f"{kind}:{value}".encode()
        return hmac.new(self._index_key, message, hashlib.sha256).hexdigest()
