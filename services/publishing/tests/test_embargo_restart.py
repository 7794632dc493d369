"""An embargo survives a crash: the publishing process, killed while holding an article,
publishes it by itself once restarted after the embargo's time."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
import redis

from inkstream.contracts.events import utc_now
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.local import LocalStack, free_port
from inkstream.runtime.wire import entry_fields

if TYPE_CHECKING:
    from conftest import MakeVersion

HARBOUR = "urn:inkstream:test:harbour-reopens"


@pytest.fixture
def publishing_process(
    service_environment: dict[str, str], database_url: str, tmp_path: Path
) -> Iterator[LocalStack]:
    environment = {
        **service_environment,
        "INKSTREAM_PUBLISHING_DATABASE_URL": database_url,
        "INKSTREAM_EMBARGO_CHECK_INTERVAL_S": "0.2",
    }
    port = free_port()
    environment["INKSTREAM_PUBLIC_BASE_URL"] = f"http://127.0.0.1:{port}"
    stack = LocalStack(env=environment, ports={"publishing": port}, log_dir=tmp_path / "logs")
    stack.start(["publishing"])
    try:
        stack.wait_ready(["publishing"])
        yield stack
    finally:
        stack.stop()


def published_types(client: redis.Redis, streams: StreamNames) -> list[str]:
    entries = client.xrange(streams.key(Stream.PUBLISHED))
    return [json.loads(fields[b"event"])["event_type"] for _, fields in entries]  # type: ignore[index]


def wait_until_handled(client: redis.Redis, streams: StreamNames, entry_id: bytes) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        groups = client.xinfo_groups(streams.key(Stream.RELATED))
        if any(
            group["last-delivered-id"] == entry_id and group["pending"] == 0 for group in groups
        ):
            return
        time.sleep(0.05)
    raise AssertionError("publishing did not handle the held version")


def test_a_held_article_is_published_after_a_crash_and_restart(
    publishing_process: LocalStack, make_version: MakeVersion, redis_url: str
) -> None:
    streams = StreamNames(publishing_process.env["INKSTREAM_STREAM_PREFIX"])
    client = redis.Redis.from_url(redis_url)
    embargo = utc_now() + timedelta(seconds=3)
    version = make_version(HARBOUR, embargoed=embargo)
    page = f"{publishing_process.url('publishing')}/articles/harbour-reopens-1a2b3c"

    entry_id = client.xadd(streams.key(Stream.RELATED), entry_fields(version))  # type: ignore[arg-type]
    wait_until_handled(client, streams, entry_id)  # type: ignore[arg-type]
    assert httpx.get(page).status_code == 404
    publishing_process.kill("publishing")

    time.sleep(max(0.0, (embargo - utc_now()).total_seconds()) + 0.5)
    assert published_types(client, streams) == []
    publishing_process.start(["publishing"])
    publishing_process.wait_ready(["publishing"])

    deadline = time.monotonic() + 15
    while published_types(client, streams) != ["ArticlePublished"]:
        assert time.monotonic() < deadline, "the embargo was not released after the restart"
        time.sleep(0.05)
    assert httpx.get(page).status_code == 200
    client.close()
