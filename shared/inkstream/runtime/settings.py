"""Settings every service shares; each service extends ``ServiceSettings``."""

import os
import socket
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from inkstream.contracts.streams import StreamNames
from inkstream.runtime.faults import FaultInjection

PLACEHOLDER_SECRETS = frozenset({"", "changeme", "change-me", "secret", "dev", "devkey"})


def default_consumer_name() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class ServiceSettings(BaseSettings):
    """Settings read from ``INKSTREAM_*`` environment variables.

    A subclass names its service; ``INKSTREAM_{SERVICE}_PORT`` and
    ``INKSTREAM_{SERVICE}_DATABASE_URL`` then configure it.
    """

    model_config = SettingsConfigDict(env_prefix="INKSTREAM_", extra="ignore")

    service_name: ClassVar[str]
    default_port: ClassVar[int]

    environment: Literal["development", "production", "test"] = "development"
    redis_url: str = "redis://127.0.0.1:6379/0"
    stream_prefix: str = "inkstream"
    data_dir: Path = Path(".run/data")
    host: str = "127.0.0.1"
    port: int = 0
    database_url: str = ""
    log_level: str = "INFO"
    log_format: Literal["json", "console"] = "json"
    public_base_url: str = "http://localhost:8004"

    batch_size: int = Field(100, ge=1, le=1000)
    max_deliveries: int = Field(5, ge=1)
    reclaim_idle_ms: int = Field(30_000, ge=10)
    reclaim_interval_ms: int = Field(5_000, ge=10)
    block_ms: int = Field(1_000, ge=1)
    stream_retention_s: float = Field(86_400.0, ge=0)
    trim_interval_s: float = Field(60.0, gt=0)
    fault_failure_rate: float = Field(0.0, ge=0, le=1)
    fault_poison_uri_prefix: str = ""
    shutdown_grace_s: float = 10.0
    consumer_name: str = Field(default_factory=default_consumer_name)

    @model_validator(mode="before")
    @classmethod
    def _read_service_scoped_variables(cls, values: dict[str, object]) -> dict[str, object]:
        scope = f"INKSTREAM_{cls.service_name.upper()}_"
        for field in ("port", "database_url"):
            scoped = os.environ.get(scope + field.upper())
            if scoped is not None and field not in values:
                values[field] = scoped
        return values

    @model_validator(mode="after")
    def _fill_defaults(self) -> "ServiceSettings":
        if not self.port:
            self.port = self.default_port
        if not self.database_url:
            self.database_url = f"sqlite:///{self.data_dir / (self.service_name + '.db')}"
        return self

    @model_validator(mode="after")
    def _faults_only_in_tests(self) -> "ServiceSettings":
        if self.faults.active and self.environment != "test":
            raise ValueError(
                "INKSTREAM_FAULT_* settings inject failures on purpose; they are honoured "
                "only with INKSTREAM_ENVIRONMENT=test"
            )
        return self

    @property
    def faults(self) -> FaultInjection:
        """Test-only fault injection (``inkstream.runtime.faults``); inactive by default."""
        return FaultInjection(self.fault_failure_rate, self.fault_poison_uri_prefix)

    @property
    def streams(self) -> StreamNames:
        return StreamNames(self.stream_prefix)

    @property
    def is_production(self) -> bool:
        return self.environment == "production"

    def refuse_placeholder(self, name: str, secret: SecretStr | None) -> None:
        """Outside development a secret must be a real value."""
        if self.is_production and (
            secret is None or secret.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS
        ):
            raise ValueError(f"{name} must be set to a real secret in production")
