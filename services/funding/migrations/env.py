"""Alembic environment of the funding service (its own history and version table)."""

from funding.config import FundingSettings
from funding.models import Base
from shared.migrations import run_env

run_env(service="funding", metadata=Base.metadata, default_url=FundingSettings().database_url)
