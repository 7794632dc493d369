"""At-least-once consumption with effectively-once effects.

A ``StreamConsumer`` owns one consumer group on one stream. Fresh entries come
from a FastStream batch subscriber; entries left pending by a crashed or slow
consumer come back through ``reclaim_once`` (XPENDING, XCLAIM). Either way a batch is
handled in one transaction together with its inbox records and the events it
emits (the outbox), and acknowledged only after that transaction commits.

A batch that fails is retried entry by entry, so one poison event does not hold
back its neighbours. A failing entry stays pending until the reclaimer offers it
again; after its handler has failed on it ``max_deliveries`` times it goes to the
service's dead-letter stream with the error, and the stream moves on. Failures are
counted apart from Redis's delivery count, which also grows when a consumer dies
holding the entry: crashes of other causes do not spend an event's retries. An entry
delivered ``CRASH_DELIVERY_FACTOR`` times the limit without its handler ever finishing
(it takes its consumer down each time) is dead-lettered without another try.
"""

import asyncio
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import structlog
from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlmodel import col, select

from inkstream.contracts.events import Event, parse_event, utc_now
from inkstream.contracts.streams import StreamNames
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.metrics import BATCH_SECONDS, EVENTS_HANDLED, RECLAIMED
from inkstream.runtime.outbox import OutboxRelay
from inkstream.runtime.storage import Database, InboxEntry
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream.runtime.wire import EVENT_FIELD, TYPE_FIELD, WireFormatError, event_payload

log = structlog.get_logger(__name__)

# Acknowledge and dead-letter in one step, and only if the entry was still
# pending: a retried call (the reply lost to a dropped connection) or a second
# consumer giving up on the same entry does not write a second dead letter.
DEAD_LETTER_ONCE = """
if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  return redis.call('XADD', KEYS[2], '*', unpack(ARGV, 3))
end
return false
"""


CRASH_DELIVERY_FACTOR = 3


@dataclass(frozen=True, slots=True)
class PendingEntry:
    """A stream entry as read, with how many times it has been delivered."""

    entry_id: str
    fields: Mapping[Any, Any]
    deliveries: int = 1


class UndecodableEntryError(ValueError):
    """An entry no retry can fix: not JSON, not an event, or a future schema."""


@dataclass(frozen=True, slots=True)
class ConsumerTuning:
    batch_size: int = 100
    max_deliveries: int = 5
    reclaim_idle_ms: int = 30_000
    reclaim_interval_ms: int = 5_000


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _flattened(fields: Mapping[str, str]) -> list[str]:
    return [part for pair in fields.items() for part in pair]


