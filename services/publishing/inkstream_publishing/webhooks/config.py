"""Webhook settings, read from ``INKSTREAM_WEBHOOKS_*`` environment variables."""

import hashlib
import hmac
from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from inkstream_publishing.webhooks.retries import DisablePolicy, RetryPolicy

DEFAULT_RETRY_SCHEDULE_S = (5.0, 300.0, 1_800.0, 7_200.0, 18_000.0, 36_000.0, 36_000.0)
"""Seconds to wait before each retry: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about 27 h)."""


class WebhookSettings(BaseSettings):
    """How webhooks are delivered and who may manage subscriptions."""

    model_config = SettingsConfigDict(
        env_prefix="INKSTREAM_WEBHOOKS_", extra="ignore", validate_by_name=True
    )

    allow_private_targets: bool = Field(
        False,
        description="Allow loopback, private and link-local targets (development and tests). "
        "Cloud metadata addresses stay refused.",
    )
    retry_schedule_s: tuple[float, ...] = DEFAULT_RETRY_SCHEDULE_S
    retry_jitter: float = Field(0.2, ge=0, lt=1, description="Each delay varies by ± this share.")
    max_retry_after_s: float = Field(
        21_600.0, ge=0, description="A Retry-After longer than this is shortened to it."
    )
    request_timeout_s: float = Field(10.0, gt=0, description="Whole request, connect to body.")
    connect_timeout_s: float = Field(5.0, gt=0)
    max_concurrency: int = Field(50, ge=1, description="Deliveries in flight per process.")
    per_subscription_concurrency: int = Field(
        2, ge=1, description="Deliveries in flight to one subscription."
    )
    disable_after_failures: int = Field(
        20, ge=1, description="Consecutive failed attempts before a subscription is disabled..."
    )
    disable_after_failing_s: float = Field(
        259_200.0, ge=0, description="...provided it has been failing for this long (3 days)."
    )
    ca_bundle: Path | None = Field(
        None, description="A PEM file of the CAs to trust instead of the system's (private CAs)."
    )
    poll_interval_s: float = Field(0.5, gt=0, description="How often the worker looks for work.")
    lease_margin_s: float = Field(
        30.0, ge=0, description="How long past its timeout a claimed delivery stays claimed."
    )
    environment: Literal["development", "production", "test"] = Field(
        "development", validation_alias="INKSTREAM_ENVIRONMENT"
    )
    api_keys: SecretStr = Field(
        SecretStr(""),
        validation_alias="INKSTREAM_API_KEYS",
        description="The ingest keys (client:key pairs); they also guard /v1/subscriptions.",
    )

    @field_validator("retry_schedule_s")
    @classmethod
    def _schedule_is_not_negative(cls, schedule: tuple[float, ...]) -> tuple[float, ...]:
        if any(delay < 0 for delay in schedule):
            raise ValueError("retry delays cannot be negative")
        return schedule

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(self.retry_schedule_s, self.retry_jitter, self.max_retry_after_s)

    @property
    def disable_policy(self) -> DisablePolicy:
        return DisablePolicy(
            self.disable_after_failures, timedelta(seconds=self.disable_after_failing_s)
        )

    @property
    def lease_s(self) -> float:
        """How long a claim lasts: resolving, then the request, then the margin."""
        return self.connect_timeout_s + self.request_timeout_s + self.lease_margin_s

    def api_key_digests(self) -> tuple[bytes, ...]:
        """SHA-256 digests of the configured keys; only these are compared."""
        digests: list[bytes] = []
        for pair in self.api_keys.get_secret_value().split(","):
            _client, separator, key = pair.strip().partition(":")
            if separator and key.strip():
                digests.append(hashlib.sha256(key.strip().encode()).digest())
        return tuple(digests)


def key_is_valid(presented: str, digests: tuple[bytes, ...]) -> bool:
    """Whether ``presented`` is one of the configured keys, compared in constant time."""
    presented_digest = hashlib.sha256(presented.encode()).digest()
    found = False
    for digest in digests:
        found |= hmac.compare_digest(digest, presented_digest)
    return found
