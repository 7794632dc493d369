"""Atom, RSS and JSON Feed documents for published articles.

Every entry's id is the article uri, which stays the same across versions,
so a feed reader replaces an updated article instead of listing it twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from feedgen.feed import FeedGenerator

from inkstream_publishing.rendering import sanitise_body
from inkstream_publishing.views import ArticleView, SiteInfo

__all__ = ["EMPTY_FEED_UPDATED_AT", "atom_feed", "json_feed", "rss_feed"]

EMPTY_FEED_UPDATED_AT = datetime(1970, 1, 1, tzinfo=UTC)
"""The ``updated`` of a feed with no articles, fixed so the output is stable."""

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def atom_feed(
    articles: Sequence[ArticleView], site: SiteInfo, feed_path: str = "/feeds/atom.xml"
) -> bytes:
    """An Atom 1.0 document listing ``articles`` in the order given."""
    feed = _feed_generator(articles, site, feed_path, feed_type="application/atom+xml")
    atom: bytes = feed.atom_str(pretty=True)
    return atom


def rss_feed(
    articles: Sequence[ArticleView], site: SiteInfo, feed_path: str = "/feeds/rss.xml"
) -> bytes:
    """An RSS 2.0 document listing ``articles`` in the order given."""
    feed = _feed_generator(articles, site, feed_path, feed_type="application/rss+xml")
    rss: bytes = feed.rss_str(pretty=True)
    return rss


def json_feed(
    articles: Sequence[ArticleView], site: SiteInfo, feed_path: str = "/feeds/feed.json"
) -> dict[str, Any]:
    """A JSON Feed 1.1 document (ready for ``json.dumps``) listing ``articles``."""
    return {
        "version": JSON_FEED_VERSION,
        "title": site.title,
        "home_page_url": site.absolute_url("/"),
        "feed_url": site.absolute_url(feed_path),
        "language": site.language,
        "items": [_json_feed_item(article) for article in articles],
    }


def feed_updated_at(articles: Sequence[ArticleView]) -> datetime:
    """When the feed last changed: the newest ``updated_at`` among its articles."""
    return max((article.updated_at for article in articles), default=EMPTY_FEED_UPDATED_AT)


def _feed_generator(
    articles: Sequence[ArticleView], site: SiteInfo, feed_path: str, *, feed_type: str
) -> FeedGenerator:
    feed_url = site.absolute_url(feed_path)
    home_page_url = site.absolute_url("/")
    feed = FeedGenerator()
    feed.load_extension("dc", atom=False, rss=True)
    feed.id(feed_url)
    feed.title(site.title)
    feed.description(f"The latest articles from {site.title}")
    feed.author(name=site.title)
    # feedgen takes the RSS <link> from the last link added, so the home page goes last.
    feed.link(href=feed_url, rel="self", type=feed_type)
    feed.link(href=home_page_url, rel="alternate", type="text/html")
    feed.language(site.language)
    feed.generator(site.title)
    feed.updated(feed_updated_at(articles))
    for article in articles:
        entry = feed.add_entry(order="append")
        entry.guid(article.uri, permalink=False)
        entry.title(article.headline)
        entry.link(href=article.url, rel="alternate", type="text/html")
        entry.content(sanitise_body(article.body_html), type="html")
        entry.summary(article.excerpt)
        entry.published(article.published_at)
        entry.updated(article.updated_at)
        if article.byline:
            entry.author(name=article.byline)
            entry.dc.dc_creator(article.byline)
        for tag in _tags(article):
            entry.category(term=tag)
    return feed


def _json_feed_item(article: ArticleView) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": article.uri,
        "url": article.url,
        "title": article.headline,
        "summary": article.excerpt,
        "content_html": sanitise_body(article.body_html),
        "date_published": article.published_at.isoformat(),
        "date_modified": article.updated_at.isoformat(),
        "language": article.language,
        "tags": _tags(article),
    }
    if article.byline:
        item["authors"] = [{"name": article.byline}]
    return item


def _tags(article: ArticleView) -> list[str]:
    return list(dict.fromkeys([*article.topics, *article.keywords]))
