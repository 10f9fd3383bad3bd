"""Funding's audit log: every request's changes and unmasked reads, hash-chained (shared.audit)."""

from funding.base import Base
from shared.audit.entries import AuditMixin


class AuditEntry(AuditMixin, Base):
    pass
