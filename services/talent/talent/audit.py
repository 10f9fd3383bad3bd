"""Talent's audit log: every request's changes and unmasked reads, hash-chained (shared.audit)."""

from shared.audit.entries import AuditMixin
from talent.base import Base


class AuditEntry(AuditMixin, Base):
    pass
