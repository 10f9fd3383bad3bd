"""Alembic environment of the registry service (its own history and version table)."""

from registry.config import RegistrySettings
from registry.models import Base
from shared.migrations import run_env

run_env(service="registry", metadata=Base.metadata, default_url=RegistrySettings().database_url)
