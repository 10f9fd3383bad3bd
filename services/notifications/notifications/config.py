"""Notifications settings: environment variables prefixed ``NOTIFICATIONS_``."""

from __future__ import annotations

from cryptography.fernet import Fernet
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

# Local development and tests only; production refuses it (see ``_refuse_development_key``).
DEVELOPMENT_WEBHOOK_SECRET_KEY = "jTvcVE6USw-ARWIjOlzspeG39T_aY2nNQ1e0LDniNTE="


class NotificationsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_", extra="ignore")

    service_name: str = "notifications"
    database_url: str = "sqlite+aiosqlite:///var/notifications.db"

    # Fernet keys, newest first, as a JSON list in NOTIFICATIONS_WEBHOOK_SECRET_KEYS: the first
    # seals new subscriptions' signing secrets, every one opens. A secret must be kept whole (the
    # signature is an HMAC with it), so it is sealed, not hashed.
    webhook_secret_keys: list[SecretStr] = Field(
        default_factory=lambda: [SecretStr(DEVELOPMENT_WEBHOOK_SECRET_KEY)], min_length=1
    )
    # Each POST to a subscriber gives up after this long (connect, read, write, pool alike).
    webhook_timeout_s: float = Field(default=10.0, gt=0)
    # A delivery is tried this many times at most, then marked failed.
    webhook_max_attempts: int = Field(default=8, ge=1)
    # A subscription whose deliveries failed this many times in a row is disabled until re-enabled.
    webhook_disable_after_failures: int = Field(default=5, ge=1)
    # Retries of webhooks and e-mail: the n-th waits base·2^(n-1), at most max, less up to half of
    # it at random (so that failures that came together do not retry together).
    retry_backoff_base_s: float = Field(default=30.0, gt=0)
    retry_backoff_max_s: float = Field(default=3600.0, gt=0)
    # How often the senders look for due webhook deliveries and e-mails, and how many they take.
    sender_poll_interval_s: float = Field(default=1.0, gt=0)
    sender_batch_size: int = Field(default=20, ge=1)
    # A claimed delivery or e-mail is not claimed again for this long: it must exceed the timeouts,
    # and a sender that died mid-send has its work retried after it.
    sender_lease_s: float = Field(default=120.0, gt=0)

    # E-mail (SMTP). ``smtp_tls``: implicit TLS (port 465); ``smtp_starttls``: upgrade (port 587).
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=1025, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_tls: bool = False
    smtp_starttls: bool = False
    smtp_timeout_s: float = Field(default=10.0, gt=0)
    mail_from: str = "广州市制造业创新中心平台 <noreply@mic.gz.local>"
    email_max_attempts: int = Field(default=6, ge=1)

    # Deadline reminders: the days before a deadline (China dates) a reminder goes out, and how
    # often the scheduler looks. Only the nearest due reminder is sent: a deadline entered five
    # days ahead gets its 7-day reminder now and its 1-day one later, never two at once.
    reminder_days_before: list[int] = Field(default_factory=lambda: [7, 1], min_length=1)
    reminder_interval_s: float = Field(default=300.0, gt=0)

    @field_validator("webhook_secret_keys")
    @classmethod
    def _fernet_keys(cls, keys: list[SecretStr]) -> list[SecretStr]:
        for position, key in enumerate(keys):
            try:
                Fernet(key.get_secret_value())
            except ValueError as exc:
                raise ValueError(
                    f"webhook_secret_keys[{position}] is not a Fernet key (32 url-safe base64-encoded "
                    "bytes, as cryptography.fernet.Fernet.generate_key() makes)"
                ) from exc
        return keys

    @field_validator("reminder_days_before")
    @classmethod
    def _days(cls, days: list[int]) -> list[int]:
        if any(d < 0 for d in days):
            raise ValueError("reminder_days_before holds days before a deadline: 0 or more")
        return sorted(set(days))

    @model_validator(mode="after")
    def _refuse_development_key(self) -> NotificationsSettings:
        """Production must bring its own key: the development one is in the source."""
        if self.environment == "production" and any(
            k.get_secret_value() == DEVELOPMENT_WEBHOOK_SECRET_KEY for k in self.webhook_secret_keys
        ):
            raise ValueError(
                "production needs NOTIFICATIONS_WEBHOOK_SECRET_KEYS of its own, not the development key"
            )
        return self
