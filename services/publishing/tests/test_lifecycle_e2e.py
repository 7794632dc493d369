"""An article's whole life through the four services: embargo, correction, withdrawal.

Each step must reach the page, the feeds, the lists and the published stream.
"""

import json
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any, TypeVar
from urllib.parse import quote

import feedparser
import httpx
import pytest
import redis

from inkstream.contracts.events import utc_now
from inkstream.contracts.streams import Stream, StreamNames
from inkstream.demo import load_demo_articles
from inkstream.local import LocalStack
from inkstream.testing.plugin import TEST_API_KEY

pytestmark = pytest.mark.e2e

T = TypeVar("T")
FEEDS = ("/feeds/atom.xml", "/feeds/rss.xml", "/feeds/feed.json")
EMBARGO_S = 8


def wait_for(condition: Callable[[], T], what: str, timeout_s: float = 40) -> T:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def quoted(uri: str) -> str:
    return quote(uri, safe="")


class Site:
    """The running stack as a newsroom and a downstream reader see it."""

    def __init__(self, stack: LocalStack) -> None:
        self.stack = stack
        self.ingest = httpx.Client(
            base_url=stack.url("ingest"),
            headers={"Authorization": f"Bearer {TEST_API_KEY}"},
            timeout=10,
        )
        self.publishing = httpx.Client(base_url=stack.url("publishing"), timeout=10)
        self.redis = redis.Redis.from_url(stack.env["INKSTREAM_REDIS_URL"])
        self.published_key = StreamNames(stack.env["INKSTREAM_STREAM_PREFIX"]).key(Stream.PUBLISHED)

    def close(self) -> None:
        self.ingest.close()
        self.publishing.close()
        self.redis.close()

    def announcements(self, uri: str) -> list[tuple[str, int]]:
        events = [
            json.loads(fields[b"event"])  # type: ignore[index]
            for _, fields in self.redis.xrange(self.published_key)  # type: ignore[union-attr]
        ]
        return [(e["event_type"], e["article_version"]) for e in events if e["article_uri"] == uri]

    def announced(self, uri: str, expected: tuple[str, int]) -> list[tuple[str, int]]:
        return wait_for(
            lambda: expected in (found := self.announcements(uri)) and found,
            f"{expected} for {uri}",
        )

    def feed_entries(self, path: str) -> dict[str, str]:
        """Entry id to title."""
        response = self.publishing.get(path)
        if path.endswith(".json"):
            return {item["id"]: item["title"] for item in response.json()["items"]}
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        return {entry.id: entry.title for entry in parsed.entries}

    def document(self, uri: str) -> httpx.Response:
        return self.publishing.get(f"/v1/articles/{quoted(uri)}")


@pytest.fixture(scope="module")
def site(local_stack: LocalStack) -> Iterator[Site]:
    site = Site(local_stack)
    yield site
    site.close()


@pytest.fixture(scope="module")
def story(site: Site) -> list[dict[str, Any]]:
    """One story's demo articles, published."""
    articles = [a for a in load_demo_articles() if a["story"] == "g7-ukraine-loan"]
    for article in articles:
        payload = {key: value for key, value in article.items() if key != "story"}
        assert site.ingest.post("/v1/articles", json=payload).status_code == 202
    for article in articles:
        site.announced(article["uri"], ("ArticlePublished", 1))
    return articles


def test_an_embargoed_article_stays_invisible_then_publishes_by_itself(
    site: Site, story: list[dict[str, Any]]
) -> None:
    embargo = utc_now() + timedelta(seconds=EMBARGO_S)
    article = {
        "uri": "urn:inkstream:test:embargoed-budget",
        "headline": "Finance ministers agree loan terms for Ukraine under embargo",
        "body": "<p>G7 finance ministers agreed the terms of the loan to Ukraine backed by "
        "frozen Russian assets, officials said, ahead of the leaders' summit.</p>",
        "byline": "Ada Lund",
        "embargoed": embargo.isoformat(),
    }
    assert site.ingest.post("/v1/articles", json=article).status_code == 202
    wait_for(
        lambda: site.ingest.get(f"/v1/articles/{quoted(article['uri'])}/status").json()["stages"][
            "related"
        ],
        "the embargoed article to reach publishing",
    )

    assert utc_now() < embargo, "the test machine is too slow for this embargo"
    assert site.announcements(article["uri"]) == []
    assert site.document(article["uri"]).status_code == 404
    assert article["headline"] not in site.publishing.get("/").text
    for related in story:
        slug = site.document(related["uri"]).json()["inkstream_slug"]
        assert article["headline"] not in site.publishing.get(f"/articles/{slug}").text
    for path in FEEDS:
        assert article["uri"] not in site.feed_entries(path)

    site.announced(article["uri"], ("ArticlePublished", 1))

    assert utc_now() >= embargo
    document = site.document(article["uri"]).json()
    assert document["pubstatus"] == "usable"
    assert site.publishing.get(f"/articles/{document['inkstream_slug']}").status_code == 200
    assert article["headline"] in site.publishing.get("/").text
    for path in FEEDS:
        assert article["uri"] in site.feed_entries(path)


def test_a_correction_replaces_the_article_everywhere(
    site: Site, story: list[dict[str, Any]]
) -> None:
    article = story[0]
    corrected = {**article, "headline": article["headline"] + " (corrected)"}
    corrected.pop("story")
    slug = site.document(article["uri"]).json()["inkstream_slug"]

    response = site.ingest.put(f"/v1/articles/{quoted(article['uri'])}", json=corrected)
    assert response.status_code == 202

    assert site.announced(article["uri"], ("ArticleUpdated", 2)) == [
        ("ArticlePublished", 1),
        ("ArticleUpdated", 2),
    ]
    assert site.document(article["uri"]).json()["version"] == "2"
    page = site.publishing.get(f"/articles/{slug}").text
    assert corrected["headline"] in page.replace("&#39;", "'")
    for path in FEEDS:
        entries = site.feed_entries(path)
        assert entries[article["uri"]] == corrected["headline"]
        assert list(entries).count(article["uri"]) == 1


def test_a_withdrawal_takes_the_article_out_of_every_list(
    site: Site, story: list[dict[str, Any]]
) -> None:
    withdrawn, neighbour = story[1], story[2]
    slug = site.document(withdrawn["uri"]).json()["inkstream_slug"]
    neighbour_slug = site.document(neighbour["uri"]).json()["inkstream_slug"]

    assert site.ingest.delete(f"/v1/articles/{quoted(withdrawn['uri'])}").status_code == 202

    site.announced(withdrawn["uri"], ("ArticleWithdrawn", 2))
    assert site.publishing.get(f"/articles/{slug}").status_code == 410
    assert site.document(withdrawn["uri"]).json()["pubstatus"] == "canceled"
    headline = withdrawn["headline"]
    assert headline not in site.publishing.get("/").text.replace("&#39;", "'")
    neighbour_page = site.publishing.get(f"/articles/{neighbour_slug}").text
    assert headline not in neighbour_page.replace("&#39;", "'")
    related = site.document(neighbour["uri"]).json()["inkstream_related"]
    assert withdrawn["uri"] not in {item["uri"] for item in related}
    for path in FEEDS:
        assert withdrawn["uri"] not in site.feed_entries(path)
