"""Talent settings: environment variables prefixed ``TALENT_``."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class TalentSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TALENT_", extra="ignore")

    service_name: str = "talent"
    database_url: str = "sqlite+aiosqlite:///var/talent.db"
