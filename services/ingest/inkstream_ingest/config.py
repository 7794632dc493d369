"""Ingest settings."""

from typing import ClassVar

from pydantic import SecretStr, model_validator

from inkstream.runtime.settings import ServiceSettings


class IngestSettings(ServiceSettings):
    service_name: ClassVar[str] = "ingest"
    default_port: ClassVar[int] = 8001

    api_keys: SecretStr = SecretStr("")
    max_body_bytes: int = 2_000_000

    @model_validator(mode="after")
    def _require_real_keys_in_production(self) -> "IngestSettings":
        self.refuse_placeholder("INKSTREAM_API_KEYS", self.api_keys)
        return self
