"""Alembic environment of the talent service (its own history and version table)."""

from shared.migrations import run_env
from talent.config import TalentSettings
from talent.models import Base

run_env(service="talent", metadata=Base.metadata, default_url=TalentSettings().database_url)
