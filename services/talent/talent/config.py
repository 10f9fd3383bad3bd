"""Talent settings: environment variables prefixed ``TALENT_``."""

from __future__ import annotations

from cryptography.fernet import Fernet
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

# Local development and tests only; production refuses them (see ``_refuse_development_keys``).
DEVELOPMENT_PERSONAL_DATA_KEY = "RfWoy947xpReL98OcLAWFm1o3_Nb9zwjkWT6YoHDFk4="
DEVELOPMENT_INDEX_KEY = "la4I1Hwg5mX_o4tvUuN1U70roHmmpnKFbrduTuBTB0M="


class TalentSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TALENT_", extra="ignore")

    service_name: str = "talent"
    database_url: str = "sqlite+aiosqlite:///var/talent.db"
    # Fernet keys (``Fernet.generate_key()``), newest first, as a JSON list in
    # TALENT_PERSONAL_DATA_KEYS: the first encrypts, every one decrypts. Rotate by putting a new
    # key in front, deploying, then running ``python -m talent.personal_data.reencrypt``; drop the
    # old key only after that command reports nothing left on it.
    personal_data_keys: list[SecretStr] = Field(
        default_factory=lambda: [SecretStr(DEVELOPMENT_PERSONAL_DATA_KEY)], min_length=1
    )
    # The key of the blind index that finds a talent by ID number without decrypting any row.
    # Changing it makes every stored index unfindable: it is not rotated with the keys above.
    personal_data_index_key: SecretStr = SecretStr(DEVELOPMENT_INDEX_KEY)

    @field_validator("personal_data_keys")
    @classmethod
    def _fernet_keys(cls, keys: list[SecretStr]) -> list[SecretStr]:
        for position, key in enumerate(keys):
            try:
                Fernet(key.get_secret_value())
            except ValueError as exc:
                raise ValueError(
                    f"personal_data_keys[{position}] is not a Fernet key (32 url-safe base64-encoded "
                    "bytes, as cryptography.fernet.Fernet.generate_key() makes)"
                ) from exc
        return keys

    @model_validator(mode="after")
    def _refuse_development_keys(self) -> TalentSettings:
        """Production must bring its own keys: the development ones are in the source."""
        if self.environment != "production":
            return self
        if any(k.get_secret_value() == DEVELOPMENT_PERSONAL_DATA_KEY for k in self.personal_data_keys):
            raise ValueError("production needs TALENT_PERSONAL_DATA_KEYS of its own, not the development key")
        if self.personal_data_index_key.get_secret_value() == DEVELOPMENT_INDEX_KEY:
            raise ValueError("production needs a TALENT_PERSONAL_DATA_INDEX_KEY of its own")
        return self
