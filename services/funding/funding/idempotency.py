"""Funding's ``Idempotency-Key`` table (one for every area of funding) and the helper its
creating routes call."""

from funding.base import Base
from shared.idempotency import IdempotencyKey, IdempotencyMixin, once_with


class IdempotencyRecord(IdempotencyMixin, Base):
    pass


once = once_with(IdempotencyRecord)

__all__ = ["IdempotencyKey", "IdempotencyRecord", "once"]
