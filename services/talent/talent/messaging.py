"""Talent's outbox and inbox tables."""

from shared.inbox import InboxMixin
from shared.outbox import Outbox, OutboxMixin
from talent.base import Base


class OutboxRecord(OutboxMixin, Base):
    pass


class InboxRecord(InboxMixin, Base):
    pass


outbox = Outbox(OutboxRecord, service_name="talent")
