"""Every ORM model of talent, imported here so Alembic sees the whole metadata."""

from talent.base import Base
from talent.centers.models import CenterView
from talent.messaging import InboxRecord, OutboxRecord

__all__ = ["Base", "CenterView", "InboxRecord", "OutboxRecord"]
