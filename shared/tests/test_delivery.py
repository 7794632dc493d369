"""Delivery guarantees of the shared consumer runtime, against the real Redis.

Each test runs on SQLite and on PostgreSQL (the ``database_url`` fixture).
"""

import asyncio
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

import pytest
import redis.asyncio
from sqlmodel import Field, SQLModel, select

from inkstream.contracts.events import ArticleWithdrawn, Event
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.runtime.consumer import ConsumerTuning, PendingEntry, StreamConsumer
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.outbox import OutboxRelay
from inkstream.runtime.storage import Database, OutboxEntry
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream.runtime.wire import entry_fields

GROUP = "testservice"


class HandledEvent(SQLModel, table=True):
    __tablename__ = "test_handled_events"

    event_id: str = Field(primary_key=True)
    article_uri: str


class RecordingHandler(EventHandler):
    """Records each event; fails on demand, either some times or always."""

    def __init__(self, failures: dict[str, int] | None = None, poison: Iterable[str] = ()) -> None:
        self.failures = failures or {}
        self.poison = set(poison)
        self.attempts: Counter[str] = Counter()

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        self.attempts[event.article_uri] += 1
        if event.article_uri in self.poison:
            raise ValueError(f"cannot handle {event.article_uri}")
        if self.attempts[event.article_uri] <= self.failures.get(event.article_uri, 0):
            raise ConnectionError("transient failure")
        uow.session.add(HandledEvent(event_id=event.event_id, article_uri=event.article_uri))
        uow.emit(Stream.ENRICHED, ArticleWithdrawn.caused_by(event))


def withdrawal(uri: str, version: int = 1) -> ArticleWithdrawn:
    return ArticleWithdrawn.first(article_uri=uri, article_version=version)


@pytest.fixture
def database(database_url: str) -> Iterable[Database]:
    db = Database(database_url, (HandledEvent,))
    db.create_tables()
    yield db
    db.dispose()


@pytest.fixture
async def streams(stream_prefix: str) -> StreamNames:
    return StreamNames(stream_prefix)


@pytest.fixture
async def relay(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames
) -> OutboxRelay:
    return OutboxRelay(database, redis_client, streams, GROUP)


def make_consumer(
    handler: EventHandler,
    database: Database,
    redis_client: redis.asyncio.Redis,
    streams: StreamNames,
    relay: OutboxRelay,
    consumer_name: str = "consumer-a",
    max_deliveries: int = 5,
    skip_stale_versions: bool = False,
) -> StreamConsumer:
    return StreamConsumer(
        service=GROUP,
        stream_key=streams.key(Stream.INGESTED),
        group=GROUP,
        consumer_name=consumer_name,
        handler=handler,
        database=database,
        redis=redis_client,
        streams=streams,
        relay=relay,
        tuning=ConsumerTuning(batch_size=50, max_deliveries=max_deliveries, reclaim_idle_ms=30),
        skip_stale_versions=skip_stale_versions,
    )


async def append(redis_client: redis.asyncio.Redis, key: str, *events: Event) -> None:
    for event in events:
        await redis_client.xadd(key, entry_fields(event))  # type: ignore[arg-type]


async def read_fresh(consumer: StreamConsumer, count: int = 50) -> list[PendingEntry]:
    response = await consumer.redis.xreadgroup(
        consumer.group, consumer.consumer_name, {consumer.stream_key: ">"}, count=count
    )
    return [
        PendingEntry(entry_id.decode(), fields)
        for _, entries in response
        for entry_id, fields in entries
    ]


async def reclaim_until_settled(consumer: StreamConsumer, rounds: int = 20) -> None:
    for _ in range(rounds):
        await asyncio.sleep(0.05)
        await consumer.reclaim_once()
        pending = await consumer.redis.xpending(consumer.stream_key, consumer.group)
        if pending["pending"] == 0:
            return


def handled_uris(database: Database) -> list[str]:
    with database.session() as session:
        return sorted(row.article_uri for row in session.exec(select(HandledEvent)))


