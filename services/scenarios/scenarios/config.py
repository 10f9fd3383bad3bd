"""Scenarios settings: environment variables prefixed ``SCENARIOS_``."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class ScenariosSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="SCENARIOS_", extra="ignore")

    service_name: str = "scenarios"
    database_url: str = "sqlite+aiosqlite:///var/scenarios.db"
