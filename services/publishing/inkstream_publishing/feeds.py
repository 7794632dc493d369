"""Atom, RSS and JSON Feed documents for published articles, site-wide or per topic.

Every entry's id is the article uri, which stays the same across versions,
so a feed reader replaces an updated article instead of listing it twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import quoteattr

from feedgen.feed import FeedGenerator

from inkstream_publishing.paths import FEED_MEDIA_TYPES, FeedFormat, feed_path
from inkstream_publishing.rendering import sanitise_body
from inkstream_publishing.views import ArticleView, SiteInfo, TopicRef

__all__ = [
    "EMPTY_FEED_UPDATED_AT",
    "atom_feed",
    "feed_title",
    "feed_updated_at",
    "json_feed",
    "rss_feed",
]

EMPTY_FEED_UPDATED_AT = datetime(1970, 1, 1, tzinfo=UTC)
"""The ``updated`` of a feed with no articles, fixed so the output is stable."""

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def atom_feed(
    articles: Sequence[ArticleView],
    site: SiteInfo,
    topic: TopicRef | None = None,
    *,
    changed_at: datetime | None = None,
) -> bytes:
    """An Atom 1.0 document listing ``articles`` in the order given.

    ``changed_at`` is when the feed last changed, if later than its newest
    entry (an entry was withdrawn since).
    """
    feed = _feed_generator(articles, site, topic, "atom", changed_at)
    atom: bytes = feed.atom_str(pretty=True)
    return atom


def rss_feed(
    articles: Sequence[ArticleView],
    site: SiteInfo,
    topic: TopicRef | None = None,
    *,
    changed_at: datetime | None = None,
) -> bytes:
    """An RSS 2.0 document listing ``articles`` in the order given."""
    rss: bytes = _feed_generator(articles, site, topic, "rss", changed_at).rss_str(pretty=True)
    if site.hub_url:
        rss = _with_rss_hub_link(rss, site.hub_url)
    return rss


def json_feed(
    articles: Sequence[ArticleView], site: SiteInfo, topic: TopicRef | None = None
) -> dict[str, Any]:
    """A JSON Feed 1.1 document (ready for ``json.dumps``) listing ``articles``."""
    feed: dict[str, Any] = {
        "version": JSON_FEED_VERSION,
        "title": feed_title(site, topic),
        "home_page_url": site.absolute_url(topic.path if topic else "/"),
        "feed_url": site.absolute_url(feed_path("json", topic.slug if topic else None)),
        "description": _description(site, topic),
        "language": site.language,
        "items": [_json_feed_item(article) for article in articles],
    }
    if site.hub_url:
        feed["hubs"] = [{"type": "WebSub", "url": site.hub_url}]
    return feed


def feed_title(site: SiteInfo, topic: TopicRef | None) -> str:
    return site.title if topic is None else f"{site.title}: {topic.name}"


def feed_updated_at(articles: Sequence[ArticleView]) -> datetime:
    """When the feed last changed: the newest ``updated_at`` among its articles."""
    return max((article.updated_at for article in articles), default=EMPTY_FEED_UPDATED_AT)


def _description(site: SiteInfo, topic: TopicRef | None) -> str:
    if topic is None:
        return f"The latest articles from {site.title}"
    return f"The latest articles about {topic.name} from {site.title}"


def _feed_generator(
    articles: Sequence[ArticleView],
    site: SiteInfo,
    topic: TopicRef | None,
    feed_format: FeedFormat,
    changed_at: datetime | None,
) -> FeedGenerator:
    feed_url = site.absolute_url(feed_path(feed_format, topic.slug if topic else None))
    home_page_url = site.absolute_url(topic.path if topic else "/")
    feed = FeedGenerator()
    feed.load_extension("dc", atom=False, rss=True)
    feed.id(feed_url)
    feed.title(feed_title(site, topic))
    feed.description(_description(site, topic))
    feed.author(name=site.title)
    if site.hub_url:
        feed.link(href=site.hub_url, rel="hub")
    feed.link(href=feed_url, rel="self", type=FEED_MEDIA_TYPES[feed_format])
    # feedgen takes the RSS <link> from the last link added, so the home page goes last.
    feed.link(href=home_page_url, rel="alternate", type="text/html")
    feed.language(site.language)
    feed.generator(site.title)
    feed.updated(max(changed_at or EMPTY_FEED_UPDATED_AT, feed_updated_at(articles)))
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


def _with_rss_hub_link(rss: bytes, hub_url: str) -> bytes:
    """feedgen writes only the self link into RSS; WebSub discovery also needs the hub's."""
    self_link = b"<atom:link "
    hub_link = f'<atom:link href={quoteattr(hub_url)} rel="hub"/>\n    '.encode()
    assert self_link in rss, "feedgen declares the atom prefix with the self link"
    return rss.replace(self_link, hub_link + self_link, 1)


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
    return list(dict.fromkeys([*(topic.name for topic in article.topics), *article.keywords]))
