"""Talent's ``Idempotency-Key`` table (one for every area of talent) and the helper its
creating routes call."""

from shared.idempotency import IdempotencyKey, IdempotencyMixin, claim_with
from talent.base import Base


class IdempotencyRecord(IdempotencyMixin, Base):
    pass


claim = claim_with(IdempotencyRecord)

__all__ = ["IdempotencyKey", "IdempotencyRecord", "claim"]
