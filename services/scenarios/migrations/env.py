"""Alembic environment of the scenarios service (its own history and version table)."""

from scenarios.config import ScenariosSettings
from scenarios.models import Base
from shared.migrations import run_env

run_env(service="scenarios", metadata=Base.metadata, default_url=ScenariosSettings().database_url)
