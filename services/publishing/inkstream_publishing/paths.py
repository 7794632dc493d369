"""The public paths of pages and feeds: the one place they are spelled."""

from typing import Literal

FeedFormat = Literal["atom", "rss", "json"]

FEED_FILES: dict[FeedFormat, str] = {"atom": "atom.xml", "rss": "rss.xml", "json": "feed.json"}
FEED_MEDIA_TYPES: dict[FeedFormat, str] = {
    "atom": "application/atom+xml",
    "rss": "application/rss+xml",
    "json": "application/feed+json",
}
FEEDS_PREFIX = "/feeds"
TOPICS_PREFIX = "/topics"
ARTICLES_PREFIX = "/articles"


def article_path(slug: str) -> str:
    return f"{ARTICLES_PREFIX}/{slug}"


def topic_path(slug: str) -> str:
    return f"{TOPICS_PREFIX}/{slug}"


def feed_path(feed_format: FeedFormat, topic_slug: str | None = None) -> str:
    """The site-wide feed, or the feed of one topic."""
    folder = FEEDS_PREFIX if topic_slug is None else f"{FEEDS_PREFIX}{topic_path(topic_slug)}"
    return f"{folder}/{FEED_FILES[feed_format]}"


def absolute(base_url: str, path: str) -> str:
    return f"{base_url.rstrip('/')}/{path.lstrip('/')}"
