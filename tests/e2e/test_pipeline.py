"""The whole pipeline as processes on the real Redis: newsroom POST to published page and event."""

import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import feedparser
import httpx
import pytest
import redis

from inkstream.contracts.streams import Stream, StreamNames
from inkstream.demo import load_demo_articles
from inkstream.local import LocalStack
from inkstream.testing.ninjs_schemas import (
    extension_validator,
    ninjs22_validator,
    ninjs31_validator,
    schema_errors,
)
from inkstream.testing.plugin import TEST_API_KEY

pytestmark = pytest.mark.e2e

SEED_URI = "urn:inkstream:demo:nato-strike-inside-russia"
AUTH = {"Authorization": f"Bearer {TEST_API_KEY}"}


def quoted(uri: str) -> str:
    return quote(uri, safe="")


def published_events(stack: LocalStack) -> list[dict[str, Any]]:
    client = redis.Redis.from_url(stack.env["INKSTREAM_REDIS_URL"])
    try:
        key = StreamNames(stack.env["INKSTREAM_STREAM_PREFIX"]).key(Stream.PUBLISHED)
        return [json.loads(fields[b"event"]) for _, fields in client.xrange(key)]
    finally:
        client.close()


def wait_for(condition: Any, timeout_s: float = 30, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def published_version(stack: LocalStack, uri: str) -> tuple[str, int]:
    """(event type, version) of the newest published-stream event for ``uri``."""
    events = [event for event in published_events(stack) if event["article_uri"] == uri]
    if not events:
        return ("", 0)
    return events[-1]["event_type"], events[-1]["article_version"]


@pytest.fixture(scope="module")
def ingest(local_stack: LocalStack) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=local_stack.url("ingest"), headers=AUTH, timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def publishing(local_stack: LocalStack) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=local_stack.url("publishing"), timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def demo_articles(local_stack: LocalStack, ingest: httpx.Client) -> list[dict[str, Any]]:
    """The bundled demo articles, posted and published."""
    articles = load_demo_articles()
    for article in articles:
        payload = {key: value for key, value in article.items() if key != "story"}
        response = ingest.post("/v1/articles", json=payload)
        assert response.status_code == 202, response.text
    wanted = {article["uri"] for article in articles}
    wait_for(
        lambda: wanted <= {event["article_uri"] for event in published_events(local_stack)},
        what="every demo article on the published stream",
    )
    return articles


def test_every_article_is_published_once_as_an_event_and_a_page(
    local_stack: LocalStack, publishing: httpx.Client, demo_articles: list[dict[str, Any]]
) -> None:
    events = [e for e in published_events(local_stack) if e["event_type"] == "ArticlePublished"]
    by_uri = {event["article_uri"]: event for event in events}
    assert len(events) == len(by_uri) == len(demo_articles)
    for article in demo_articles:
        event = by_uri[article["uri"]]
        assert event["article_version"] == 1
        page = publishing.get(f"/articles/{event['slug']}")
        assert page.status_code == 200
        assert event["url"].endswith(f"/articles/{event['slug']}")
        assert "<h1" in page.text
        assert "Share post" in page.text
        assert quote(event["url"], safe="") in page.text


def test_seed_page_shows_more_like_this_from_the_same_story(
    local_stack: LocalStack, publishing: httpx.Client, demo_articles: list[dict[str, Any]]
) -> None:
    stories = {article["uri"]: article["story"] for article in demo_articles}
    related = httpx.get(
        f"{local_stack.url('recommendation')}/v1/articles/{quoted(SEED_URI)}/related?limit=4"
    ).json()["related"]
    assert related, "the seed article has related articles"
    assert all(item["uri"] != SEED_URI for item in related)
    assert stories[related[0]["uri"]] == "nato-ukraine"
    assert all(item["reason"] and item["score"] > 0 for item in related)

    document = wait_for(
        lambda: (
            (found := publishing.get(f"/v1/articles/{quoted(SEED_URI)}").json())[
                "inkstream_related"
            ]
            and found
        ),
        what="the first article's related list to take in the later ones",
    )
    page = publishing.get(f"/articles/{document['inkstream_slug']}").text
    assert "More like this" in page
    first_related = document["inkstream_related"][0]
    assert (
        first_related["headline"] in page or first_related["headline"].replace("'", "&#39;") in page
    )


def test_published_documents_are_valid_ninjs(
    publishing: httpx.Client, demo_articles: list[dict[str, Any]]
) -> None:
    for article in demo_articles:
        document = publishing.get(f"/v1/articles/{quoted(article['uri'])}").json()
        assert schema_errors(extension_validator(), document) == []
        core = {key: value for key, value in document.items() if not key.startswith("inkstream_")}
        assert schema_errors(ninjs22_validator(), core) == []
        ninjs3 = publishing.get(f"/v1/articles/{quoted(article['uri'])}?format=ninjs3").json()
        assert schema_errors(ninjs31_validator(), ninjs3) == []
        assert document["version"] == "1"
        assert document["pubstatus"] == "usable"
        assert document["language"] == "en"
        assert document["inkstream_readtime_minutes"] >= 1


def test_status_reports_each_stage(
    ingest: httpx.Client, demo_articles: list[dict[str, Any]]
) -> None:
    status = ingest.get(f"/v1/articles/{quoted(SEED_URI)}/status").json()
    assert status["latest_version"] == 1
    assert status["stages"] == {
        "ingested": True,
        "enriched": True,
        "related": True,
        "published": True,
    }


def test_update_republishes_the_new_version(
    local_stack: LocalStack,
    ingest: httpx.Client,
    publishing: httpx.Client,
    demo_articles: list[dict[str, Any]],
) -> None:
    article = next(a for a in demo_articles if a["story"] == "spain-heatwave")
    corrected = {
        "headline": article["headline"] + " (corrected)",
        "body": article["body"],
        "byline": article["byline"],
    }
    response = ingest.put(f"/v1/articles/{quoted(article['uri'])}", json=corrected)
    assert response.status_code == 202, response.text
    assert response.json()["version"] == 2

    wait_for(
        lambda: published_version(local_stack, article["uri"]) == ("ArticleUpdated", 2),
        what="version 2 published",
    )
    document = publishing.get(f"/v1/articles/{quoted(article['uri'])}").json()
    assert document["version"] == "2"
    page = publishing.get(f"/articles/{document['inkstream_slug']}")
    assert "(corrected)" in page.text
    versions = [
        e["article_version"]
        for e in published_events(local_stack)
        if e["article_uri"] == article["uri"]
    ]
    assert versions == [1, 2]


def test_withdrawal_answers_gone_and_reaches_downstream(
    local_stack: LocalStack,
    ingest: httpx.Client,
    publishing: httpx.Client,
    demo_articles: list[dict[str, Any]],
) -> None:
    article = next(a for a in demo_articles if a["story"] == "champions-league-final")
    slug = publishing.get(f"/v1/articles/{quoted(article['uri'])}").json()["inkstream_slug"]

    response = ingest.delete(f"/v1/articles/{quoted(article['uri'])}")
    assert response.status_code == 202, response.text

    _, version = wait_for(
        lambda: (
            (found := published_version(local_stack, article["uri"]))[0] == "ArticleWithdrawn"
            and found
        ),
        what="withdrawal on the published stream",
    )
    assert version == 2
    assert publishing.get(f"/articles/{slug}").status_code == 410
    assert (
        publishing.get(f"/v1/articles/{quoted(article['uri'])}").json()["pubstatus"] == "canceled"
    )
    assert article["headline"] not in publishing.get("/").text
    related = httpx.get(
        f"{local_stack.url('recommendation')}/v1/articles/{quoted(article['uri'])}/related"
    )
    assert related.status_code == 404
    assert ingest.delete(f"/v1/articles/{quoted(article['uri'])}").status_code == 409


def test_retried_post_with_the_same_idempotency_key_is_a_no_op(ingest: httpx.Client) -> None:
    article = {"headline": "Harbour ferry timetable changes", "body": "<p>Ferries run hourly.</p>"}
    headers = {"Idempotency-Key": "ferry-2026-11-25"}
    first = ingest.post("/v1/articles", json=article, headers=headers)
    retried = ingest.post("/v1/articles", json=article, headers=headers)
    assert first.status_code == retried.status_code == 202
    assert retried.json() == first.json()
    assert retried.headers["Idempotent-Replayed"] == "true"
    different = ingest.post("/v1/articles", json={**article, "headline": "Other"}, headers=headers)
    assert different.status_code == 422


def test_bad_requests_get_reasons(ingest: httpx.Client, local_stack: LocalStack) -> None:
    missing_headline = ingest.post("/v1/articles", json={"body": "<p>No headline.</p>"})
    assert missing_headline.status_code == 422
    assert any("headline" in error["loc"] for error in missing_headline.json()["detail"])
    unauthenticated = httpx.post(
        f"{local_stack.url('ingest')}/v1/articles", json={"headline": "x", "body": "y"}
    )
    assert unauthenticated.status_code == 401
    assert ingest.delete(f"/v1/articles/{quoted('urn:never:seen')}").status_code == 404


def test_feeds_list_published_articles(
    publishing: httpx.Client, demo_articles: list[dict[str, Any]]
) -> None:
    for path in ("/feeds/atom.xml", "/feeds/rss.xml"):
        parsed = feedparser.parse(publishing.get(path).content)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert SEED_URI in {entry.id for entry in parsed.entries}
    json_feed = publishing.get("/feeds/feed.json").json()
    assert json_feed["version"] == "https://jsonfeed.org/version/1.1"


def test_every_service_reports_health_readiness_and_metrics(local_stack: LocalStack) -> None:
    for service in ("ingest", "enrichment", "recommendation", "publishing"):
        base = local_stack.url(service)
        assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
        assert httpx.get(f"{base}/readyz").json()["ready"] is True
        assert "inkstream_" in httpx.get(f"{base}/metrics").text


def agency_ninjs(uri: str, language: str, headline: str, body_html: str) -> dict[str, Any]:
    """A ninjs 2.2 text item as an agency sends it."""
    return {
        "uri": uri,
        "type": "text",
        "language": language,
        "headlines": [{"role": "main", "value": headline}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": body_html}],
    }


QUAKE_EN = {
    "uri": "urn:inkstream:e2e:quake-crete:en",
    "language": "en",
    "headline": "Strong earthquake shakes Crete, damaging homes in Heraklion",
    "body_html": "<p>HERAKLION (AP) - A magnitude 6.1 earthquake struck off the Greek island of "
    "Crete on Tuesday morning, damaging old houses in Heraklion and sending residents into "
    "the streets.</p><p>Greek Prime Minister Kyriakos Mitsotakis said the army would help "
    "with repairs, and the civil protection agency reported two people slightly injured.</p>",
}
QUAKE_DE = {
    "uri": "urn:inkstream:e2e:quake-crete:de",
    "language": "de",
    "headline": "Starkes Erdbeben erschüttert Kreta",
    "body_html": "<p>Heraklion (dpa) - Ein Erdbeben der Stärke 6,1 hat am Dienstagmorgen die "
    "griechische Insel Kreta erschüttert. In Heraklion wurden alte Häuser beschädigt, viele "
    "Bewohner liefen auf die Straßen.</p><p>Ministerpräsident Kyriakos Mitsotakis kündigte "
    "Hilfe der Armee beim Wiederaufbau an. Der Zivilschutz meldete zwei Leichtverletzte.</p>",
}
NTB_ARTICLE = {
    "uri": "urn:inkstream:e2e:ntb:forsvar",
    "language": "nb",
    "headline": "Regjeringen vil bruke mer på forsvaret",
    "body_html": "<p>Oslo (NTB): Statsminister Jonas Gahr Støre varslet mandag at regjeringen "
    "vil bruke mer penger på forsvaret de neste årene. Norge skal kjøpe nye ubåter.</p>"
    "<p>Forslaget får støtte fra Høyre. Stortinget skal behandle langtidsplanen før "
    "sommeren.</p>",
}
TT_ARTICLE = {
    "uri": "urn:inkstream:e2e:tt:gangbrott",
    "language": "sv",
    "headline": "Regeringen vill skärpa straffen för gängbrott",
    "body_html": "<p>Stockholm (TT) Statsminister Ulf Kristersson presenterade på tisdagen "
    "regeringens förslag om skärpta straff för gängkriminalitet. Polisen i Göteborg ska få "
    "fler resurser.</p><p>Socialdemokraterna kritiserade förslaget. Riksdagen väntas rösta om "
    "lagen i höst.</p>",
}


def test_agency_articles_get_their_own_language_s_tags_and_one_event_is_one_story(
    local_stack: LocalStack, ingest: httpx.Client, publishing: httpx.Client
) -> None:
    for article in (QUAKE_EN, QUAKE_DE, NTB_ARTICLE, TT_ARTICLE):
        document = agency_ninjs(
            article["uri"], article["language"], article["headline"], article["body_html"]
        )
        response = ingest.post("/v1/articles", json=document)
        assert response.status_code == 202, response.text
    wanted = {QUAKE_EN["uri"], QUAKE_DE["uri"], NTB_ARTICLE["uri"], TT_ARTICLE["uri"]}
    events = wait_for(
        lambda: (
            (
                found := {
                    e["article_uri"]: e
                    for e in published_events(local_stack)
                    if e["article_uri"] in wanted
                }
            )
            and wanted <= found.keys()
            and found
        ),
        what="the agency articles on the published stream",
    )

    def names(uri: str, field: str) -> set[str]:
        return {item["name"] for item in events[uri]["article"].get(field) or []}

    assert "Kyriakos Mitsotakis" in names(QUAKE_DE["uri"], "people")
    assert "Jonas Gahr Støre" in names(NTB_ARTICLE["uri"], "people")
    assert {"Stortinget", "Høyre"} <= names(NTB_ARTICLE["uri"], "organisations")
    assert "Ulf Kristersson" in names(TT_ARTICLE["uri"], "people")
    assert "Göteborg" in names(TT_ARTICLE["uri"], "places")
    for uri in wanted:
        assert events[uri]["article"].get("subjects"), f"{uri} has topics"
    story = events[QUAKE_EN["uri"]]["story_id"]
    assert story
    assert events[QUAKE_DE["uri"]]["story_id"] == story
    assert events[NTB_ARTICLE["uri"]]["story_id"] != story
    listed = httpx.get(f"{local_stack.url('recommendation')}/v1/stories/{story}").json()
    assert {(a["uri"], a["language"]) for a in listed["articles"]} == {
        (QUAKE_EN["uri"], "en"),
        (QUAKE_DE["uri"], "de"),
    }
    english_page = wait_for(
        lambda: (
            (
                "Coverage in other languages"
                in (page := publishing.get(f"/articles/{events[QUAKE_EN['uri']]['slug']}").text)
            )
            and page
        ),
        what="the English page to show the German report",
    )
    assert QUAKE_DE["headline"] in english_page
