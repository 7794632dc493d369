"""The enrichment service as a process on the real Redis and database."""

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from inkstream.contracts.events import ArticleIngested, ArticleWithdrawn
from inkstream.contracts.ninjs_formats import parse_submission
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.demo import load_demo_articles
from inkstream.local import LocalStack, free_port
from inkstream.runtime.wire import entry_fields

SEED_URI = "urn:inkstream:demo:nato-strike-inside-russia"
SERVICE = "enrichment"


@pytest.fixture
def environment(service_environment: dict[str, str], database_url: str) -> dict[str, str]:
    return {
        **service_environment,
        "INKSTREAM_ENRICHMENT_DATABASE_URL": database_url,
        "INKSTREAM_ENRICHMENT_WORKERS": "1",
    }


@pytest.fixture
def service(environment: dict[str, str], tmp_path: Path) -> Iterator[LocalStack]:
    stack = LocalStack(env=environment, ports={SERVICE: free_port()}, log_dir=tmp_path / "logs")
    stack.start([SERVICE])
    try:
        stack.wait_ready([SERVICE], timeout_s=120)
        yield stack
    finally:
        stack.stop()


def ingested(article: dict[str, Any]) -> ArticleIngested:
    document = parse_submission({k: v for k, v in article.items() if k != "story"}).document
    document = document.model_copy(update={"version": "1"})
    return ArticleIngested.first(
        article_uri=document.uri,
        article_version=1,
        article=document,
        source_format="minimal",
        client_id="test",
    )


def enriched_events(client: redis.Redis, prefix: str) -> list[dict[str, Any]]:
    key = StreamNames(prefix).key(Stream.ENRICHED)
    return [json.loads(fields[b"event"]) for _, fields in client.xrange(key)]


def wait_for_events(
    client: redis.Redis, prefix: str, count: int, timeout_s: float = 60
) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        events = enriched_events(client, prefix)
        if len(events) >= count:
            return events
        time.sleep(0.2)
    raise AssertionError(f"expected {count} enriched events, got {enriched_events(client, prefix)}")


def reenrich(environment: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "inkstream_enrichment", "reenrich", *arguments],
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_enrichment_tags_the_seed_and_re_enrichment_sends_its_current_version_again(
    service: LocalStack, environment: dict[str, str], redis_url: str
) -> None:
    prefix = environment["INKSTREAM_STREAM_PREFIX"]
    client = redis.Redis.from_url(redis_url)
    seed = next(a for a in load_demo_articles() if a["uri"] == SEED_URI)
    other = next(a for a in load_demo_articles() if a["story"] == "champions-league-final")
    ingested_key = StreamNames(prefix).key(Stream.INGESTED)
    for article in (seed, other):
        client.xadd(ingested_key, entry_fields(ingested(article)))  # type: ignore[arg-type]

    first = {event["article_uri"]: event for event in wait_for_events(client, prefix, 2)}
    document = first[SEED_URI]["article"]
    assert {"name": "Jens Stoltenberg"} in document["people"]
    assert any(s["uri"].endswith("/16000000") for s in document["subjects"])

    client.xadd(
        ingested_key,
        entry_fields(ArticleWithdrawn.first(article_uri=other["uri"], article_version=1)),  # type: ignore[arg-type]
    )
    wait_for_events(client, prefix, 3)

    result = reenrich(environment, "--all")
    assert result.returncode == 0, result.stderr
    assert "re-enriched 1 article(s)" in result.stdout

    events = wait_for_events(client, prefix, 4)
    again = events[-1]
    assert again["event_type"] == "ArticleEnriched"
    assert again["article_uri"] == SEED_URI
    assert again["article_version"] == 1
    assert again["event_id"] != first[SEED_URI]["event_id"]
    assert again["enrichment"]["entities"] == first[SEED_URI]["enrichment"]["entities"]

    missing = reenrich(environment, "--uri", other["uri"])
    assert missing.returncode == 1
    assert other["uri"] in missing.stdout
    client.close()
