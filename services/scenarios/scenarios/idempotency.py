"""Scenarios's ``Idempotency-Key`` table (one for every area of scenarios) and the helper its
creating routes call."""

from scenarios.base import Base
from shared.idempotency import IdempotencyKey, IdempotencyMixin, claim_with


class IdempotencyRecord(IdempotencyMixin, Base):
    pass


claim = claim_with(IdempotencyRecord)

__all__ = ["IdempotencyKey", "IdempotencyRecord", "claim"]
