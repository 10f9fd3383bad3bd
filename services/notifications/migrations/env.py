"""Alembic environment of the notifications service (its own history and version table)."""

from notifications.config import NotificationsSettings
from notifications.models import Base
from shared.migrations import run_env

run_env(service="notifications", metadata=Base.metadata, default_url=NotificationsSettings().database_url)
