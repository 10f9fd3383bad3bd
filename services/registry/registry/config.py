"""Registry settings: environment variables prefixed ``REGISTRY_``."""

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="REGISTRY_", extra="ignore")

    service_name: str = "registry"
    database_url: str = "sqlite+aiosqlite:///var/registry.db"
    # Where document content is kept, content-addressed (see registry.documents.storage).
    document_dir: str = "var/documents"
    max_document_bytes: int = Field(default=20 * 1024 * 1024, gt=0)
