"""When to try a failed delivery again, and when to give up on a subscription."""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, (moment - now).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    schedule_s: tuple[float, ...]
    jitter: float = 0.2
    max_retry_after_s: float = 21_600.0

    @property
    def max_attempts(self) -> int:
        return len(self.schedule_s) + 1

    def delay_after(
        self, failed_attempts: int, retry_after_s: float | None, rng: random.Random
    ) -> float | None:
        """Seconds until the next attempt, or None once every attempt is spent.

        Jitter spreads the retries of many deliveries that failed together; an
        endpoint's Retry-After is honoured up to ``max_retry_after_s``.
        """
        if failed_attempts < 1 or failed_attempts >= self.max_attempts:
            return None
        scheduled = self.schedule_s[failed_attempts - 1]
        delay = scheduled * rng.uniform(1 - self.jitter, 1 + self.jitter)
        if retry_after_s is not None:
            delay = max(delay, min(retry_after_s, self.max_retry_after_s))
        return delay


@dataclass(frozen=True)
class DisablePolicy:
    """A subscription is disabled after this many consecutive failures, failing this long."""

    after_failures: int
    after_failing_for: timedelta
