"""A dead letter replayed with the ops CLI after a fix is handled once, on SQLite and PostgreSQL."""

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import redis.asyncio
from sqlmodel import Field, SQLModel, select
from typer.testing import CliRunner

from inkstream.cli import app
from inkstream.contracts.events import ArticleWithdrawn, Event
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.runtime.consumer import ConsumerTuning, PendingEntry, StreamConsumer
from inkstream.runtime.handlers import EventHandler
from inkstream.runtime.outbox import OutboxRelay
from inkstream.runtime.storage import Database
from inkstream.runtime.unit_of_work import UnitOfWork
from inkstream.runtime.wire import entry_fields

SERVICE = "enrichment"


class ReplayedEffect(SQLModel, table=True):
    __tablename__ = "test_replayed_effects"

    event_id: str = Field(primary_key=True)


class BrokenUntilFixed(EventHandler):
    """Rejects every event until an operator deploys the fix."""

    def __init__(self) -> None:
        self.fixed = False

    def handle(self, uow: UnitOfWork, event: Event, prepared: Any = None) -> None:
        if not self.fixed:
            raise ValueError("a bug in the handler")
        uow.session.add(ReplayedEffect(event_id=event.event_id))
        uow.emit(Stream.ENRICHED, ArticleWithdrawn.caused_by(event))


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url, (ReplayedEffect,))
    db.create_tables()
    yield db
    db.dispose()


async def read_fresh(consumer: StreamConsumer) -> list[PendingEntry]:
    response = await consumer.redis.xreadgroup(
        consumer.group, consumer.consumer_name, {consumer.stream_key: ">"}, count=10
    )
    return [PendingEntry(i.decode(), fields) for _, entries in response for i, fields in entries]


def effects(database: Database) -> int:
    with database.session() as session:
        return len(session.exec(select(ReplayedEffect)).all())


async def test_a_replayed_dead_letter_is_handled_once(
    database: Database,
    redis_client: redis.asyncio.Redis,
    stream_prefix: str,
    redis_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    streams = StreamNames(stream_prefix)
    handler = BrokenUntilFixed()
    relay = OutboxRelay(database, redis_client, streams, SERVICE)
    consumer = StreamConsumer(
        service=SERVICE,
        stream_key=streams.key(Stream.INGESTED),
        group=SERVICE,
        consumer_name="worker",
        handler=handler,
        database=database,
        redis=redis_client,
        streams=streams,
        relay=relay,
        tuning=ConsumerTuning(max_deliveries=2, reclaim_idle_ms=20),
    )
    await consumer.ensure_group()
    event = ArticleWithdrawn.first(article_uri="urn:test:replayed", article_version=1)
    await redis_client.xadd(consumer.stream_key, entry_fields(event))  # type: ignore[arg-type]
    await consumer.handle_entries(await read_fresh(consumer))
    await asyncio.sleep(0.05)
    await consumer.reclaim_once()
    assert await redis_client.xlen(streams.dead_letters(SERVICE)) == 1

    handler.fixed = True
    monkeypatch.setenv("INKSTREAM_REDIS_URL", redis_url)
    monkeypatch.setenv("INKSTREAM_STREAM_PREFIX", stream_prefix)
    replay = ["dead-letters", "replay", "--service", SERVICE, "--all"]
    replayed = await asyncio.to_thread(CliRunner().invoke, app, replay)
    assert replayed.exit_code == 0, replayed.output
    await consumer.handle_entries(await read_fresh(consumer))
    await redis_client.xadd(consumer.stream_key, entry_fields(event))  # type: ignore[arg-type]
    await consumer.handle_entries(await read_fresh(consumer))
    await relay.drain()

    assert effects(database) == 1
    assert await redis_client.xlen(streams.key(Stream.ENRICHED)) == 1
    assert await redis_client.xlen(streams.dead_letters(SERVICE)) == 0
    assert (await redis_client.xpending(consumer.stream_key, SERVICE))["pending"] == 0
