"""Every ORM model of scenarios, imported here so Alembic sees the whole metadata."""

from scenarios.base import Base
from scenarios.centers.models import CenterView
from scenarios.messaging import InboxRecord, OutboxRecord

__all__ = ["Base", "CenterView", "InboxRecord", "OutboxRecord"]
