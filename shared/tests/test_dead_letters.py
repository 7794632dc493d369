"""Listing and replaying dead letters against the real Redis."""

import json
from collections.abc import Iterator

import pytest
import redis
from typer.testing import CliRunner

from inkstream.cli import app
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.runtime.dead_letters import (
    DeadLetterNotFound,
    list_dead_letters,
    replay_dead_letters,
)

SERVICE = "enrichment"


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    connection = redis.Redis.from_url(redis_url)
    yield connection
    connection.close()


@pytest.fixture
def streams(stream_prefix: str) -> StreamNames:
    return StreamNames(stream_prefix)


def event_json(article_uri: str) -> str:
    return json.dumps(
        {
            "event_type": "ArticleIngested",
            "event_id": f"event-{article_uri}",
            "article_uri": article_uri,
            "article_version": 1,
            "correlation_id": "correlation-1",
        }
    )


def put_dead_letter(
    client: redis.Redis, streams: StreamNames, event: str, error: str = "ValueError: boom"
) -> str:
    """Write an entry the way ``StreamConsumer`` dead-letters one; return its id."""
    entry_id = client.xadd(
        streams.dead_letters(SERVICE),
        {
            "type": "ArticleIngested",
            "event": event,
            "error": error,
            "source_stream": streams.key(Stream.INGESTED),
            "source_id": "1700000000000-0",
            "consumer_group": SERVICE,
            "deliveries": "5",
            "failed_at": "2026-01-01T12:00:00+00:00",
        },
    )
    return entry_id.decode()


def test_list_shows_what_the_consumer_recorded(client: redis.Redis, streams: StreamNames) -> None:
    entry_id = put_dead_letter(client, streams, event_json("urn:test:one"))

    [dead_letter] = list_dead_letters(client, streams, SERVICE, limit=10)

    assert dead_letter.entry_id == entry_id
    assert dead_letter.event_type == "ArticleIngested"
    assert dead_letter.article_uri == "urn:test:one"
    assert dead_letter.deliveries == 5
    assert dead_letter.error == "ValueError: boom"
    assert dead_letter.source_stream == streams.key(Stream.INGESTED)
    assert dead_letter.failed_at == "2026-01-01T12:00:00+00:00"


def test_list_is_oldest_first_and_respects_the_limit(
    client: redis.Redis, streams: StreamNames
) -> None:
    ids = [put_dead_letter(client, streams, event_json(f"urn:test:{n}")) for n in range(3)]

    listed = list_dead_letters(client, streams, SERVICE, limit=2)

    assert [dead_letter.entry_id for dead_letter in listed] == ids[:2]


def test_an_undecodable_event_is_listed_without_an_article_uri(
    client: redis.Redis, streams: StreamNames
) -> None:
    put_dead_letter(client, streams, "not json", error="undecodable entry")

    [dead_letter] = list_dead_letters(client, streams, SERVICE, limit=10)

    assert dead_letter.article_uri is None
    assert dead_letter.event == "not json"


def test_replay_puts_the_event_back_on_its_source_stream_unchanged(
    client: redis.Redis, streams: StreamNames
) -> None:
    event = event_json("urn:test:replayed")
    entry_id = put_dead_letter(client, streams, event)

    [replayed] = replay_dead_letters(client, streams, SERVICE, [entry_id])

    [(new_id, fields)] = client.xrange(streams.key(Stream.INGESTED))
    assert new_id.decode() == replayed.new_entry_id
    assert fields == {b"type": b"ArticleIngested", b"event": event.encode()}
    assert client.xlen(streams.dead_letters(SERVICE)) == 0


def test_replay_all_moves_every_entry_in_order(client: redis.Redis, streams: StreamNames) -> None:
    events = [event_json(f"urn:test:{n}") for n in range(3)]
    for event in events:
        put_dead_letter(client, streams, event)

    replayed = replay_dead_letters(client, streams, SERVICE, None)

    assert len(replayed) == 3
    source_entries = client.xrange(streams.key(Stream.INGESTED))
    assert [fields[b"event"].decode() for _, fields in source_entries] == events
    assert client.xlen(streams.dead_letters(SERVICE)) == 0


def test_replaying_an_unknown_id_changes_nothing(client: redis.Redis, streams: StreamNames) -> None:
    kept = put_dead_letter(client, streams, event_json("urn:test:kept"))

    with pytest.raises(DeadLetterNotFound):
        replay_dead_letters(client, streams, SERVICE, [kept, "1-1"])

    assert [
        dead_letter.entry_id for dead_letter in list_dead_letters(client, streams, SERVICE)
    ] == [kept]
    assert client.xlen(streams.key(Stream.INGESTED)) == 0


def test_cli_lists_and_replays(
    client: redis.Redis,
    streams: StreamNames,
    redis_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INKSTREAM_REDIS_URL", redis_url)
    monkeypatch.setenv("INKSTREAM_STREAM_PREFIX", streams.prefix)
    entry_id = put_dead_letter(client, streams, event_json("urn:test:cli"))
    runner = CliRunner()

    listed = runner.invoke(app, ["dead-letters", "list", "--service", SERVICE])
    replayed = runner.invoke(app, ["dead-letters", "replay", "--service", SERVICE, "--all"])

    assert listed.exit_code == 0, listed.output
    assert entry_id in listed.output
    assert "urn:test:cli" in listed.output
    assert replayed.exit_code == 0, replayed.output
    assert f"replayed {entry_id} -> {streams.key(Stream.INGESTED)}" in replayed.output
    assert client.xlen(streams.dead_letters(SERVICE)) == 0
