"""View models the renderer and feed builders take: plain data, no storage."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from inkstream_publishing.paths import absolute, topic_path


@dataclass(frozen=True, slots=True)
class TopicRef:
    """A topic an article is filed under (a ninjs subject), addressed by the slug of its name."""

    slug: str
    name: str
    uri: str | None = None

    @property
    def path(self) -> str:
        return topic_path(self.slug)


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A "More like this" entry pointing at another published article."""

    headline: str
    excerpt: str
    url: str
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleView:
    """A published article as the pages and feeds show it.

    ``body_html`` is the unsanitised body; the renderer sanitises it.
    Datetimes must be timezone-aware.
    """

    uri: str
    slug: str
    url: str
    headline: str
    byline: str | None
    body_html: str
    excerpt: str
    language: str
    published_at: datetime
    updated_at: datetime
    version: int
    keywords: list[str] = field(default_factory=list)
    topics: list[TopicRef] = field(default_factory=list)
    reading_time_minutes: int
    related: list[RelatedLink] = field(default_factory=list)
    coverage: list[RelatedLink] = field(default_factory=list)
    """The article's story in other languages."""

    def __post_init__(self) -> None:
        for name in ("published_at", "updated_at"):
            moment: datetime = getattr(self, name)
            if moment.tzinfo is None or moment.utcoffset() is None:
                raise ValueError(f"ArticleView.{name} must be timezone-aware")


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteInfo:
    """The publication: its name, the absolute origin it is served from, its WebSub hub."""

    title: str = "Inkstream"
    base_url: str
    language: str = "en"
    hub_url: str | None = None

    def absolute_url(self, path: str) -> str:
        """Join a site-relative path such as ``/feeds/atom.xml`` onto ``base_url``."""
        return absolute(self.base_url, path)


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    """A list of articles with its own heading and feeds: the front page or a topic page."""

    heading: str
    path: str
    topic: TopicRef | None = None
    articles: list[ArticleView] = field(default_factory=list)
    topics: list[TopicRef] = field(default_factory=list)
    changed_at: datetime | None = None
