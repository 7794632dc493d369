"""Inspecting and replaying a service's dead letters, for the ops CLI.

A replay appends the entry's original ``type`` and ``event`` fields to the
stream it came from and deletes it from the dead-letter stream, both in one
MULTI/EXEC. The event keeps its ``event_id``, so a consumer group that had
already handled it records a duplicate (its inbox) instead of acting twice.
"""

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from redis import Redis
from redis.exceptions import WatchError

from inkstream.contracts.streams import StreamNames
from inkstream.runtime.wire import EVENT_FIELD, TYPE_FIELD

PAGE_SIZE = 100


class DeadLetterNotFound(LookupError):
    """No entry with that id in the service's dead-letter stream."""


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """One entry of a dead-letter stream, as the consumer wrote it."""

    entry_id: str
    event_type: str
    event: str
    error: str
    source_stream: str
    source_id: str
    consumer_group: str
    deliveries: int
    failed_at: str

    @property
    def article_uri(self) -> str | None:
        """The event's ``article_uri``, when the event is a JSON object that has one."""
        try:
            parsed = json.loads(self.event)
        except ValueError:
            return None
        uri = parsed.get("article_uri") if isinstance(parsed, dict) else None
        return uri if isinstance(uri, str) else None


@dataclass(frozen=True, slots=True)
class ReplayedDeadLetter:
    """A dead letter put back on its source stream."""

    dead_letter: DeadLetter
    new_entry_id: str


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _dead_letter(entry_id: Any, fields: Mapping[Any, Any] | None) -> DeadLetter:
    text = {_text(key): _text(value) for key, value in (fields or {}).items()}
    deliveries = text.get("deliveries", "0")
    return DeadLetter(
        entry_id=_text(entry_id),
        event_type=text.get(TYPE_FIELD, "unknown"),
        event=text.get(EVENT_FIELD, ""),
        error=text.get("error", ""),
        source_stream=text.get("source_stream", ""),
        source_id=text.get("source_id", ""),
        consumer_group=text.get("consumer_group", ""),
        deliveries=int(deliveries) if deliveries.isdigit() else 0,
        failed_at=text.get("failed_at", ""),
    )


def list_dead_letters(
    redis: Redis, streams: StreamNames, service: str, limit: int | None = None
) -> list[DeadLetter]:
    """The service's dead letters, oldest first; at most ``limit`` of them."""
    key = streams.dead_letters(service)
    found: list[DeadLetter] = []
    start = "-"
    while limit is None or len(found) < limit:
        wanted = PAGE_SIZE if limit is None else min(PAGE_SIZE, limit - len(found))
        page = redis.xrange(key, min=start, max="+", count=wanted) or []
        found.extend(_dead_letter(entry_id, fields) for entry_id, fields in page)
        if len(page) < wanted:
            break
        start = "(" + _text(page[-1][0])
    return found


def _find(redis: Redis, key: str, entry_id: str) -> DeadLetter | None:
    matches = redis.xrange(key, min=entry_id, max=entry_id, count=1) or []
    if not matches:
        return None
    entry_id_found, fields = matches[0]
    return _dead_letter(entry_id_found, fields)


def _replay_one(redis: Redis, key: str, entry_id: str) -> ReplayedDeadLetter | None:
    """Move one entry back; ``None`` when it is gone already (another replay took it)."""
    with redis.pipeline(transaction=True) as pipe:
        while True:
            try:
                # WATCH makes two concurrent replays of one entry append it once.
                pipe.watch(key)  # type: ignore[no-untyped-call]  # redis-py leaves it unannotated
                dead_letter = _find(pipe, key, entry_id)
                if dead_letter is None:
                    pipe.unwatch()
                    return None
                pipe.multi()
                pipe.xadd(
                    dead_letter.source_stream,
                    {TYPE_FIELD: dead_letter.event_type, EVENT_FIELD: dead_letter.event},
                )
                pipe.xdel(key, entry_id)
                new_entry_id, _deleted = pipe.execute()
                return ReplayedDeadLetter(dead_letter, _text(new_entry_id))
            except WatchError:
                continue


def replay_dead_letters(
    redis: Redis,
    streams: StreamNames,
    service: str,
    entry_ids: Sequence[str] | None = None,
) -> list[ReplayedDeadLetter]:
    """Put the named dead letters (or all of them) back on their source streams.

    Raises ``DeadLetterNotFound`` before replaying anything if a named id is absent.
    """
    key = streams.dead_letters(service)
    if entry_ids is None:
        chosen = [
            dead_letter.entry_id for dead_letter in list_dead_letters(redis, streams, service)
        ]
    else:
        missing = [entry_id for entry_id in entry_ids if _find(redis, key, entry_id) is None]
        if missing:
            raise DeadLetterNotFound(f"not in {key}: {', '.join(missing)}")
        chosen = list(dict.fromkeys(entry_ids))
    replayed: list[ReplayedDeadLetter] = []
    for entry_id in chosen:
        result = _replay_one(redis, key, entry_id)
        if result is not None:
            replayed.append(result)
    return replayed
