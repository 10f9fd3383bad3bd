"""Service settings from the environment, one prefix per service (``REGISTRY_``, ``FUNDING_``...)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SecretsSettingsSource,
    SettingsConfigDict,
)

DEVELOPMENT_JWT_SECRET = "mic-local-development-signing-key-not-for-production"
# A directory of secret files (Docker and Kubernetes secrets), one file per setting named like its
# variable in lower case (``/run/secrets/registry_jwt_secret``); the environment wins over a file.
SECRETS_DIR_VARIABLE = "MIC_SECRETS_DIR"
# Front-end dev servers on this machine (Vite's http://localhost:5173, ...): the local default.
LOCAL_DEV_ORIGINS = r"http://(localhost|127\.0\.0\.1)(:\d+)?"
MEBIBYTE = 1024 * 1024


class ServiceSettings(BaseSettings):
    """What every service needs; subclasses set ``model_config`` with their own env prefix."""

    model_config = SettingsConfigDict(env_prefix="MIC_", extra="ignore")

    service_name: str = "service"
    environment: Literal["local", "test", "production"] = "local"
    # Out of repr (and so out of any log line that shows the settings): it may hold a password.
    database_url: str = Field(default="sqlite+aiosqlite:///var/service.db", repr=False)
    # Connections per process (PostgreSQL): steady pool plus burst; size to the expected concurrency.
    database_pool_size: int = Field(default=20, ge=1)
    database_max_overflow: int = Field(default=20, ge=0)
    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    # Replicas of each topic the service creates at start (shared.kafka.ensure_topics): 1 for the
    # bundled broker and compose's single node, 3 on a real cluster (deploy/README.md). Topics that
    # already exist (declared as Strimzi KafkaTopics, say) are left as they are.
    kafka_topic_replication_factor: int = Field(default=1, ge=1)
    # Apache Kafka supports the idempotent producer; the bundled Tansu broker rejects it
    # (see BROKER.md), so it is a setting. The inbox makes duplicates harmless either way.
    kafka_enable_idempotence: bool = False
    kafka_fetch_max_wait_ms: int = 10
    kafka_session_timeout_ms: int = 6000
    kafka_heartbeat_interval_ms: int = 1000
    # Apache Kafka only; Tansu ignores it.
    kafka_isolation_level: Literal["read_committed", "read_uncommitted"] = "read_uncommitted"
    # Defaults to the service name: replicas of one service share the group (DESIGN 6).
    consumer_group: str | None = None
    run_relay: bool = True
    run_consumer: bool = True
    # The service's own loops (``ServiceSpec.background_tasks``: schedulers, senders).
    run_background_tasks: bool = True
    relay_poll_interval_s: float = Field(default=2.0, gt=0)
    relay_batch_size: int = Field(default=500, gt=0)
    # A commit that wrote events waits this long at most for this process's relay to publish them
    # before the request goes on (0: do not wait); bounds the cost while the broker is away.
    relay_publish_wait_s: float = Field(default=0.05, ge=0)
    # Records of one partition handled in one transaction (and fetched at once).
    consumer_batch_size: int = Field(default=500, gt=0)
    # Handled records' offsets are committed at most this often (and on revocation and stop); the
    # inbox skips what a consumer taking over redelivers. 0: after every batch.
    consumer_commit_interval_s: float = Field(default=1.0, ge=0)
    consumer_max_attempts: int = Field(default=5, ge=1)
    consumer_retry_backoff_s: float = Field(default=0.2, ge=0)
    jwt_secret: SecretStr = SecretStr(DEVELOPMENT_JWT_SECRET)
    jwt_algorithm: str = "HS256"
    jwt_jwks_url: str | None = None
    # After a fetch, a token naming an unknown key id fetches the provider's key set again only
    # once this many seconds have passed: random key ids cannot make us hammer the provider.
    jwt_jwks_refresh_cooldown_s: float = Field(default=30.0, ge=0)
    jwt_audience: str = "mic-platform"
    jwt_issuer: str = "mic-local"
    log_json: bool = True
    log_level: str = "INFO"
    # Traces (shared.tracing), off by default. An OTLP/HTTP endpoint (a collector's
    # ``http://collector:4318/v1/traces``) turns them on and exports there; ``tracing_enabled``
    # alone keeps them in the process (trace ids in the logs, the tests' in-memory exporter).
    tracing_enabled: bool = False
    tracing_otlp_endpoint: str | None = None
    # Share of the traces started here (by a request) that are kept; downstream follows the start.
    tracing_sample_ratio: float = Field(default=1.0, ge=0, le=1)
    # How often the relaying process counts its unsent outbox rows for /metrics (two indexed reads).
    outbox_metrics_interval_s: float = Field(default=15.0, gt=0)
    # Hardening (shared.hardening). A request body past this is refused 413; a route that streams
    # a larger body (registry's document upload) declares its own limit.
    max_body_bytes: int = Field(default=10 * MEBIBYTE, ge=0)
    # Per client (the token's sub, else the client address), in the notation of the ``limits``
    # library ("600/minute", "10/second;600/minute"); empty: no limit. Health, readiness and
    # metrics are never limited.
    rate_limit: str = "600/minute"
    # ``memory://`` counts per process; ``redis://host:6379/0`` shares the count across replicas.
    rate_limit_storage: str = "memory://"
    # Browser origins allowed to call the API (CORS), a JSON list; with no regex either, no CORS
    # headers at all.
    cors_allow_origins: list[str] = Field(default_factory=list)
    # More origins as one regular expression (matched whole). Unset: any http://localhost:<port>
    # dev server in the local environment (``make run``), none elsewhere; "" turns that off.
    cors_allow_origin_regex: str | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Arguments, then the environment, then secret files in ``$MIC_SECRETS_DIR`` if set."""
        secrets_dir = os.environ.get(SECRETS_DIR_VARIABLE)
        files = (SecretsSettingsSource(settings_cls, secrets_dir=Path(secrets_dir)),) if secrets_dir else ()
        return (init_settings, env_settings, dotenv_settings, *files)

    @property
    def cors_origin_regex(self) -> str | None:
        """The origin regex CORS applies: the setting, else the local dev servers when local."""
        if self.cors_allow_origin_regex is not None:
            return self.cors_allow_origin_regex or None
        return LOCAL_DEV_ORIGINS if self.environment == "local" else None

    @property
    def tracing(self) -> bool:
        """Whether this service makes spans at all."""
        return self.tracing_enabled or bool(self.tracing_otlp_endpoint)

    @model_validator(mode="after")
    def _refuse_development_secret_in_production(self) -> ServiceSettings:
        """Production must validate against the identity provider, never the local dev key."""
        if (
            self.environment == "production"
            and self.jwt_jwks_url is None
            and self.jwt_secret.get_secret_value() == DEVELOPMENT_JWT_SECRET
        ):
            raise ValueError(
                "production needs JWT_JWKS_URL (or a real JWT_SECRET), not the development signing key"
            )
        return self
