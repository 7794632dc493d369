"""The retry schedule: increasing delays with jitter, Retry-After honoured up to a cap."""

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from inkstream_publishing.webhooks.retries import RetryPolicy, parse_retry_after

POLICY = RetryPolicy(schedule_s=(5.0, 300.0, 1800.0), jitter=0.2, max_retry_after_s=3600.0)
NOW = datetime(2025, 3, 12, 9, 30, tzinfo=UTC)


def test_delays_follow_the_schedule_within_the_jitter() -> None:
    rng = random.Random(7)
    delays = [POLICY.delay_after(failed, None, rng) for failed in (1, 2, 3)]
    assert [delay is not None for delay in delays] == [True, True, True]
    for delay, scheduled in zip(delays, POLICY.schedule_s, strict=True):
        assert delay is not None
        assert scheduled * 0.8 <= delay <= scheduled * 1.2
    assert delays == sorted(delays)


def test_jitter_spreads_deliveries_that_failed_together() -> None:
    rng = random.Random(11)
    assert len({POLICY.delay_after(1, None, rng) for _ in range(20)}) == 20


def test_no_retry_is_left_after_the_last_scheduled_one() -> None:
    assert POLICY.max_attempts == 4
    assert POLICY.delay_after(4, None, random.Random(1)) is None


def test_retry_after_postpones_the_next_attempt_up_to_the_cap() -> None:
    rng = random.Random(3)
    assert POLICY.delay_after(1, 120.0, rng) == 120.0
    assert POLICY.delay_after(1, 86_400.0, rng) == 3600.0
    later = POLICY.delay_after(2, 1.0, rng)
    assert later is not None
    assert later >= 240.0


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after(format_datetime(NOW + timedelta(minutes=2), usegmt=True), NOW) == 120
    assert parse_retry_after(format_datetime(NOW - timedelta(minutes=2), usegmt=True), NOW) == 0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None
