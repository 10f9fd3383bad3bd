"""Notifications' audit log: every request's changes, hash-chained (shared.audit)."""

from notifications.base import Base
from shared.audit.entries import AuditMixin


class AuditEntry(AuditMixin, Base):
    pass
