"""The running publishing service: events in on the related stream; pages, feeds, stream out."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qs, quote

import feedparser
import pytest
import redis
from fastapi.testclient import TestClient

from inkstream.contracts.events import ArticleWithdrawn as Withdrawal
from inkstream.contracts.events import Event, RelatedArticle, RelatedArticlesChanged, utc_now
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.runtime.app import create_app
from inkstream.runtime.wire import entry_fields
from inkstream.testing.ninjs_schemas import ninjs31_validator, schema_errors
from inkstream_publishing.config import PublishingSettings
from inkstream_publishing.service import definition

if TYPE_CHECKING:
    from conftest import MakeVersion

HARBOUR = "urn:inkstream:test:harbour-reopens"
FERRY = "urn:inkstream:test:ferry-timetable"
STORM = "urn:inkstream:test:storm-warning"
BASE_URL = "http://testserver"
POLITICS = {"name": "politics", "uri": "http://cv.iptc.org/newscodes/mediatopic/11000000"}
FEEDS = ("/feeds/atom.xml", "/feeds/rss.xml", "/feeds/feed.json")

T = TypeVar("T")


def wait_for(condition: Callable[[], T], what: str, timeout_s: float = 15) -> T:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Hub:
    """A WebSub hub that records the publish notifications it receives."""

    url: str
    notified: list[str] = field(default_factory=list)


@pytest.fixture
def hub() -> Iterator[Hub]:
    notified: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"])).decode()
            form = parse_qs(body)
            assert form["hub.mode"] == ["publish"]
            notified.extend(form["hub.url"])
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Hub(url=f"http://127.0.0.1:{server.server_port}/", notified=notified)
    server.shutdown()
    server.server_close()


@dataclass
class RunningService:
    client: TestClient
    redis: redis.Redis
    streams: StreamNames

    def send(self, *events: Event) -> None:
        for event in events:
            self.redis.xadd(self.streams.key(Stream.RELATED), entry_fields(event))  # type: ignore[arg-type]

    def announced(self) -> list[tuple[str, str, int]]:
        entries = self.redis.xrange(self.streams.key(Stream.PUBLISHED))
        events = [json.loads(fields[b"event"]) for _, fields in entries]  # type: ignore[index]
        return [(e["event_type"], e["article_uri"], e["article_version"]) for e in events]

    def wait_announced(self, *expected: tuple[str, str, int]) -> None:
        wait_for(lambda: set(expected) <= set(self.announced()), f"announcements {expected}")

    def page(self, path: str) -> tuple[int, str]:
        response = self.client.get(path)
        return response.status_code, response.text

    def feed_ids(self, path: str) -> list[str]:
        response = self.client.get(path)
        assert response.status_code == 200, response.text
        if path.endswith(".json"):
            return [item["id"] for item in response.json()["items"]]
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        return [entry.id for entry in parsed.entries]


@pytest.fixture
def service(database_url: str, stream_prefix: str, redis_url: str, hub: Hub) -> Iterator[Any]:
    settings = PublishingSettings(
        environment="test",
        redis_url=redis_url,
        stream_prefix=stream_prefix,
        database_url=database_url,
        public_base_url=BASE_URL,
        block_ms=50,
        embargo_check_interval_s=0.2,
        websub_hub_url=hub.url,
    )
    client = redis.Redis.from_url(redis_url)
    with TestClient(create_app(definition, settings)) as http:
        yield RunningService(http, client, settings.streams)
    client.close()


def test_front_page_links_each_article_whose_page_shows_more_like_this(
    service: RunningService, make_version: MakeVersion
) -> None:
    service.send(make_version(FERRY), make_version(HARBOUR, related=[FERRY]))
    service.wait_announced(("ArticlePublished", FERRY, 1), ("ArticlePublished", HARBOUR, 1))

    _, front = service.page("/")
    assert front.index("Harbour reopens") < front.index("Ferry timetable")
    status, page = service.page("/articles/harbour-reopens-1a2b3c")
    assert status == 200
    assert "More like this" in page
    assert '<a href="http://testserver/articles/ferry-timetable-1a2b3c">' in page
    assert "What happened with ferry-timetable." in page
    assert quote("http://testserver/articles/harbour-reopens-1a2b3c", safe="") in page
    assert "<script>alert(1)</script>" not in page


def test_an_embargoed_article_is_invisible_until_it_publishes_by_itself(
    service: RunningService, make_version: MakeVersion
) -> None:
    service.send(make_version(FERRY, subjects=[POLITICS]))
    service.wait_announced(("ArticlePublished", FERRY, 1))
    embargo = utc_now() + timedelta(seconds=2)
    service.send(make_version(HARBOUR, embargoed=embargo, subjects=[POLITICS]))
    service.send(make_version(FERRY, 2, subjects=[POLITICS], related=[HARBOUR]))
    service.wait_announced(("ArticleUpdated", FERRY, 2))

    assert utc_now() < embargo, "the test machine is too slow for this embargo"
    assert service.page("/articles/harbour-reopens-1a2b3c")[0] == 404
    assert service.client.get(f"/v1/articles/{quote(HARBOUR, safe='')}").status_code == 404
    for path in ("/", "/topics/politics", "/articles/ferry-timetable-1a2b3c"):
        assert "Harbour reopens" not in service.page(path)[1]
    for path in (*FEEDS, "/feeds/topics/politics/atom.xml"):
        assert HARBOUR not in service.feed_ids(path)
    assert all(uri != HARBOUR for _, uri, _ in service.announced())

    service.wait_announced(("ArticlePublished", HARBOUR, 1))
    assert utc_now() >= embargo
    assert service.page("/articles/harbour-reopens-1a2b3c")[0] == 200
    for path in FEEDS:
        assert HARBOUR in service.feed_ids(path)
    assert "Harbour reopens" in service.page("/articles/ferry-timetable-1a2b3c")[1]


def test_a_withdrawn_article_is_gone_from_its_page_feeds_lists_and_related_lists(
    service: RunningService, make_version: MakeVersion
) -> None:
    service.send(
        make_version(HARBOUR, subjects=[POLITICS]),
        make_version(FERRY, related=[HARBOUR]),
    )
    service.wait_announced(("ArticlePublished", FERRY, 1))

    service.send(Withdrawal.first(article_uri=HARBOUR, article_version=2, reason="legal"))
    service.wait_announced(("ArticleWithdrawn", HARBOUR, 2))

    status, page = service.page("/articles/harbour-reopens-1a2b3c")
    assert status == 410
    assert "withdrawn" in page
    api = service.client.get(f"/v1/articles/{quote(HARBOUR, safe='')}")
    assert api.status_code == 410
    assert api.json()["pubstatus"] == "canceled"
    for path in ("/", "/topics/politics", "/articles/ferry-timetable-1a2b3c"):
        assert "Harbour reopens" not in service.page(path)[1]
    for path in (*FEEDS, "/feeds/topics/politics/rss.xml"):
        assert HARBOUR not in service.feed_ids(path)


def test_an_update_replaces_its_feed_entries_and_page(
    service: RunningService, make_version: MakeVersion
) -> None:
    service.send(make_version(HARBOUR), make_version(FERRY))
    service.wait_announced(("ArticlePublished", FERRY, 1))

    service.send(make_version(HARBOUR, 2, headline="Harbour reopens on Tuesday (corrected)"))
    service.wait_announced(("ArticleUpdated", HARBOUR, 2))

    for path in FEEDS:
        assert service.feed_ids(path) == [HARBOUR, FERRY]
    atom = feedparser.parse(service.client.get("/feeds/atom.xml").content)
    assert atom.entries[0].title == "Harbour reopens on Tuesday (corrected)"
    page = service.page("/articles/harbour-reopens-1a2b3c")[1]
    assert "(corrected)" in page
    assert "Harbour reopens (version 1)" not in page
    document = service.client.get(f"/v1/articles/{quote(HARBOUR, safe='')}").json()
    assert document["version"] == "2"


def test_topic_pages_and_feeds_list_the_topics_articles_newest_first(
    service: RunningService, make_version: MakeVersion
) -> None:
    service.send(make_version(HARBOUR, subjects=[POLITICS]))
    service.wait_announced(("ArticlePublished", HARBOUR, 1))
    service.send(make_version(STORM), make_version(FERRY, subjects=[POLITICS]))
    service.wait_announced(("ArticlePublished", FERRY, 1))

    status, page = service.page("/topics/politics")
    assert status == 200
    assert "<h1>politics</h1>" in page
    assert page.index("Ferry timetable") < page.index("Harbour reopens")
    assert "Storm warning" not in page
    for feed_format in ("atom.xml", "rss.xml", "feed.json"):
        assert service.feed_ids(f"/feeds/topics/politics/{feed_format}") == [FERRY, HARBOUR]
    assert service.page("/topics/no-such-topic")[0] == 404
    assert service.client.get("/feeds/topics/no-such-topic/atom.xml").status_code == 404
    assert '<a href="/topics/politics">politics</a>' in service.page("/")[1]


def test_the_ninjs3_form_is_valid_against_ninjs_3_1(
    service: RunningService, make_version: MakeVersion
) -> None:
    service.send(make_version(FERRY), make_version(HARBOUR, subjects=[POLITICS], related=[FERRY]))
    service.wait_announced(("ArticlePublished", HARBOUR, 1))

    response = service.client.get(f"/v1/articles/{quote(HARBOUR, safe='')}?format=ninjs3")

    assert response.status_code == 200
    document = response.json()
    assert schema_errors(ninjs31_validator(), document) == []
    assert document["versionCreated"]
    assert document["pubStatus"] == "usable"


def test_feeds_name_the_hub_which_hears_of_every_change(
    service: RunningService, make_version: MakeVersion, hub: Hub
) -> None:
    response = service.client.get("/feeds/atom.xml")
    assert f'<{hub.url}>; rel="hub"' in response.headers["Link"]
    assert '<http://testserver/feeds/atom.xml>; rel="self"' in response.headers["Link"]

    service.send(make_version(HARBOUR, subjects=[POLITICS]))

    expected = {f"http://testserver{path}" for path in FEEDS}
    expected.add("http://testserver/feeds/topics/politics/atom.xml")
    # The hub is told of each feed on its own, in no particular order.
    wait_for(lambda: expected <= set(hub.notified), "the hub to hear of every changed feed")
    assert expected <= set(hub.notified)


def test_newer_related_articles_show_without_a_new_version(
    service: RunningService, make_version: MakeVersion
) -> None:
    service.send(make_version(HARBOUR), make_version(FERRY))
    service.wait_announced(("ArticlePublished", FERRY, 1))

    service.send(
        RelatedArticlesChanged.first(
            article_uri=HARBOUR,
            article_version=1,
            related=[
                RelatedArticle(uri=FERRY, headline="x", slug="x", score=0.4, reason="similar-text")
            ],
        )
    )

    wait_for(
        lambda: "Ferry timetable" in service.page("/articles/harbour-reopens-1a2b3c")[1],
        "the related list to show the ferry article",
    )
    assert service.announced().count(("ArticleUpdated", HARBOUR, 1)) == 0
