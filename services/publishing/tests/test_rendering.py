"""Tests for the publishing service's pure rendering: sanitiser, pages and feeds."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import feedparser
import pytest
from markupsafe import escape

from inkstream_publishing.feeds import atom_feed, json_feed, rss_feed
from inkstream_publishing.rendering import (
    render_article_page,
    render_gone_page,
    render_listing_page,
    sanitise_body,
    share_links,
)
from inkstream_publishing.views import ArticleView, Listing, RelatedLink, SiteInfo, TopicRef

SITE = SiteInfo(base_url="https://news.example.org")
NATO_URL = "https://news.example.org/articles/nato-pledges-air-defence-ukraine"
NATO_HEADLINE = "NATO allies pledge new air defence systems for Ukraine"


@pytest.fixture
def nato_article() -> ArticleView:
    published_at = datetime(2025, 3, 12, 9, 30, tzinfo=UTC)
    return ArticleView(
        uri="urn:inkstream:article:3f2a9c1e",
        slug="nato-pledges-air-defence-ukraine",
        url=NATO_URL,
        headline=NATO_HEADLINE,
        byline="Olena Kovalenko",
        body_html=(
            "<p>Defence ministers meeting in <em>Brussels</em> agreed on Wednesday to send "
            "additional Patriot batteries to Ukraine.</p>"
            '<p>Read the <a href="https://www.nato.int/cps/en/natohq/news.htm">'
            "official communiqué</a>.</p>"
            "<script>alert('stolen')</script>"
            "<blockquote><p>“We will stand with Ukraine for as long as it takes.”</p>"
            "</blockquote>"
        ),
        excerpt="Ministers agreed to send further Patriot batteries ahead of the summer.",
        language="en",
        published_at=published_at,
        updated_at=published_at + timedelta(hours=2),
        version=2,
        keywords=["NATO", "Ukraine", "air defence"],
        topics=[
            TopicRef(
                slug="conflict-war-and-peace",
                name="conflict, war and peace",
                uri="http://cv.iptc.org/newscodes/mediatopic/16000000",
            ),
            TopicRef(slug="politics", name="politics"),
        ],
        reading_time_minutes=4,
        related=[
            RelatedLink(
                headline="Kyiv reports record drone attacks overnight",
                excerpt="Air defences intercepted most of the 140 drones, officials said.",
                url="https://news.example.org/articles/kyiv-drone-attacks",
            ),
            RelatedLink(
                headline="What NATO's summit means for European defence budgets",
                excerpt="Allies are under pressure to reach the new spending target.",
                url="https://news.example.org/articles/nato-summit-budgets",
            ),
        ],
    )


@pytest.fixture
def standalone_article(nato_article: ArticleView) -> ArticleView:
    return dataclasses.replace(
        nato_article,
        uri="urn:inkstream:article:77b0d4aa",
        slug="baltic-states-exercise",
        url="https://news.example.org/articles/baltic-states-exercise",
        headline="Baltic states begin joint military exercise",
        related=[],
        updated_at=nato_article.published_at - timedelta(days=1),
        published_at=nato_article.published_at - timedelta(days=1),
    )


def test_sanitiser_removes_scripts_handlers_and_javascript_urls() -> None:
    dirty = (
        '<p onclick="steal()">Hello <em>world</em> and <strong>friends</strong></p>'
        "<script>document.cookie</script>"
        '<a href="javascript:alert(1)">bad</a>'
        '<a href="https://example.org/story" title="Story" onmouseover="x()">good</a>'
        '<img src="data:image/png;base64,AAAA" alt="pixel">'
        "<style>body { display: none }</style>"
        '<iframe src="https://evil.example">inside frame</iframe>'
    )

    clean = sanitise_body(dirty)

    assert "<script" not in clean
    assert "document.cookie" not in clean
    assert "onclick" not in clean
    assert "onmouseover" not in clean
    assert "javascript:" not in clean
    assert "data:" not in clean
    assert "<style" not in clean
    assert "display: none" not in clean
    assert "iframe" not in clean
    assert "inside frame" not in clean
    assert "<p>Hello <em>world</em> and <strong>friends</strong></p>" in clean
    assert (
        '<a href="https://example.org/story" title="Story" rel="noopener noreferrer">good</a>'
        in clean
    )


def test_sanitiser_keeps_article_markup() -> None:
    body = (
        "<h2>Background</h2><ul><li>one</li></ul><ol><li>two</li></ol>"
        '<figure><img src="https://cdn.example.org/a.jpg" alt="Soldiers">'
        "<figcaption>Training near Lviv</figcaption></figure>"
        "<p>Line<br>break, <cite>The Times</cite>, <q>quoted</q></p>"
    )

    clean = sanitise_body(body)

    for fragment in (
        "<h2>Background</h2>",
        "<ul><li>one</li></ul>",
        "<ol><li>two</li></ol>",
        'src="https://cdn.example.org/a.jpg"',
        'alt="Soldiers"',
        "<figcaption>Training near Lviv</figcaption>",
        "<br>",
        "<cite>The Times</cite>",
        "<q>quoted</q>",
    ):
        assert fragment in clean


def test_share_links_percent_encode_url_and_headline() -> None:
    links = {link.name: link for link in share_links(NATO_URL, NATO_HEADLINE)}

    encoded_url = quote(NATO_URL, safe="")
    assert links["X"].href == (
        f"https://twitter.com/intent/tweet?url={encoded_url}&text={quote(NATO_HEADLINE, safe='')}"
    )
    assert links["Facebook"].href == f"https://www.facebook.com/sharer/sharer.php?u={encoded_url}"
    assert links["LinkedIn"].href == (
        f"https://www.linkedin.com/sharing/share-offsite/?url={encoded_url}"
    )
    assert links["WhatsApp"].href.startswith("https://wa.me/?text=")
    assert encoded_url in links["WhatsApp"].href
    assert links["Email"].href.startswith("mailto:?subject=NATO%20allies")
    assert links["Copy link"].href == NATO_URL
    assert links["Copy link"].copies_link


def test_article_page_structure(nato_article: ArticleView) -> None:
    page = render_article_page(nato_article, SITE)

    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in page
    assert f"<h1>{NATO_HEADLINE}</h1>" in page
    assert '<a class="site-name" href="/">Inkstream</a>' in page
    assert "By Olena Kovalenko" in page
    assert '<time datetime="2025-03-12T09:30:00+00:00">' in page
    assert '<time datetime="2025-03-12T11:30:00+00:00">' in page
    assert f'<link rel="canonical" href="{NATO_URL}">' in page
    assert '<meta property="og:type" content="article">' in page
    assert f'<meta property="og:url" content="{NATO_URL}">' in page
    assert '<meta name="twitter:card" content="summary">' in page
    assert "<em>Brussels</em>" in page
    assert "alert('stolen')" not in page


def test_article_page_share_section(nato_article: ArticleView) -> None:
    page = render_article_page(nato_article, SITE)

    assert '<section class="share" aria-labelledby="share-heading">' in page
    assert '<h2 id="share-heading" class="section-heading">Share post</h2>' in page
    encoded_url = quote(NATO_URL, safe="")
    assert f"https://www.facebook.com/sharer/sharer.php?u={encoded_url}" in page
    assert f"https://www.linkedin.com/sharing/share-offsite/?url={encoded_url}" in page
    assert f'data-copy-url="{NATO_URL}"' in page
    assert "navigator.clipboard" in page


def test_article_page_lists_related_articles(nato_article: ArticleView) -> None:
    page = render_article_page(nato_article, SITE)

    assert "More like this" in page
    for related in nato_article.related:
        assert f'<a href="{related.url}">{escape(related.headline)}</a>' in page
        assert str(escape(related.excerpt)) in page


def test_article_page_shows_the_story_in_other_languages_marked_with_their_language(
    nato_article: ArticleView,
) -> None:
    german = RelatedLink(
        headline="Nato schickt weitere Patriot-Systeme",
        excerpt="Die Verteidigungsminister einigten sich in Brüssel.",
        url="https://news.example.org/articles/nato-patriot-de",
        language="de",
    )

    page = render_article_page(dataclasses.replace(nato_article, coverage=[german]), SITE)
    without = render_article_page(nato_article, SITE)

    assert "Coverage in other languages" in page
    assert '<li lang="de">' in page
    assert f'<a href="{german.url}" hreflang="de">{escape(german.headline)}</a>' in page
    assert "Coverage in other languages" not in without


def test_article_page_omits_related_section_without_related(
    standalone_article: ArticleView,
) -> None:
    page = render_article_page(standalone_article, SITE)

    assert "More like this" not in page
    assert "Updated" not in page


def test_article_page_json_ld(nato_article: ArticleView) -> None:
    page = render_article_page(nato_article, SITE)

    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert match is not None
    data = json.loads(match.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == NATO_HEADLINE
    assert data["datePublished"] == "2025-03-12T09:30:00+00:00"
    assert data["dateModified"] == "2025-03-12T11:30:00+00:00"
    assert data["author"] == [{"@type": "Person", "name": "Olena Kovalenko"}]
    assert data["mainEntityOfPage"]["@id"] == NATO_URL
    assert data["keywords"] == ["NATO", "Ukraine", "air defence"]
    assert data["inLanguage"] == "en"


def test_json_ld_cannot_break_out_of_its_script(nato_article: ArticleView) -> None:
    hostile = dataclasses.replace(nato_article, headline="</script><script>alert(1)</script>")

    page = render_article_page(hostile, SITE)

    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert match is not None
    assert json.loads(match.group(1))["headline"] == hostile.headline
    assert "<script>alert(1)" not in page


def test_front_page_lists_articles_in_given_order(
    nato_article: ArticleView, standalone_article: ArticleView
) -> None:
    listing = Listing(heading="Latest", path="/", articles=[nato_article, standalone_article])

    page = render_listing_page(listing, SITE)

    assert "<h1>Latest</h1>" in page
    assert page.index(nato_article.headline) < page.index(standalone_article.headline)
    assert f'<a href="{NATO_URL}">{NATO_HEADLINE}</a>' in page
    assert nato_article.excerpt in page


def test_gone_page_says_withdrawn() -> None:
    page = render_gone_page(SITE)

    assert "withdrawn" in page
    assert '<meta name="robots" content="noindex">' in page


def test_atom_feed_parses_with_stable_ids(
    nato_article: ArticleView, standalone_article: ArticleView
) -> None:
    parsed = feedparser.parse(atom_feed([nato_article, standalone_article], SITE))

    assert parsed.bozo == 0
    assert parsed.version == "atom10"
    assert [entry.id for entry in parsed.entries] == [nato_article.uri, standalone_article.uri]
    assert parsed.entries[0].link == NATO_URL
    assert parsed.entries[0].updated_parsed[:5] == (2025, 3, 12, 11, 30)
    assert parsed.feed.updated_parsed[:5] == (2025, 3, 12, 11, 30)
    assert "alert" not in parsed.entries[0].content[0].value


def test_rss_feed_parses_with_non_permalink_guids(
    nato_article: ArticleView, standalone_article: ArticleView
) -> None:
    document = rss_feed([nato_article, standalone_article], SITE)
    parsed = feedparser.parse(document)

    assert parsed.bozo == 0
    assert parsed.version == "rss20"
    assert [entry.id for entry in parsed.entries] == [nato_article.uri, standalone_article.uri]
    assert b'<guid isPermaLink="false">urn:inkstream:article:3f2a9c1e</guid>' in document
    assert parsed.feed.link == "https://news.example.org/"
    assert parsed.entries[0].author == "Olena Kovalenko"


def test_empty_feeds_parse() -> None:
    for document in (atom_feed([], SITE), rss_feed([], SITE)):
        parsed = feedparser.parse(document)
        assert parsed.bozo == 0
        assert parsed.entries == []
    assert b"1970-01-01T00:00:00+00:00" in atom_feed([], SITE)


def test_json_feed(nato_article: ArticleView) -> None:
    feed = json_feed([nato_article], SITE)

    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["home_page_url"] == "https://news.example.org/"
    assert feed["feed_url"] == "https://news.example.org/feeds/feed.json"
    [item] = feed["items"]
    assert item["id"] == nato_article.uri
    assert item["url"] == NATO_URL
    assert item["title"] == NATO_HEADLINE
    assert item["date_modified"] == "2025-03-12T11:30:00+00:00"
    assert "<script" not in item["content_html"]
    assert "NATO" in item["tags"]
    json.dumps(feed)


def test_article_view_rejects_naive_datetimes(nato_article: ArticleView) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        dataclasses.replace(nato_article, published_at=datetime(2025, 3, 12, 9, 30))


POLITICS = TopicRef(slug="politics", name="politics")
HUB = "https://hub.example.net/"


def test_topic_page_is_canonical_and_links_its_feeds(nato_article: ArticleView) -> None:
    listing = Listing(
        heading="politics",
        path="/topics/politics",
        topic=POLITICS,
        articles=[nato_article],
        topics=[POLITICS, TopicRef(slug="sport", name="sport")],
    )

    page = render_listing_page(listing, SITE)

    assert "<h1>politics</h1>" in page
    assert '<link rel="canonical" href="https://news.example.org/topics/politics">' in page
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Inkstream: politics (Atom)" '
        'href="https://news.example.org/feeds/topics/politics/atom.xml">'
    ) in page
    assert '<nav class="topic-nav" aria-label="Topics">' in page
    assert '<a href="/topics/politics" aria-current="page">politics</a>' in page
    assert '<a href="/topics/sport">sport</a>' in page


def test_article_page_links_its_topics(nato_article: ArticleView) -> None:
    page = render_article_page(nato_article, SITE)

    assert (
        '<p class="kicker"><a href="/topics/conflict-war-and-peace">conflict, war and peace</a></p>'
    ) in page
    assert '<a href="/topics/politics" rel="tag">politics</a>' in page
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    assert match is not None
    data = json.loads(match.group(1))
    assert data["articleSection"] == ["conflict, war and peace", "politics"]
    assert data["about"][0] == {
        "@type": "Thing",
        "name": "conflict, war and peace",
        "sameAs": "http://cv.iptc.org/newscodes/mediatopic/16000000",
    }


def test_article_page_carries_open_graph_and_twitter_tags(nato_article: ArticleView) -> None:
    page = render_article_page(nato_article, SITE)

    assert f'<meta property="og:title" content="{NATO_HEADLINE}">' in page
    assert f'<meta property="og:description" content="{nato_article.excerpt}">' in page
    assert '<meta property="article:published_time" content="2025-03-12T09:30:00+00:00">' in page
    assert f'<meta name="twitter:title" content="{NATO_HEADLINE}">' in page
    assert f'<meta name="twitter:description" content="{nato_article.excerpt}">' in page


def test_feeds_of_a_topic_name_it_and_point_at_themselves(nato_article: ArticleView) -> None:
    atom = feedparser.parse(atom_feed([nato_article], SITE, POLITICS))
    rss = feedparser.parse(rss_feed([nato_article], SITE, POLITICS))
    feed = json_feed([nato_article], SITE, POLITICS)

    assert atom.bozo == rss.bozo == 0
    assert atom.feed.title == rss.feed.title == feed["title"] == "Inkstream: politics"
    assert atom.feed.id == "https://news.example.org/feeds/topics/politics/atom.xml"
    assert rss.feed.link == feed["home_page_url"] == "https://news.example.org/topics/politics"
    assert feed["feed_url"] == "https://news.example.org/feeds/topics/politics/feed.json"
    assert "politics" in feed["items"][0]["tags"]


def test_feeds_name_the_websub_hub(nato_article: ArticleView) -> None:
    site = dataclasses.replace(SITE, hub_url=HUB)

    for document in (atom_feed([nato_article], site), rss_feed([nato_article], site)):
        parsed = feedparser.parse(document)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        links = {link.rel: link.href for link in parsed.feed.links}
        assert links["hub"] == HUB
        assert links["self"].startswith("https://news.example.org/feeds/")
    assert json_feed([nato_article], site)["hubs"] == [{"type": "WebSub", "url": HUB}]
    assert "hub" not in {link.rel for link in feedparser.parse(atom_feed([], SITE)).feed.links}


def test_the_standfirst_is_left_out_when_it_only_repeats_the_lead(
    nato_article: ArticleView,
) -> None:
    lead = "Defence ministers meeting in Brussels agreed on Wednesday to send additional…"
    repeating = dataclasses.replace(nato_article, excerpt=lead)

    assert '<p class="standfirst">Ministers agreed' in render_article_page(nato_article, SITE)
    assert 'class="standfirst"' not in render_article_page(repeating, SITE)


def test_a_feed_is_updated_when_an_entry_leaves_it(nato_article: ArticleView) -> None:
    withdrawn_at = nato_article.updated_at + timedelta(hours=1)

    for document in (
        atom_feed([nato_article], SITE, changed_at=withdrawn_at),
        rss_feed([], SITE, changed_at=withdrawn_at),
    ):
        parsed = feedparser.parse(document)
        assert parsed.feed.updated_parsed[:5] == (2025, 3, 12, 12, 30)
