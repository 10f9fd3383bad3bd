"""Funding's outbox and inbox tables."""

from funding.base import Base
from shared.inbox import InboxMixin
from shared.outbox import Outbox, OutboxMixin


class OutboxRecord(OutboxMixin, Base):
    pass


class InboxRecord(InboxMixin, Base):
    pass


outbox = Outbox(OutboxRecord, service_name="funding")
