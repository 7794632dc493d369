"""The reclaimer leaves a consumer's in-flight entries alone, without spending their retries."""

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import redis.asyncio

from inkstream.contracts.events import ArticleWithdrawn, Event
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.runtime.consumer import ConsumerTuning, PendingEntry, StreamConsumer
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.outbox import OutboxRelay
from inkstream.runtime.storage import Database
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream.runtime.wire import entry_fields


class Gated(EventHandler):
    """Holds each event until the test opens the gate: a slow batch."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.gate = threading.Event()

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        self.entered.set()
        self.gate.wait(timeout=10)


@pytest.fixture
def database(tmp_path: Any) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'service.db'}")
    db.create_tables()
    yield db
    db.dispose()


async def test_a_slow_batch_keeps_its_delivery_count(
    database: Database, redis_client: redis.asyncio.Redis, stream_prefix: str
) -> None:
    streams = StreamNames(stream_prefix)
    handler = Gated()
    consumer = StreamConsumer(
        service="testservice",
        stream_key=streams.key(Stream.INGESTED),
        group="testservice",
        consumer_name="worker",
        handler=handler,
        database=database,
        redis=redis_client,
        streams=streams,
        relay=OutboxRelay(database, redis_client, streams, "testservice"),
        tuning=ConsumerTuning(max_deliveries=2, reclaim_idle_ms=10),
    )
    await consumer.ensure_group()
    event = ArticleWithdrawn.first(article_uri="urn:test:slow", article_version=1)
    await redis_client.xadd(consumer.stream_key, entry_fields(event))  # type: ignore[arg-type]
    response = await redis_client.xreadgroup("testservice", "worker", {consumer.stream_key: ">"})
    entries = [PendingEntry(i.decode(), f) for _, found in response for i, f in found]

    handling = asyncio.create_task(consumer.handle_entries(entries))
    await asyncio.to_thread(handler.entered.wait, 10)
    for _ in range(5):
        await asyncio.sleep(0.03)
        assert await consumer.reclaim_once() == 0
    [pending] = await redis_client.xpending_range(consumer.stream_key, "testservice", "-", "+", 10)
    handler.gate.set()
    await handling

    assert pending["times_delivered"] == 1
    assert (await redis_client.xpending(consumer.stream_key, "testservice"))["pending"] == 0
    assert await redis_client.xlen(streams.dead_letters("testservice")) == 0
