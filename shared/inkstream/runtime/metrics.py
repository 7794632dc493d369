"""Prometheus metrics shared by every service."""

from prometheus_client import Counter, Histogram

EVENTS_HANDLED = Counter(
    "inkstream_events_handled_total",
    "Stream events handled, by outcome (handled, duplicate, stale, retried, dead_lettered).",
    ["service", "stream", "outcome"],
)
BATCH_SECONDS = Histogram(
    "inkstream_batch_seconds",
    "Time to handle one batch of stream entries in one transaction.",
    ["service", "stream"],
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
OUTBOX_RELAYED = Counter(
    "inkstream_outbox_relayed_total", "Events relayed from the outbox to Redis.", ["service"]
)
RECLAIMED = Counter(
    "inkstream_entries_reclaimed_total",
    "Pending entries taken over from a stalled or dead consumer.",
    ["service", "stream"],
)
