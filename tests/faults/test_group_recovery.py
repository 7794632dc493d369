"""A service whose stream and consumer group vanish (Redis lost its data) goes on consuming."""

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from inkstream.contracts.streams import Stream, StreamNames
from inkstream.local import LocalStack, free_port
from tests.bench.pipeline import generate_articles, ingested_event_fields

SERVICE = "enrichment"


@pytest.fixture
def enrichment(service_environment: dict[str, str], tmp_path: Path) -> Iterator[LocalStack]:
    stack = LocalStack(
        env=service_environment, ports={SERVICE: free_port()}, log_dir=tmp_path / "logs"
    )
    stack.start([SERVICE])
    try:
        stack.wait_ready([SERVICE])
        yield stack
    finally:
        stack.stop()


def enriched_uris(client: redis.Redis, streams: StreamNames) -> set[str]:
    return {
        json.loads(fields[b"event"])["article_uri"]
        for _, fields in client.xrange(streams.key(Stream.ENRICHED))
    }


@pytest.mark.e2e
def test_consuming_resumes_after_the_stream_and_its_group_are_gone(
    enrichment: LocalStack, redis_url: str, stream_prefix: str
) -> None:
    streams = StreamNames(stream_prefix)
    client = redis.Redis.from_url(redis_url)
    try:
        client.delete(streams.key(Stream.INGESTED))
        time.sleep(3)
        article = generate_articles(1)[0]
        client.xadd(streams.key(Stream.INGESTED), ingested_event_fields(article))  # type: ignore[arg-type]

        deadline = time.monotonic() + 30
        while article["uri"] not in enriched_uris(client, streams):
            assert time.monotonic() < deadline, "the article was never enriched"
            time.sleep(0.2)
    finally:
        client.close()
