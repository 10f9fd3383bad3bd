"""Registry's table of ``Idempotency-Key`` results (see shared.idempotency)."""

from registry.base import Base
from shared.idempotency import IdempotencyMixin


class IdempotencyRecord(IdempotencyMixin, Base):
    pass
