"""Notifications' outbox and inbox tables.

It publishes no events of its own (the outbox stays empty, and the relay idles), but every
service has both: the inbox makes each consumed event's effects happen once.
"""

from notifications.base import Base
from shared.inbox import InboxMixin
from shared.outbox import Outbox, OutboxMixin


class OutboxRecord(OutboxMixin, Base):
    pass


class InboxRecord(InboxMixin, Base):
    pass


outbox = Outbox(OutboxRecord, service_name="notifications")