async def pending_count(consumer: StreamConsumer) -> int:
    summary = await consumer.redis.xpending(consumer.stream_key, consumer.group)
    return int(summary["pending"])


async def test_group_created_late_still_reads_the_backlog(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    """The group starts at id 0: entries appended before it existed are not skipped."""
    consumer = make_consumer(RecordingHandler(), database, redis_client, streams, relay)
    await append(redis_client, consumer.stream_key, withdrawal("urn:a"), withdrawal("urn:b"))
    await consumer.ensure_group()
    await consumer.ensure_group()

    await consumer.handle_entries(await read_fresh(consumer))

    assert handled_uris(database) == ["urn:a", "urn:b"]
    assert await pending_count(consumer) == 0


async def test_handler_failing_twice_then_succeeding_is_handled_once(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    handler = RecordingHandler(failures={"urn:flaky": 2})
    consumer = make_consumer(handler, database, redis_client, streams, relay)
    await consumer.ensure_group()
    await append(redis_client, consumer.stream_key, withdrawal("urn:flaky"), withdrawal("urn:ok"))

    await consumer.handle_entries(await read_fresh(consumer))
    assert handled_uris(database) == ["urn:ok"]
    assert await pending_count(consumer) == 1

    await reclaim_until_settled(consumer)

    assert handled_uris(database) == ["urn:flaky", "urn:ok"]
    assert handler.attempts["urn:flaky"] == 3  # in the batch, alone, then after a reclaim
    assert await pending_count(consumer) == 0
    assert await redis_client.xlen(streams.dead_letters(GROUP)) == 0
    await relay.drain()
    assert await redis_client.xlen(streams.key(Stream.ENRICHED)) == 2


async def test_poison_event_is_dead_lettered_after_the_limit_and_the_stream_moves_on(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    handler = RecordingHandler(poison={"urn:poison"})
    consumer = make_consumer(handler, database, redis_client, streams, relay, max_deliveries=3)
    await consumer.ensure_group()
    poison = withdrawal("urn:poison")
    await append(
        redis_client, consumer.stream_key, withdrawal("urn:1"), poison, withdrawal("urn:2")
    )

    await consumer.handle_entries(await read_fresh(consumer))
    await reclaim_until_settled(consumer)
    await append(redis_client, consumer.stream_key, withdrawal("urn:3"))
    await consumer.handle_entries(await read_fresh(consumer))

    assert handled_uris(database) == ["urn:1", "urn:2", "urn:3"]
    assert await pending_count(consumer) == 0
    dead = await redis_client.xrange(streams.dead_letters(GROUP))
    assert len(dead) == 1
    fields = {key.decode(): value.decode() for key, value in dead[0][1].items()}
    assert json.loads(fields["event"])["event_id"] == poison.event_id
    assert "cannot handle urn:poison" in fields["error"]
    assert fields["deliveries"] == "3"
    assert fields["source_stream"] == consumer.stream_key
    assert not await redis_client.exists(consumer.failures_key)


async def test_deliveries_spent_by_dying_consumers_do_not_dead_letter_a_healthy_event(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    """Claimed four times by consumers that died holding it, failed once: it is retried."""
    handler = RecordingHandler(failures={"urn:unlucky": 1})
    consumer = make_consumer(handler, database, redis_client, streams, relay, max_deliveries=3)
    await consumer.ensure_group()
    await append(redis_client, consumer.stream_key, withdrawal("urn:unlucky"))
    [fresh] = await read_fresh(consumer)

    await consumer.handle_entries([PendingEntry(fresh.entry_id, fresh.fields, deliveries=4)])
    await reclaim_until_settled(consumer)

    assert handled_uris(database) == ["urn:unlucky"]
    assert await redis_client.xlen(streams.dead_letters(GROUP)) == 0
    assert not await redis_client.exists(consumer.failures_key)


async def test_an_entry_that_keeps_stopping_its_consumer_is_dead_lettered_unhandled(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    handler = RecordingHandler()
    consumer = make_consumer(handler, database, redis_client, streams, relay, max_deliveries=3)
    await consumer.ensure_group()
    await append(redis_client, consumer.stream_key, withdrawal("urn:crasher"))
    [fresh] = await read_fresh(consumer)

    await consumer.handle_entries([PendingEntry(fresh.entry_id, fresh.fields, deliveries=9)])

    assert handler.attempts["urn:crasher"] == 0
    assert await pending_count(consumer) == 0
    [(_, fields)] = await redis_client.xrange(streams.dead_letters(GROUP))
    assert b"keeps stopping" in fields[b"error"]


async def test_undecodable_entry_is_dead_lettered_without_retries(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    consumer = make_consumer(RecordingHandler(), database, redis_client, streams, relay)
    await consumer.ensure_group()
    await redis_client.xadd(consumer.stream_key, {"type": "ArticleIngested", "event": "{not json"})
    await append(redis_client, consumer.stream_key, withdrawal("urn:fine"))

    await consumer.handle_entries(await read_fresh(consumer))

    assert handled_uris(database) == ["urn:fine"]
    assert await pending_count(consumer) == 0
    dead = await redis_client.xrange(streams.dead_letters(GROUP))
    assert [entry[1][b"event"] for entry in dead] == [b"{not json"]
    assert b"undecodable" in dead[0][1][b"error"]


async def test_entries_of_a_consumer_killed_mid_batch_are_reclaimed_by_another(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    handler = RecordingHandler()
    crashed = make_consumer(handler, database, redis_client, streams, relay, "consumer-crashed")
    survivor = make_consumer(handler, database, redis_client, streams, relay, "consumer-survivor")
    await crashed.ensure_group()
    uris = [f"urn:article-{number:02d}" for number in range(10)]
    await append(redis_client, crashed.stream_key, *(withdrawal(uri) for uri in uris))

    taken = await read_fresh(crashed)
    assert len(taken) == 10
    await reclaim_until_settled(survivor)

    assert handled_uris(database) == uris
    assert await pending_count(survivor) == 0


async def test_redelivered_event_is_handled_once(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    """The same event appended twice (a relay retry upstream) has one effect."""
    consumer = make_consumer(RecordingHandler(), database, redis_client, streams, relay)
    await consumer.ensure_group()
    event = withdrawal("urn:twice")
    await append(redis_client, consumer.stream_key, event)
    await consumer.handle_entries(await read_fresh(consumer))
    await append(redis_client, consumer.stream_key, event, event)
    await consumer.handle_entries(await read_fresh(consumer))

    assert handled_uris(database) == ["urn:twice"]
    await relay.drain()
    assert await redis_client.xlen(streams.key(Stream.ENRICHED)) == 1


async def test_an_older_version_after_a_newer_one_is_skipped(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    consumer = make_consumer(
        RecordingHandler(), database, redis_client, streams, relay, skip_stale_versions=True
    )
    await consumer.ensure_group()
    newer, older = withdrawal("urn:versioned", 3), withdrawal("urn:versioned", 2)
    await append(redis_client, consumer.stream_key, newer, older)

    await consumer.handle_entries(await read_fresh(consumer))

    with database.session() as session:
        assert [row.event_id for row in session.exec(select(HandledEvent))] == [newer.event_id]


async def test_relay_appends_an_event_once_even_when_it_retries(
    database: Database, redis_client: redis.asyncio.Redis, streams: StreamNames, relay: OutboxRelay
) -> None:
    """A relay that dies between appending and deleting its rows does not duplicate them."""
    event = withdrawal("urn:relayed")
    with database.session() as session:
        UnitOfWork(session=session, streams=streams).emit(Stream.PUBLISHED, event)
        session.commit()
        rows = list(session.exec(select(OutboxEntry)))

    await relay._publish(rows)
    assert await relay.drain() == 1

    entries = await redis_client.xrange(streams.key(Stream.PUBLISHED))
    assert len(entries) == 1
    assert json.loads(entries[0][1][b"event"])["event_id"] == event.event_id
    with database.session() as session:
        assert list(session.exec(select(OutboxEntry))) == []
