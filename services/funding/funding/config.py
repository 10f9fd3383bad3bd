"""Funding settings: environment variables prefixed ``FUNDING_``."""

from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class FundingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="FUNDING_", extra="ignore")

    service_name: str = "funding"
    database_url: str = "sqlite+aiosqlite:///var/funding.db"
