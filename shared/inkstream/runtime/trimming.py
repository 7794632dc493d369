"""Stream trimming that never drops an entry a consumer group still needs.

Each service trims the streams it writes to, every ``INKSTREAM_TRIM_INTERVAL_S``,
with ``XTRIM MINID ~`` at the oldest entry that must stay:

- for every consumer group, its oldest pending entry (delivered, not yet
  acknowledged) or, when none is pending, the entry after the last one it was
  delivered; a stopped group therefore keeps everything it has not acknowledged,
  however long it stays away;
- and every entry younger than ``INKSTREAM_STREAM_RETENTION_S``, so a group
  created later (a new downstream site) can still read that far back.

A group's position only moves forward, so an id computed a moment ago is still
safe when XTRIM runs. The approximate form trims whole internal nodes and so
never removes an entry at or after the id.
"""

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import structlog
from redis.asyncio import Redis

log = structlog.get_logger(__name__)

StreamId = tuple[int, int]


def parse_stream_id(value: Any) -> StreamId:
    text = value.decode() if isinstance(value, bytes) else str(value)
    milliseconds, _, sequence = text.partition("-")
    return int(milliseconds), int(sequence or 0)


def format_stream_id(stream_id: StreamId) -> str:
    return f"{stream_id[0]}-{stream_id[1]}"


@dataclass(frozen=True, slots=True)
class GroupPosition:
    """Where a consumer group stands on a stream."""

    name: str
    last_delivered: StreamId
    oldest_pending: StreamId | None = None

    @property
    def oldest_needed(self) -> StreamId:
        """The oldest entry the group may still read or acknowledge."""
        if self.oldest_pending is not None:
            return self.oldest_pending
        milliseconds, sequence = self.last_delivered
        return milliseconds, sequence + 1


def trim_floor(groups: Iterable[GroupPosition], retention_floor: StreamId) -> StreamId:
    """The id below which no group needs an entry and the retention has passed."""
    return min([*(group.oldest_needed for group in groups), retention_floor])


async def group_positions(redis: Redis, stream_key: str) -> list[GroupPosition]:
    """Every consumer group of ``stream_key`` with its oldest pending entry."""
    positions = []
    for group in await redis.xinfo_groups(stream_key):
        name = group["name"].decode() if isinstance(group["name"], bytes) else group["name"]
        oldest_pending = None
        if int(group["pending"]):
            summary = await redis.xpending(stream_key, name)
            if summary["min"] is not None:
                oldest_pending = parse_stream_id(summary["min"])
        positions.append(
            GroupPosition(name, parse_stream_id(group["last-delivered-id"]), oldest_pending)
        )
    return positions


async def trim_stream(redis: Redis, stream_key: str, retention_s: float) -> int:
    """Trim ``stream_key`` as far as its groups and the retention allow; entries removed."""
    if not await redis.exists(stream_key):
        return 0
    groups = await group_positions(redis, stream_key)
    seconds, microseconds = await redis.time()
    now_ms = int(seconds) * 1000 + int(microseconds) // 1000
    retention_floor = (max(0, now_ms - int(retention_s * 1000)), 0)
    floor = trim_floor(groups, retention_floor)
    removed: int = await redis.xtrim(stream_key, minid=format_stream_id(floor), approximate=True)
    return removed


class StreamTrimmer:
    """Trims a service's output streams on a timer until cancelled."""

    def __init__(
        self, redis: Redis, stream_keys: Sequence[str], retention_s: float, interval_s: float
    ) -> None:
        self.redis = redis
        self.stream_keys = stream_keys
        self.retention_s = retention_s
        self.interval_s = interval_s

    async def trim_once(self) -> int:
        removed = 0
        for stream_key in self.stream_keys:
            removed += await trim_stream(self.redis, stream_key, self.retention_s)
        return removed

    async def run(self) -> None:
        while True:
            try:
                removed = await self.trim_once()
                if removed:
                    log.debug("streams trimmed", removed=removed)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("stream trimming failed; retrying", error=repr(error))
            await asyncio.sleep(self.interval_s)