class StreamConsumer:
    """One consumer group reading one stream into one handler."""

    def __init__(
        self,
        *,
        service: str,
        stream_key: str,
        group: str,
        consumer_name: str,
        handler: EventHandler,
        database: Database,
        redis: Redis,
        streams: StreamNames,
        relay: OutboxRelay,
        tuning: ConsumerTuning,
        skip_stale_versions: bool = True,
    ) -> None:
        self.service = service
        self.stream_key = stream_key
        self.group = group
        self.consumer_name = consumer_name
        self.handler = handler
        self.database = database
        self.redis = redis
        self.streams = streams
        self.relay = relay
        self.tuning = tuning
        self.skip_stale_versions = skip_stale_versions
        self.dead_letter_key = streams.dead_letters(service)
        self.failures_key = streams.handler_failures(stream_key, group)
        self.inbox_scope = f"{group}@{stream_key}"
        self._in_flight: set[str] = set()
        self._dead_letter_once = redis.register_script(DEAD_LETTER_ONCE)

    async def ensure_group(self) -> None:
        """Create the group at the start of the stream, so no backlog is skipped."""
        try:
            await self.redis.xgroup_create(self.stream_key, self.group, id="0", mkstream=True)
        except ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise

    async def handle_entries(self, entries: Sequence[PendingEntry]) -> None:
        """Handle a batch, then acknowledge what is done and dead-letter what is hopeless."""
        if not entries:
            return
        entry_ids = {entry.entry_id for entry in entries}
        self._in_flight |= entry_ids
        try:
            await self._handle_entries(entries)
        finally:
            self._in_flight -= entry_ids

    async def _handle_entries(self, entries: Sequence[PendingEntry]) -> None:
        started = time.perf_counter()
        decoded: list[tuple[PendingEntry, Event]] = []
        dead: list[tuple[PendingEntry, str]] = []
        crash_limit = self.tuning.max_deliveries * CRASH_DELIVERY_FACTOR
        for entry in entries:
            if entry.deliveries >= crash_limit:
                log.error(
                    "entry keeps stopping its consumer; dead-lettering", entry_id=entry.entry_id
                )
                dead.append(
                    (
                        entry,
                        f"delivered {entry.deliveries} times without its handling ever finishing: "
                        "the consumer handling it keeps stopping",
                    )
                )
                continue
            try:
                decoded.append((entry, self._decode(entry)))
            except UndecodableEntryError as error:
                dead.append((entry, str(error)))

        done: list[PendingEntry] = []
        failed: list[tuple[PendingEntry, Event, Exception]] = []
        if decoded:
            try:
                await asyncio.to_thread(self._apply, [event for _, event in decoded])
                done.extend(entry for entry, _ in decoded)
            except Exception as batch_error:
                if len(decoded) > 1:
                    log.warning("batch failed; retrying entry by entry", error=repr(batch_error))
                for entry, event in decoded:
                    try:
                        if len(decoded) > 1:
                            await asyncio.to_thread(self._apply, [event])
                        else:
                            raise batch_error
                        done.append(entry)
                    except Exception as error:
                        failed.append((entry, event, error))

        if failed:
            await self._note_failures(failed, dead)
        await self._settle(done, dead)
        BATCH_SECONDS.labels(self.service, self.stream_key).observe(time.perf_counter() - started)
        self.relay.wake()

    def _decode(self, entry: PendingEntry) -> Event:
        try:
            event: Event = parse_event(event_payload(entry.fields))
        except (WireFormatError, ValidationError) as error:
            raise UndecodableEntryError(f"undecodable entry: {error}") from error
        if event.schema_version > event.supported_schema_version:
            raise UndecodableEntryError(
                f"schema version {event.schema_version} is newer than the "
                f"{event.supported_schema_version} this service understands"
            )
        return event

    async def _note_failures(
        self,
        failed: Sequence[tuple[PendingEntry, Event, Exception]],
        dead: list[tuple[PendingEntry, str]],
    ) -> None:
        """Count each failure; an entry whose handler failed ``max_deliveries`` times is dead."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for entry, _, _ in failed:
                pipe.hincrby(self.failures_key, entry.entry_id, 1)
            failure_counts = await pipe.execute()
        for (entry, event, error), failures in zip(failed, failure_counts, strict=True):
            context = {
                "event_id": event.event_id,
                "article_uri": event.article_uri,
                "correlation_id": event.correlation_id,
                "deliveries": entry.deliveries,
                "failures": failures,
            }
            if failures >= self.tuning.max_deliveries:
                log.error("giving up on event; dead-lettering", error=repr(error), **context)
                dead.append((entry, f"{type(error).__name__}: {error}"))
            else:
                log.warning("event failed; it will be retried", error=repr(error), **context)
                EVENTS_HANDLED.labels(self.service, self.stream_key, "retried").inc()

    def _apply(self, events: Sequence[Event]) -> None:
        """Handle events in one transaction: effects, inbox and outbox together."""
        prepared = self.handler.prepare(events)
        outcomes: Counter[str] = Counter()
        with self.database.session(immediate=True) as session:
            ids = [event.event_id for event in events]
            seen = set(
                session.exec(
                    select(InboxEntry.event_id).where(
                        InboxEntry.consumer_group == self.inbox_scope,
                        col(InboxEntry.event_id).in_(ids),
                    )
                )
            )
            uow = UnitOfWork(session=session, streams=self.streams, consumer_group=self.inbox_scope)
            for event in events:
                if event.event_id in seen:
                    outcomes["duplicate"] += 1
                    continue
                seen.add(event.event_id)
                session.add(InboxEntry(consumer_group=self.inbox_scope, event_id=event.event_id))
                if (
                    self.skip_stale_versions
                    and event.starts_version
                    and not uow.claim_version(event.article_uri, event.article_version)
                ):
                    outcomes["stale"] += 1
                    continue
                with structlog.contextvars.bound_contextvars(
                    article_uri=event.article_uri,
                    article_version=event.article_version,
                    correlation_id=event.correlation_id,
                    event_id=event.event_id,
                ):
                    self.handler.handle(uow, event, prepared.get(event.event_id))
                outcomes["handled"] += 1
            uow.commit()
        for outcome, count in outcomes.items():
            EVENTS_HANDLED.labels(self.service, self.stream_key, outcome).inc(count)

    async def _settle(
        self, done: Sequence[PendingEntry], dead: Sequence[tuple[PendingEntry, str]]
    ) -> None:
        if not done and not dead:
            return
        settled = [entry.entry_id for entry in done] + [entry.entry_id for entry, _ in dead]
        async with self.redis.pipeline(transaction=False) as pipe:
            if done:
                pipe.xack(self.stream_key, self.group, *[entry.entry_id for entry in done])
            pipe.hdel(self.failures_key, *settled)
            for entry, error in dead:
                fields = self._dead_letter_fields(entry, error)
                await self._dead_letter_once(
                    keys=[self.stream_key, self.dead_letter_key],
                    args=[self.group, entry.entry_id, *_flattened(fields)],
                    client=pipe,
                )
            await pipe.execute()
        if dead:
            EVENTS_HANDLED.labels(self.service, self.stream_key, "dead_lettered").inc(len(dead))

    def _dead_letter_fields(self, entry: PendingEntry, error: str) -> dict[str, str]:
        fields = {_text(key): _text(value) for key, value in entry.fields.items()}
        return {
            TYPE_FIELD: fields.get(TYPE_FIELD, "unknown"),
            EVENT_FIELD: fields.get(EVENT_FIELD, ""),
            "error": error[:4000],
            "source_stream": self.stream_key,
            "source_id": entry.entry_id,
            "consumer_group": self.group,
            "deliveries": str(entry.deliveries),
            "failed_at": utc_now().isoformat(),
        }

    async def reclaim_once(self) -> int:
        """Take over entries pending longer than the idle limit and handle them.

        Candidates come from XPENDING, and only those this consumer is not
        handling right now are claimed: claiming counts as a delivery, so
        claiming its own in-flight entries would spend their retries.
        """
        reclaimed = 0
        start = "-"
        while True:
            rows = await self.redis.xpending_range(
                self.stream_key,
                self.group,
                min=start,
                max="+",
                count=self.tuning.batch_size,
                idle=self.tuning.reclaim_idle_ms,
            )
            deliveries = {
                _text(row["message_id"]): int(row["times_delivered"])
                for row in rows
                if _text(row["message_id"]) not in self._in_flight
            }
            if deliveries:
                claimed: Any = await self.redis.xclaim(
                    self.stream_key,
                    self.group,
                    self.consumer_name,
                    min_idle_time=self.tuning.reclaim_idle_ms,
                    message_ids=list(deliveries),
                )
                entries = [
                    PendingEntry(_text(entry_id), fields, deliveries[_text(entry_id)] + 1)
                    for entry_id, fields in claimed
                    if fields and _text(entry_id) not in self._in_flight
                ]
                if entries:
                    RECLAIMED.labels(self.service, self.stream_key).inc(len(entries))
                    await self.handle_entries(entries)
                    reclaimed += len(entries)
            if len(rows) < self.tuning.batch_size:
                return reclaimed
            start = "(" + _text(rows[-1]["message_id"])

    async def reclaim_forever(self) -> None:
        """Reclaim on a timer until cancelled; recreate the group if Redis lost it."""
        interval = self.tuning.reclaim_interval_ms / 1000
        while True:
            try:
                await self.reclaim_once()
            except asyncio.CancelledError:
                raise
            except ResponseError as error:
                if "NOGROUP" in str(error):
                    log.warning("consumer group missing; recreating", stream=self.stream_key)
                    await self.ensure_group()
                else:
                    log.exception("reclaim failed")
            except (RedisConnectionError, RedisTimeoutError) as error:
                log.warning("redis unavailable; reclaim will retry", error=repr(error))
            except Exception:
                log.exception("reclaim failed")
            await asyncio.sleep(interval)
